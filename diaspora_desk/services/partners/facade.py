"""Partners of the consulate, the agreements signed with them, and the projects they fund.

`Partners` groups the use cases; each returns frozen records from `domain/`, never ORM rows:
- `registry`: create, change and list partners (banks, NGOs, universities, authorities...,
  diaspora associations linked to the association registry) with E.164 phones, country, level
  and practices (`PartnerRecord`); pickers' choices of partners and associations.
- `agreements`: memoranda, bilateral agreements, twinnings and service agreements with their
  counterparts, dates, status, signed document and practices (`AgreementRecord`); `expiring()`
  is the reminder list of those ending within 90 days.
- `projects`: projects, matching-fund ones included (3x1, United by Solidarity,
  co-development), with funding pledged and received by source in `Decimal`, the matching
  rule's check (`ProjectRecord.matching()`), milestones, beneficiaries and practices.
- `transfer`: partners and projects in and out of CSV/XLSX (`TransferResult`), audited.
- `briefing`: `summary(start, end) -> PartnersBriefing`, the period's counts, funds by source
  and currency, and per practice id the partner/agreement/project activities with the latest
  date (for the headquarters briefing).
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.partners.agreements import AgreementService
from diaspora_desk.services.partners.briefing import PartnersBriefingService
from diaspora_desk.services.partners.projects import ProjectService
from diaspora_desk.services.partners.registry import PartnerService
from diaspora_desk.services.partners.transfer import PartnerTransfer


@dataclass(frozen=True, slots=True)
class Partners:
    registry: PartnerService
    agreements: AgreementService
    projects: ProjectService
    transfer: PartnerTransfer
    briefing: PartnersBriefingService
