"""Every printable report, and the one function that renders any of them to a file.

The GUI and the CLI both print through :func:`render_report`: it asks the report's feature
facade for the data (read in one transaction, a consistent snapshot), builds the PDF and
writes it atomically. Adding a report is one data function on the feature's facade, one
``build_<name>(data, out)`` in ``reports/<name>.py`` and one line in :data:`REPORTS`.

This module does not import ReportLab: a builder's module is imported when the report is first
rendered, so the window shows before ReportLab loads.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from diaspora_desk.i18n import report_language
from diaspora_desk.reports.output import write_pdf

if TYPE_CHECKING:  # the facades load SQLAlchemy; the CLI's parser only needs the report kinds
    from diaspora_desk.services.associations.facade import Associations
    from diaspora_desk.services.briefing.facade import Briefing
    from diaspora_desk.services.campaigns.facade import Campaigns
    from diaspora_desk.services.people.facade import People
    from diaspora_desk.services.visits.facade import Visits


class ReportKind(enum.StrEnum):
    """The reports, named as on the command line (``diaspora-desk report KIND``)."""

    ASSOCIATION = "association"
    PERSON = "person"
    SKILLS = "skills"
    SHORTLIST = "shortlist"
    VISIT_BRIEFING = "visit-briefing"
    VISIT = "visit"
    APPOINTMENT_SLIP = "appointment-slip"
    DAY_SCHEDULE = "day-schedule"
    CAMPAIGN = "campaign"
    BRIEFING = "briefing"


class ReportSources(Protocol):
    """The facades reports read from (``services.composition.Services`` is one)."""

    @property
    def associations(self) -> Associations: ...

    @property
    def people(self) -> People: ...

    @property
    def visits(self) -> Visits: ...

    @property
    def campaigns(self) -> Campaigns: ...

    @property
    def briefing(self) -> Briefing: ...


@dataclass(frozen=True, slots=True)
class ReportOptions:
    day: dt.date | None = None
    """day-schedule: the one day to print (None: every day of the visit)."""
    radius_km: float | None = None
    """visit-briefing: the radius of the area profiled (None: the default)."""
    period_from: dt.date | None = None
    """briefing: the first day of the period (required)."""
    period_to: dt.date | None = None
    """briefing: the last day of the period (required)."""
    consulate_id: int | None = None
    """briefing: the consulate (None: the current one)."""
    paper: str | None = None
    """briefing: "a4" (None: A4) or "letter"."""


OPTION_NAMES = ("day", "radius_km", "period_from", "period_to", "consulate_id", "paper")


@dataclass(frozen=True, slots=True)
class ReportSpec:
    """How to make one report: its data function and its builder."""

    read: Callable[[ReportSources, int | None, ReportOptions], object]
    """Reads the report's data through a facade; the id is None for reports that take none."""
    builder: str
    """``module.build_function`` under ``diaspora_desk.reports``, imported on first use."""
    takes_id: bool = True
    options: frozenset[str] = frozenset()
    """The names of the :class:`ReportOptions` fields this report uses."""
    takes_paper: bool = False
    """The builder takes ``paper=`` ("a4" or "letter")."""


@dataclass(frozen=True, slots=True)
class RenderedReport:
    path: Path
    pages: int
    data: object
    """What the PDF was built from (the report's frozen data record)."""


def _id(item_id: int | None) -> int:
    if item_id is None:
        raise ValueError("this report is of one record: give its id")
    return item_id


def _briefing(s: ReportSources, item_id: int | None, o: ReportOptions) -> object:
    reports = s.visits.reports
    if o.radius_km is None:
        return reports.briefing(_id(item_id))
    return reports.briefing(_id(item_id), o.radius_km)


def _practices_briefing(s: ReportSources, _i: int | None, o: ReportOptions) -> object:
    from diaspora_desk.domain.briefing import Period

    if o.period_from is None or o.period_to is None:
        raise ValueError("the briefing needs period_from and period_to")
    return s.briefing.reports.briefing(Period(o.period_from, o.period_to), o.consulate_id)


