"""The practices briefing for headquarters: its period, its records, and where the app supports
each practice (pure: no I/O).

The briefing reads every area of the app for one consulate and one period; these are the frozen
records the service returns and the report prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.labels import N_


@dataclass(frozen=True, slots=True)
class Period:
    """The days the briefing covers, both included."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                {
                    "period": msg(
                        "the period ends ({last}) before it starts ({first})",
                        first=self.first,
                        last=self.last,
                    )
                }
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    @property
    def label(self) -> str:
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


ACTIVITY_LABELS: dict[str, str] = {
    "interaction": N_("Interactions"),
    "mobile_visit": N_("Mobile consulates"),
    "campaign": N_("Campaigns"),
    "poll": N_("Polls"),
    "outreach_event": N_("Events"),
    "placement": N_("Placements"),
    "partner": N_("Partners"),
    "agreement": N_("Agreements"),
    "project": N_("Projects"),
}
"""What each kind of tagged activity is called in the briefing (``practice_link.activity_kind``;
polls are campaigns with questions)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The most recent activity tagged with a practice in the period."""

    kind: str
    day: dt.date
    text: str

    @property
    def label(self) -> str:
        return f"{self.day.isoformat()} · {ACTIVITY_LABELS.get(self.kind, self.kind)}: {self.text}"


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One catalogue practice: what was done under it in the period, or the gap."""

    practice_id: str
    title: str
    depth: int
    counts: dict[str, int]
    """Activity kind -> activities tagged with the practice itself in the period."""
    latest: Evidence | None
    covered_children: int
    """Sub-practices (at any depth) with activity in the period."""
    supported_by: str
    """The part of the app that records work under this practice (said for gaps)."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def is_gap(self) -> bool:
        return self.total == 0 and self.covered_children == 0


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """A practice as the annex cites it: the source document's title and section."""

    practice_id: str
    title: str
    description: str
    source_title: str
    source_file: str
    section: str


# The longest matching prefix of a practice id names the part of the app that records work
# under it; the order does not matter.
_SUPPORT: dict[str, str] = {
    "A": "Associations: interactions log",
    "A.1": "Associations: interactions log (meetings with ministries)",
    "A.2": "Partners: agreements and joint projects",
    "A.2.1": "Associations: interactions log; Partners",
    "A.2.2": "Reports: skills inventory summary and this briefing",
    "A.3": "Campaigns (remittance information); Mobile Visits (remittance information service)",
    "A.3.1": "Campaigns: text-message polls",
    "A.3.2": "Campaigns: text-message polls",
    "A.3.5": "Partners: matching-fund projects",
    "A.3.8": "Partners: banks, microfinance and business partners",
    "A.4": "Associations: interactions log",
    "A.4.1": "Campaigns: events (diaspora forums, community days)",
    "A.4.3.3": "Partners: agreements with diaspora associations",
    "A.4.3.4": "Partners: projects with associations",
    "A.4.4": "People & Skills: registry of nationals abroad",
    "A.4.4.3": "Campaigns: audience segments",
    "A.4.4.4": "Campaigns: text-message polls",
    "A.4.5": "Mobile Visits and Campaigns",
    "A.4.5.1": "Mobile Visits: mobile consulates and appointments",
    "A.4.5.2": "Campaigns: SMS, e-mail, radio and TV",
    "A.4.6": "Mobile Visits (voter registration); Campaigns",
    "A.5": "People & Skills: needs at home, matching and placements",
    "A.5.1.4": "Partners: recruitment agencies",
    "IOM": "Associations: interactions log",
    "IOM.2": "Mobile Visits: consular services and legal assistance",
    "IOM.3.1": "People & Skills: needs at home and placements",
    "IOM.3.2": "Campaigns (remittance information)",
    "IOM.3.3": "People & Skills: needs at home and placements",
    "IOM.3.4": "Associations and Campaigns",
    "IOM.3.5": "Mobile Visits: planner (where nationals live)",
    "IOM.4": "Partners: agreements",
    "P": "Partners: registry, agreements and projects",
    "P.1.2": "Associations: interactions log; Partners",
    "P.2.3": "Partners: matching-fund projects",
    "P.3.1": "Mobile Visits and Campaigns",
    "P.7.1": "Campaigns: e-mail and text messages",
    "C": "Associations: interactions log (meetings with government)",
    "C.1.3": "People & Skills: needs at home and placements",
}


def supported_by(practice_id: str) -> str:
    """The part of the app where work under ``practice_id`` is recorded and tagged."""
    parts = practice_id.split(".")
    for length in range(len(parts), 0, -1):
        found = _SUPPORT.get(".".join(parts[:length]))
        if found:
            return found
    return "Associations: interactions log"
