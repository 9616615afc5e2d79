"""The associations feature: what the rest of the application may ask of it.

`Associations` groups its use cases; each returns frozen records from `domain/`, never ORM rows:
- `registry`: create, edit, archive and restore associations; search and page them
  (`AssociationRecord`, pages of `AssociationRow`).
- `interactions`: the interactions log of an association, each entry tagged with practices
  (`InteractionRecord`).
- `transfer`: import and export association files (CSV, XLSX) with a rejects file
  (`ImportResult`, the number of rows written).
- `reports`: the association profile's data, read in one transaction (`AssociationProfileData`).
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.associations.interactions import InteractionService
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.services.associations.reports import AssociationReports
from diaspora_desk.services.associations.transfer import AssociationTransfer


@dataclass(frozen=True, slots=True)
class Associations:
    registry: AssociationService
    interactions: InteractionService
    transfer: AssociationTransfer
    reports: AssociationReports