REPORTS: dict[ReportKind, ReportSpec] = {
    ReportKind.ASSOCIATION: ReportSpec(
        lambda s, i, _o: s.associations.reports.association_profile(_id(i)),
        "association_profile.build_association_profile",
    ),
    ReportKind.PERSON: ReportSpec(
        lambda s, i, _o: s.people.reports.person(_id(i)), "person_record.build_person_record"
    ),
    ReportKind.SKILLS: ReportSpec(
        lambda s, _i, _o: s.people.reports.skills(), "skills_summary.build_skills_summary", takes_id=False
    ),
    ReportKind.SHORTLIST: ReportSpec(
        lambda s, i, _o: s.people.reports.shortlist(_id(i)), "shortlist.build_shortlist"
    ),
    ReportKind.VISIT_BRIEFING: ReportSpec(
        _briefing, "visit_briefing.build_visit_briefing", options=frozenset({"radius_km"})
    ),
    ReportKind.VISIT: ReportSpec(
        lambda s, i, _o: s.visits.reports.report(_id(i)), "visit_report.build_visit_report"
    ),
    ReportKind.APPOINTMENT_SLIP: ReportSpec(
        lambda s, i, _o: s.visits.reports.slip(_id(i)), "appointment_slip.build_appointment_slip"
    ),
    ReportKind.DAY_SCHEDULE: ReportSpec(
        lambda s, i, o: s.visits.reports.day_schedule(_id(i), o.day),
        "day_schedule.build_day_schedule",
        options=frozenset({"day"}),
    ),
    ReportKind.CAMPAIGN: ReportSpec(
        lambda s, i, _o: s.campaigns.reports.campaign(_id(i)), "campaign_report.build_campaign_report"
    ),
    ReportKind.BRIEFING: ReportSpec(
        _practices_briefing,
        "briefing.build_briefing",
        takes_id=False,
        options=frozenset({"period_from", "period_to", "consulate_id", "paper"}),
        takes_paper=True,
    ),
}


def builder_of(spec: ReportSpec) -> Callable[[Any, BinaryIO], None]:
    """The spec's ``build_<name>`` function (importing its module, and so ReportLab)."""
    module, _dot, name = spec.builder.rpartition(".")
    build: Callable[[Any, BinaryIO], None] = getattr(
        importlib.import_module(f"diaspora_desk.reports.{module}"), name
    )
    return build


def render_report(
    sources: ReportSources,
    kind: ReportKind,
    item_id: int | None,
    out: Path,
    *,
    day: dt.date | None = None,
    radius_km: float | None = None,
    language: str | None = None,
    options: ReportOptions | None = None,
) -> RenderedReport:
    """Read the data of report ``kind`` (of record ``item_id``), build it and write ``out``.

    ``options`` carries the briefing's period, consulate and paper (``day`` and ``radius_km``
    may be given on their own).

    The file is replaced in one step, so a failure never leaves half a PDF (``write_pdf``).
    Raises the facade's errors (``NotFoundError``, ``ValidationError``: shown to the user) and
    ``ValueError`` for an id or option the report does not take (a caller's bug).
    ``language`` (``en``, ``es``, ``fr``) prints it in another language than the application's;
    None: the report language chosen in Settings, else the application's.
    """
    spec = REPORTS[kind]
    if options is None:
        options = ReportOptions(day=day, radius_km=radius_km)
    given = {name for name in OPTION_NAMES if getattr(options, name) is not None}
    if given - spec.options:
        raise ValueError(f"the {kind} report takes no {', '.join(sorted(given - spec.options))}")
    if spec.takes_id != (item_id is not None):
        raise ValueError(f"the {kind} report {'needs' if spec.takes_id else 'takes no'} id")
    build = builder_of(spec)
    with report_language(language):
        data = spec.read(sources, item_id, options)
        if spec.takes_paper and options.paper is not None:
            paper = options.paper
            pages = write_pdf(out, lambda buffer: build(data, buffer, paper=paper))  # type: ignore[call-arg]
        else:
            pages = write_pdf(out, lambda buffer: build(data, buffer))
    return RenderedReport(out, pages, data)


class ReportPrinter(Protocol):
    """:func:`render_report` bound to the facades: what a screen holding no others is given."""

    def __call__(
        self,
        kind: ReportKind,
        item_id: int | None,
        out: Path,
        *,
        day: dt.date | None = None,
        radius_km: float | None = None,
        language: str | None = None,
        options: ReportOptions | None = None,
    ) -> RenderedReport: ...


def printer_for(sources: ReportSources) -> ReportPrinter:
    """A :class:`ReportPrinter` reading from ``sources`` (the composition's facades)."""

    def print_report(
        kind: ReportKind,
        item_id: int | None,
        out: Path,
        *,
        day: dt.date | None = None,
        radius_km: float | None = None,
        language: str | None = None,
        options: ReportOptions | None = None,
    ) -> RenderedReport:
        return render_report(
            sources, kind, item_id, out, day=day, radius_km=radius_km, language=language, options=options
        )

    return print_report
