"""The frozen records of the practices briefing (what the PDF is built from)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.briefing import CatalogueEntry, CoverageRow, Period
from diaspora_desk.domain.records import ConsulateRecord


@dataclass(frozen=True, slots=True)
class KeyFigure:
    label: str
    value: str
    """As printed: counts of people through ``privacy.shown`` ("<5" for 1-4)."""
    note: str = ""


@dataclass(frozen=True, slots=True)
class CountTable:
    """An aggregate: rows shown one by one, the rest folded (``privacy.grouped``), a total."""

    title: str
    unit: str
    """What is counted ("People", "Associations")."""
    rows: tuple[tuple[str, str], ...]
    total: str
    note: str = ""
    chart: tuple[tuple[str, int], ...] = ()
    """The rows shown alone, as numbers for a bar chart (never a small cell)."""
    total_label: str = "Total"


@dataclass(frozen=True, slots=True)
class VisitLine:
    """A mobile consulate that starts in the period."""

    title: str
    city: str
    starts_on: dt.date
    status: str
    booked: int
    """Appointments booked (the team's acts)."""
    delivered: int
    """Services delivered: appointments served plus anonymous walk-ins."""
    people_served: str
    """People served, as printed (``privacy.shown``)."""


@dataclass(frozen=True, slots=True)
class CampaignLine:
    title: str
    status: str
    channels: str
    starts_on: dt.date | None
    reach: str
    """People the prepared sends went to, as printed."""


@dataclass(frozen=True, slots=True)
class PollLine:
    """One poll question's overall answers; counts and shares of 1-4 people are not printed."""

    campaign: str
    question: str
    respondents: str
    answers: tuple[tuple[str, str, str], ...]
    """(answer, people as printed, share as printed)."""


@dataclass(frozen=True, slots=True)
class PartnersSection:
    """Partners, agreements and projects with funding. ``recorded`` is False until the feature
    that keeps them exists (or while it holds nothing); the briefing then says so."""

    recorded: bool
    figures: tuple[KeyFigure, ...] = ()
    tables: tuple[CountTable, ...] = ()


@dataclass(frozen=True, slots=True)
class PracticesBriefing:
    """Everything the briefing prints, read in one transaction."""

    consulate: ConsulateRecord | None
    period: Period
    generated_on: dt.date
    officer: str
    summary: tuple[KeyFigure, ...]
    profile: tuple[CountTable, ...]
    associations: tuple[CountTable, ...]
    association_figures: tuple[KeyFigure, ...]
    visits: tuple[VisitLine, ...]
    services_delivered: CountTable
    campaigns: tuple[CampaignLine, ...]
    polls: tuple[PollLine, ...]
    placements: CountTable
    partners: PartnersSection
    coverage: tuple[CoverageRow, ...]
    catalogue: tuple[CatalogueEntry, ...]

    @property
    def gaps(self) -> int:
        return sum(1 for row in self.coverage if row.is_gap)
