"""The briefing's "Partners, agreements and projects" section.

The partner registry, agreements and matching-fund projects are kept by a feature of their own
(``services/partners``). Until it is there this section reads nothing and says that no partner
data is recorded; it never invents figures. When it arrives, :func:`partners_section` reads its
tables in the briefing's transaction and returns their figures (partners by kind, agreements in
force and expiring, projects by stage, funds pledged and received by source), and the evidence
sources of agreements and projects join ``coverage.EVIDENCE_SOURCES``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from diaspora_desk.domain.briefing import Period
from diaspora_desk.services.briefing.records import PartnersSection


def partners_section(_session: Session, _period: Period) -> PartnersSection:
    """What the database holds on partners, agreements and projects in the period."""
    return PartnersSection(recorded=False)
