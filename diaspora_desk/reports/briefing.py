"""The practices briefing for headquarters: what the consulate did in a period against the
recommended practices, where it has gaps, and what its diaspora looks like.

Sections: cover, contents, executive summary, diaspora profile, associations, mobile consulates,
campaigns and polls, skills matching and placements, partners, the practices coverage table
(every catalogue practice once) and an annex of the catalogue with its sources. Counts of people
arrive already suppressed ("<5") from the service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from diaspora_desk.domain.briefing import ACTIVITY_LABELS, CoverageRow
from diaspora_desk.i18n import _
from diaspora_desk.reports.briefing_charts import counts_chart, coverage_chart
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    Contents,
    build_document,
    data_table,
    fmt_date,
    heading,
    para,
)
from diaspora_desk.services.briefing.records import CountTable, KeyFigure, PracticesBriefing
from diaspora_desk.services.common.privacy import SMALL_CELL

PAGE_SIZES = {"a4": A4, "letter": LETTER}
W = CONTENT_WIDTH


def _consulate(data: PracticesBriefing) -> str:
    return data.consulate.name if data.consulate else _("Consulate")


def _cover(data: PracticesBriefing) -> list[Flowable]:
    place = f"{data.consulate.city}, {data.consulate.country}" if data.consulate else ""
    return [
        Spacer(1, 40 * mm),
        para(_("CONFIDENTIAL"), "title"),
        para(_("Practices briefing for headquarters"), "title"),
        para(_consulate(data) + (f" — {place}" if place else ""), "subtitle"),
        para(_("Period: {period}").format(period=data.period.label)),
        para(
            _("Prepared on {date} by {officer}").format(
                date=fmt_date(data.generated_on), officer=data.officer or "—"
            )
        ),
        Spacer(1, 10 * mm),
        para(
            _(
                "What the consulate did in the period against the recommended practices of the IOM and "
                "GFMD papers, where it has gaps, and what its diaspora looks like. Counts of people under "
                "{k} are printed as \u201c<{k}\u201d and small groups are folded together, so that no "
                "person can be singled out."
            ).format(k=SMALL_CELL),
            "small",
        ),
        PageBreak(),
    ]


def _contents(contents: Contents) -> list[Flowable]:
    return [para(_("Contents"), "h1"), contents, PageBreak()]


def _figures(figures: Sequence[KeyFigure]) -> list[Flowable]:
    rows = [[f.label, f.value, f.note] for f in figures]
    return data_table([_("Figure"), _("Value"), _("Note")], rows, [0.42 * W, 0.2 * W, 0.38 * W])


def _count_table(table: CountTable, *, chart: bool = False) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm), para(table.title, "h2")]
    if table.note:
        story.append(para(table.note, "small"))
    if not table.rows:
        return [*story, para(_("None recorded."), "empty")]
    story += data_table(
        ["", table.unit],
        [*[list(r) for r in table.rows], [_(table.total_label), table.total]],
        [0.7 * W, 0.3 * W],
    )
    if chart and len(table.chart) > 1:
        story.append(counts_chart(table.chart[:12]))
    return story


def _summary(data: PracticesBriefing) -> list[Flowable]:
    return [
        heading(_("1. Executive summary")),
        *_figures(data.summary),
        para(_("Practices with activity and gaps, by part of the catalogue"), "h2"),
        coverage_chart(data.coverage),
    ]


def _profile(data: PracticesBriefing) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(_("2. Diaspora profile"))]
    for index, table in enumerate(data.profile):
        story += _count_table(table, chart=index in (0, 2))
    return story


def _associations(data: PracticesBriefing) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(_("3. Associations")), *_figures(data.association_figures)]
    for table in data.associations:
        story += _count_table(table)
    return story


def _visits(data: PracticesBriefing) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(_("4. Mobile consulates"))]
    if not data.visits:
        story.append(para(_("No mobile consulate in the period."), "empty"))
    else:
        rows = [
            [
                fmt_date(v.starts_on),
                f"{v.title} ({v.city})",
                v.status,
                f"{v.booked:,}",
                f"{v.delivered:,}",
                v.people_served,
            ]
            for v in data.visits
        ]
        header = [_("Starts"), _("Visit"), _("Status"), _("Booked"), _("Services"), _("People served")]
        story += data_table(header, rows, [0.14 * W, 0.36 * W, 0.12 * W, 0.12 * W, 0.12 * W, 0.14 * W])
    return story + _count_table(data.services_delivered, chart=True)


def _campaigns(data: PracticesBriefing) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(_("5. Campaigns and polls"))]
    if not data.campaigns:
        story.append(para(_("No campaign in the period."), "empty"))
    else:
        rows = [[fmt_date(c.starts_on), c.title, c.status, c.channels, c.reach] for c in data.campaigns]
        header = [_("Starts"), _("Campaign"), _("Status"), _("Channels"), _("People reached")]
        story += data_table(header, rows, [0.14 * W, 0.34 * W, 0.12 * W, 0.26 * W, 0.14 * W])
    for poll in data.polls:
        story += [CondPageBreak(35 * mm), para(f"{poll.campaign}: {poll.question}", "h2")]
        story.append(para(_("People who answered: {n}").format(n=poll.respondents), "small"))
        story += data_table(
            [_("Answer"), _("People"), _("Share")],
            [list(a) for a in poll.answers],
            [0.6 * W, 0.2 * W, 0.2 * W],
        )
    return story


def _placements(data: PracticesBriefing) -> list[Flowable]:
    return [PageBreak(), heading(_("6. Skills matching and placements")), *_count_table(data.placements)]


def _partners(data: PracticesBriefing) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), heading(_("7. Partners, agreements and projects"))]
    partners = data.partners
    if not partners.recorded:
        return [
            *story,
            para(
                _(
                    "No partner data is recorded in this database: partners, agreements and matching-fund "
                    "projects with their funding are not kept here yet."
                ),
                "empty",
            ),
        ]
    story += _figures(partners.figures)
    for table in partners.tables:
        story += _count_table(table)
    return story


def _evidence(row: CoverageRow) -> str:
    if row.latest is not None:
        counts = ", ".join(f"{_(ACTIVITY_LABELS.get(k, k))}: {n:,}" for k, n in row.counts.items())
        return f"{counts}\n{_('Latest')} {row.latest.day.isoformat()}: {row.latest.text}"
    if row.covered_children:
        return _("Through {n} sub-practices with activity").format(n=row.covered_children)
    return _("GAP — recorded in: {area}").format(area=row.supported_by)


def _coverage(data: PracticesBriefing) -> list[Flowable]:
    rows = [
        ["\u00a0" * 2 * row.depth + row.practice_id, row.title, f"{row.total:,}", _evidence(row)]
        for row in data.coverage
    ]
    covered = sum(1 for row in data.coverage if not row.is_gap)
    return [
        PageBreak(),
        heading(_("8. Practices coverage")),
        para(
            _(
                "Every practice of the catalogue, with the activities tagged with it in the period and the "
                "most recent one; {covered} have activity (themselves or below them), {gaps} are gaps, "
                "each naming the part of Diaspora Desk where such work is recorded."
            ).format(covered=covered, gaps=data.gaps),
            "small",
        ),
        *data_table(
            [_("Id"), _("Practice"), _("Tagged"), _("Evidence or gap")],
            rows,
            [0.11 * W, 0.3 * W, 0.09 * W, 0.5 * W],
        ),
    ]


def _annex(data: PracticesBriefing) -> list[Flowable]:
    rows = [
        [e.practice_id, f"{e.title}\n{e.description}", f"{e.source_title} ({e.source_file}), {e.section}"]
        for e in data.catalogue
    ]
    return [
        PageBreak(),
        heading(_("Annex. The practices catalogue and its sources")),
        para(
            _("Each practice in the project's own words, with the document and section it comes from."),
            "small",
        ),
        *data_table(
            [_("Id"), _("Practice"), _("Source: document, section")], rows, [0.13 * W, 0.47 * W, 0.4 * W]
        ),
    ]


SECTIONS: tuple[Callable[[PracticesBriefing], list[Flowable]], ...] = (
    _summary,
    _profile,
    _associations,
    _visits,
    _campaigns,
    _placements,
    _partners,
    _coverage,
    _annex,
)
"""The briefing's sections in order; a section is one function of the data."""


def build_briefing(data: PracticesBriefing, out: BinaryIO, *, paper: str = "a4") -> None:
    contents = Contents()
    story = _cover(data) + _contents(contents)
    for section in SECTIONS:
        story += section(data)
    title = _("Practices briefing")
    build_document(
        out,
        story,
        title=title,
        header=f"{_consulate(data)} — {title} — {data.period.label}",
        footer=f"Diaspora Desk · {fmt_date(data.generated_on)}",
        page_size=PAGE_SIZES[paper],
        contents=contents,
    )
