"""The practices briefing for headquarters.

`Briefing` groups its use cases; each reads in one transaction and returns frozen records:
- `reports.coverage(period, consulate_id)`: every catalogue practice with the activities tagged
  with it in the period (interactions, mobile visits, campaigns, polls, events, placements), their
  counts and the most recent evidence; practices with none are gaps, each naming the part of the
  app that would record work under it (`CoverageRow`).
- `reports.briefing(period, consulate_id)`: everything the briefing PDF prints
  (`PracticesBriefing`): key figures, the diaspora profile with small cells suppressed,
  associations, mobile visits, campaigns and polls, placements, partners, the coverage table and
  the catalogue with its sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.briefing.service import BriefingService


@dataclass(frozen=True, slots=True)
class Briefing:
    reports: BriefingService
