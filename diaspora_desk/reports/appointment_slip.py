"""Appointment slip: what a person needs to come to their appointment at a mobile consulate."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from diaspora_desk.i18n import _, report_language
from diaspora_desk.i18n.formats import country_name
from diaspora_desk.reports.styles import build_document, field_table, fmt_date, para
from diaspora_desk.reports.visit_briefing import EMPTY_BOX, consulate_name, heading
from diaspora_desk.services.visits.reports import SlipData


def build_appointment_slip(data: SlipData, out: BinaryIO) -> None:
    """The slip in the person's language (else the consulate's): it is handed to them."""
    with report_language(data.language):
        _build(data, out)


def _build(data: SlipData, out: BinaryIO) -> None:
    consulate = consulate_name(data.header)
    place = [data.venue, data.venue_address, f"{data.city}, {country_name(data.country)}"]
    story: list[Flowable] = [
        para(_("Appointment slip"), "title"),
        para(data.visit_title, "subtitle"),
        field_table(
            [
                (_("Name"), data.person_name),
                (_("Service"), _(data.service_title)),
                (_("Date"), fmt_date(data.day)),
                (_("Time"), f"{data.starts_at:%H:%M}–{data.ends_at:%H:%M}"),
                (_("Place"), "\n".join(line for line in place if line)),
                (_("Appointment number"), str(data.appointment_id)),
            ]
        ),
        heading(_("Documents to bring")),
    ]
    if data.documents:
        story += [para(f"{EMPTY_BOX} {_(document)}") for document in data.documents]
    else:
        story.append(para(_("Nothing in particular: just come at your time."), "empty"))
    story += [
        Spacer(1, 8),
        para(_("Please come a few minutes before your time and bring this slip."), "body"),
        para(_("Contact: {contact}").format(contact=data.contact or consulate), "body"),
    ]
    build_document(
        out,
        story,
        title=_("Appointment slip {id}").format(id=data.appointment_id),
        header=f"{consulate} — {_('Appointment slip')}: {data.visit_title}",
        footer=f"Diaspora Desk · {fmt_date(data.header.generated_on)}",
    )
