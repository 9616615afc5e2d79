"""The people and skills feature: nationals abroad, their skills, consents, needs at home.

`People` groups its use cases; each returns frozen records from `domain/`, never ORM rows:
- `registry`: register and edit people, their skills and memberships; search and page them
  (`PersonRecord`, pages of `PersonRow`).
- `consent`: consent per purpose, kept in step with what matching reads; the audited legal status.
- `occupations`: ESCO occupation and ISCO-08 group lookup (`OccupationMatch`).
- `needs`: needs of home institutions and their placements (`NeedRecord`, `PlacementRecord`).
- `need_lists`: the needs list and a need's placements, paged and sorted in SQL.
- `matching`: the ranked, explained shortlist of consenting people for a need (`Shortlist` of `Candidate`s).
- `importer` / `exporter`: people files in and out (`PeopleImportResult`, rows written).
- `duplicates`: the duplicate review queue and the merge of two records.
- `review_queue`: the pending rows of that queue, paged and sorted in SQL (`ReviewItem`s).
- `statistics`: the skills dashboard's aggregates, small cells suppressed.
- `reports`: data of the person record, the shortlist and the skills summary, each read in one
  transaction; `outreach(person_id)`: the campaigns, messages, replies and events that reached a
  person (`PersonOutreach`), also part of the person record.
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.people.consent import ConsentService
from diaspora_desk.services.people.export import PeopleExporter
from diaspora_desk.services.people.importer import PeopleImporter
from diaspora_desk.services.people.matching import MatchingService
from diaspora_desk.services.people.merge import DuplicateService
from diaspora_desk.services.people.need_lists import NeedLists
from diaspora_desk.services.people.needs import NeedService
from diaspora_desk.services.people.occupations import OccupationService
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.people.reports import PeopleReports
from diaspora_desk.services.people.review_queue import ReviewQueue
from diaspora_desk.services.people.statistics import SkillsStatistics


@dataclass(frozen=True, slots=True)
class People:
    registry: PeopleService
    consent: ConsentService
    occupations: OccupationService
    needs: NeedService
    matching: MatchingService
    importer: PeopleImporter
    exporter: PeopleExporter
    duplicates: DuplicateService
    statistics: SkillsStatistics
    reports: PeopleReports
    review_queue: ReviewQueue
    need_lists: NeedLists
