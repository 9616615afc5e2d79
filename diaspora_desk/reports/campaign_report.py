"""Campaign report: audience, reach by channel, language and country, poll results with charts,
opt-outs and the practices addressed. Counts of people only, small cells shown as "<5".

The charts are drawn in black, grey and white with the numbers written beside the bars, so they
read the same on a black-and-white printer or photocopy.
"""

from __future__ import annotations

import textwrap
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from diaspora_desk.domain.campaigns import CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS
from diaspora_desk.i18n import _
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    FONT,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
)
from diaspora_desk.services.campaigns.reports import CampaignReportData, CountTable
from diaspora_desk.services.campaigns.tallies import WITHHELD, Breakdown, QuestionTally
from diaspora_desk.services.common.privacy import SMALL_CELL, SUPPRESSED

BAR_GREY = colors.Color(0.35, 0.35, 0.35)
MAX_BREAKDOWN_ANSWERS = 6
"""More answers than this: the breakdowns by country and language list counts only."""


def _counts(title: str, header: str, table: CountTable) -> list[Flowable]:
    story: list[Flowable] = [para(title, "h2")]
    if not table.rows:
        return [*story, para(_("No messages prepared yet."), "empty")]
    rows = [[r.label, r.shown] for r in table.rows] + [[_("Total"), table.total]]
    return story + data_table([header, _("People")], rows, [CONTENT_WIDTH - 35 * mm, 35 * mm])


def _chart(question: QuestionTally) -> Drawing:
    """One bar per answer; a suppressed count draws no bar and says "<5"."""
    codes = list(question.labels)
    height = 22 + 18 * len(codes)
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 16
    chart.width, chart.height = CONTENT_WIDTH - 210, height - 22
    cells = [question.overall.answers[c] for c in reversed(codes)]
    chart.data = [[c.count or 0 for c in cells]]
    chart.categoryAxis.categoryNames = [
        "\n".join(textwrap.wrap(f"{c} {question.labels[c]}", 32)) for c in reversed(codes)
    ]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR_GREY
    chart.bars[0].strokeColor = colors.black
    drawing.add(chart)
    top = max((c.count or 0 for c in cells), default=0) or 1
    step = chart.height / max(len(cells), 1)
    for index, cell in enumerate(cells):
        x = chart.x + chart.width * (cell.count or 0) / top + 4 if cell.count else chart.x + 4
        drawing.add(String(x, chart.y + step * index + step / 2 - 3, cell.shown, fontName=FONT, fontSize=7))
    return drawing


def _breakdown_rows(question: QuestionTally, groups: tuple[Breakdown, ...]) -> list[list[str]]:
    codes = list(question.labels)
    return [[g.group, g.denominator_shown, *(g.answers[c].shown for c in codes)] for g in groups]


def _breakdown(question: QuestionTally, title: str, groups: tuple[Breakdown, ...]) -> list[Flowable]:
    codes = list(question.labels)
    if not groups or len(codes) > MAX_BREAKDOWN_ANSWERS:
        return []
    width = (CONTENT_WIDTH - 50 * mm) / len(codes)
    return [
        para(title, "cell_bold"),
        *data_table(
            [_("Group"), _("Answered"), *codes],
            _breakdown_rows(question, groups),
            [30 * mm, 20 * mm, *([width] * len(codes))],
        ),
    ]


def _question(number: int, question: QuestionTally) -> list[Flowable]:
    overall = question.overall
    rows = [[f"{c} {question.labels[c]}", overall.answers[c].shown] for c in question.labels]
    rows.append([_("Answered this question"), overall.denominator_shown])
    story: list[Flowable] = [
        KeepTogether(
            [
                para(_("Question {n}: {text}").format(n=number, text=question.text), "h2"),
                _chart(question),
                *data_table([_("Answer"), _("People (share)")], rows, [CONTENT_WIDTH - 45 * mm, 45 * mm]),
            ]
        )
    ]
    story += _breakdown(question, _("By host country"), question.by_country)
    story += _breakdown(question, _("By preferred language"), question.by_language)
    return story


