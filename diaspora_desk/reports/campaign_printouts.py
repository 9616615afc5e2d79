"""A campaign's letters (one addressed letter a page, A4 or US Letter) and its call sheet."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer

from diaspora_desk.domain.postal import address_block
from diaspora_desk.i18n import _
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    fmt_date,
    para,
    register_fonts,
)
from diaspora_desk.services.campaigns.delivery import Printout

PAGE_SIZES = {"a4": A4, "letter": LETTER}
LETTER_MARGIN = 22 * mm


def build_campaign_letters(data: Printout, out: BinaryIO, *, page_size: str = "a4") -> None:
    """One letter per recipient: the address block where window envelopes show it, then the text."""
    register_fonts()
    size = PAGE_SIZES[page_size]
    story: list[Flowable] = []
    for number, item in enumerate(data.items):
        person = item.recipient
        address = address_block(
            f"{person.given_name} {person.family_name}",
            person.address,
            person.postal,
            city=person.city,
            country=person.country,
        )
        story += [
            para(data.consulate, "subtitle"),
            Spacer(1, 18 * mm),
            para("\n".join(address)),
            Spacer(1, 15 * mm),
            para(fmt_date(data.generated_on)),
            Spacer(1, 6 * mm),
        ]
        if item.subject:
            story.append(para(item.subject, "h2"))
        story.append(para(item.text))
        if number < len(data.items) - 1:
            story.append(PageBreak())
    if not data.items:
        story.append(para(_("No recipient has a postal address and consent for campaigns."), "empty"))
    doc = SimpleDocTemplate(
        out,
        pagesize=size,
        leftMargin=LETTER_MARGIN,
        rightMargin=LETTER_MARGIN,
        topMargin=LETTER_MARGIN,
        bottomMargin=LETTER_MARGIN,
        title=data.campaign_title,
        author="Diaspora Desk",
        creator="Diaspora Desk",
        invariant=1,
    )
    doc.build(story)


def _call_count(data: Printout) -> str:
    """How many calls, people and associations told apart."""
    associations = sum(i.recipient.association_id is not None for i in data.items)
    people = len(data.items) - associations
    if not associations:
        return _("{n} people to call").format(n=people)
    return _("People to call: {n} · associations to call: {m}").format(n=people, m=associations)


def build_call_sheet(data: Printout, out: BinaryIO) -> None:
    """Who to call, at which number, in which language, what to say, and room for the outcome."""
    rows = [
        [
            f"{i.recipient.given_name} {i.recipient.family_name}".strip(),
            i.recipient.phone,
            i.language,
            i.text,
            "",
        ]
        for i in data.items
    ]
    widths = [35 * mm, 30 * mm, 12 * mm, CONTENT_WIDTH - 112 * mm, 35 * mm]
    story: list[Flowable] = [
        para(_("Call sheet"), "title"),
        para(data.campaign_title, "subtitle"),
        para(_call_count(data)),
        Spacer(1, 4),
        *data_table([_("Name"), _("Phone"), _("Lang."), _("Message"), _("Outcome")], rows, widths),
    ]
    build_document(
        out,
        story,
        title=_("Call sheet: {title}").format(title=data.campaign_title),
        header=f"{data.consulate} — {_('Call sheet')}: {data.campaign_title}",
        footer=f"Diaspora Desk · {fmt_date(data.generated_on)}",
    )
