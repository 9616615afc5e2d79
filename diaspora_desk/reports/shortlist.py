"""Need shortlist: consenting candidates only, each with the reasons for the score."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from diaspora_desk.domain.status_labels import NEED_MODE_LABELS
from diaspora_desk.i18n import _, render
from diaspora_desk.i18n.formats import language_name
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
)
from diaspora_desk.services.people.reports import ShortlistReportData


def build_shortlist(data: ShortlistReportData, out: BinaryIO) -> None:
    need, shortlist = data.need, data.shortlist
    consulate = data.header.consulate.name if data.header.consulate else _("Consulate")
    window = f"{fmt_date(need.earliest)} – {fmt_date(need.latest)}"
    story: list[Flowable] = [
        para(need.title, "title"),
        para(
            _("Shortlist for need {id} · {consulate} · generated {date}").format(
                id=need.id, consulate=consulate, date=fmt_date(data.header.generated_on)
            ),
            "subtitle",
        ),
        field_table(
            [
                (_("Institution"), need.institution),
                (
                    _("Occupations (ISCO-08)"),
                    "\n".join(f"{c} {data.isco_labels.get(c, '')}" for c in need.isco_codes),
                ),
                (_("Mode"), _(NEED_MODE_LABELS[need.mode])),
                (_("Minimum ISCED level"), "—" if need.min_isced is None else str(need.min_isced)),
                (
                    _("Languages"),
                    ", ".join(f"{language_name(code)} {level.name}" for code, level in need.languages) or "—",
                ),
                (_("Window and duration"), f"{window}; {need.duration_days or '—'} days"),
                (_("Place"), need.place or "—"),
            ]
        ),
        para(_("Candidates"), "h2"),
        para(
            _(
                "Only people who consented to sharing their profile for matching are listed. {n} more people "
                "would match on occupation without that consent."
            ).format(n=shortlist.without_consent)
        ),
    ]
    if not shortlist.candidates:
        story.append(para(_("No consenting candidate matches this need."), "empty"))
    rows = []
    for rank, c in enumerate(shortlist.candidates, start=1):
        reasons = "\n".join(
            f"{k.name}: {k.points:.1f}/{k.maximum:.0f} — {render(k.detail)}" for k in c.criteria
        )
        rows.append(
            [str(rank), f"{c.name}\n{c.city}, {c.country}\nid {c.person_id}", f"{c.score:.1f}", reasons]
        )
    if rows:
        widths = [10 * mm, 50 * mm, 16 * mm, CONTENT_WIDTH - 76 * mm]
        story += data_table(["#", _("Candidate"), _("Score"), _("Why")], rows, widths)
    build_document(
        out,
        story,
        title=_("Shortlist: {title}").format(title=need.title),
        header=f"{consulate} — {_('Shortlist')}: {need.title}",
        footer=f"Diaspora Desk · {fmt_date(data.header.generated_on)}",
    )