def _poll(data: CampaignReportData) -> list[Flowable]:
    poll = data.poll
    if not poll.questions:
        return [para(_("Poll"), "h2"), para(_("This campaign has no poll."), "empty")]
    story: list[Flowable] = [
        para(_("Poll results"), "h2"),
        para(
            _(
                "Respondents: {respondents}. Each person's latest answered reply counts once; shares "
                "are of the people who answered the question. Replies waiting for review: {review}. "
                "A group's answers to a question that hold a count from 1 to 4 are withheld "
                "(\u201c{withheld}\u201d), so that it cannot be worked out from the other answers, "
                "questions or groups."
            ).format(
                withheld=WITHHELD,
                respondents=_("not shown (it would give a small count away)")
                if poll.respondents is None
                else f"{poll.respondents:,}",
                review=poll.in_review,
            )
        ),
    ]
    for number, question in enumerate(poll.questions, start=1):
        story += _question(number, question)
    return story


def _summary(data: CampaignReportData) -> list[Flowable]:
    c = data.campaign
    budget = f"{c.budget:,.2f} {c.currency}".strip() if c.budget is not None else "—"
    return [
        field_table(
            [
                (_("Objective"), c.objective or "—"),
                (_("Status"), _(CAMPAIGN_STATUS_LABELS[c.status])),
                (_("Dates"), f"{fmt_date(c.starts_on)} – {fmt_date(c.ends_on)}"),
                (_("Channels"), ", ".join(_(CHANNEL_LABELS[ch]) for ch in c.channels) or "—"),
                (_("Owner"), c.owner or "—"),
                (_("Partners"), c.partners or "—"),
                (_("Budget"), budget),
                (_("Files prepared"), str(data.deliveries)),
            ]
        )
    ]


def _audience(data: CampaignReportData) -> list[Flowable]:
    a = data.audience
    story: list[Flowable] = [
        para(_("Audience"), "h2"),
        field_table(
            [
                (_("People in the segment"), a.matching),
                (_("Consenting to campaigns"), a.consenting),
                (_("Left out: never consented"), a.no_consent),
                (_("Left out: opted out"), a.opted_out),
            ]
        ),
    ]
    if a.by_channel:
        story += data_table(
            [_("Channel"), _("Reachable"), _("Left out: no phone, e-mail or address")],
            [[_(label), reachable, missing or "—"] for label, reachable, missing in a.by_channel],
            [60 * mm, 35 * mm, CONTENT_WIDTH - 95 * mm],
        )
    if a.associations:
        story += [
            para(_("Associations"), "cell_bold"),
            field_table(
                [
                    (_("Associations in the segment"), a.associations),
                    (_("Associations files were prepared for"), a.associations_reached),
                ]
            ),
        ]
        story += data_table(
            [_("Channel"), _("Associations reachable"), _("Left out: no phone, e-mail or address")],
            [
                [_(label), reachable, missing or "—"]
                for label, reachable, missing in a.associations_by_channel
            ],
            [60 * mm, 35 * mm, CONTENT_WIDTH - 95 * mm],
        )
    return story


def build_campaign_report(data: CampaignReportData, out: BinaryIO) -> None:
    c = data.campaign
    consulate = data.consulate.name if data.consulate else _("Consulate")
    story: list[Flowable] = [
        para(_("Campaign report: {title}").format(title=c.title), "title"),
        para(
            _("Campaign {id} · {consulate} · generated {date}").format(
                id=c.id, consulate=consulate, date=fmt_date(data.generated_on)
            ),
            "subtitle",
        ),
        para(
            _(
                "Counts of people only. Counts from 1 to {k} are shown as \u201c{hidden}\u201d and totals "
                "never reveal them, so that no person can be singled out."
            ).format(k=SMALL_CELL - 1, hidden=SUPPRESSED)
        ),
        *_summary(data),
        *_audience(data),
        *_counts(_("Reach by channel"), _("Channel"), data.reach_by_channel),
        *_counts(_("Reach by language"), _("Language"), data.reach_by_language),
        *_counts(_("Reach by host country"), _("Host country"), data.reach_by_country),
        *_poll(data),
        para(_("Opt-outs"), "h2"),
        para(
            _(
                "People who replied to this campaign with an opt-out word: {n}. Their consent for "
                "campaigns was withdrawn at once."
            ).format(n=data.opt_outs)
        ),
        para(_("Recommended practices addressed"), "h2"),
    ]
    if data.practices:
        story += data_table(
            [_("Practice"), _("Title"), _("Source")],
            [[p.id, p.title, p.source] for p in data.practices],
            [20 * mm, CONTENT_WIDTH - 80 * mm, 60 * mm],
        )
    else:
        story.append(para(_("No practices tagged."), "empty"))
    build_document(
        out,
        story,
        title=_("Campaign report"),
        header=f"{consulate} — {_('Campaign report')}: {c.title}",
        footer=f"Diaspora Desk · {fmt_date(data.generated_on)}",
    )
