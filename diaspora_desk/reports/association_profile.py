"""Association profile: the record, the interactions log and the practices addressed."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.labels import (
    ASSOCIATION_TYPE_LABELS,
    FOCUS_AREA_LABELS,
    INTERACTION_KIND_LABELS,
)
from diaspora_desk.i18n import _
from diaspora_desk.i18n.formats import country_name, format_number, language_name
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
)
from diaspora_desk.services.associations.reports import AssociationProfileData


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def _profile_fields(data: AssociationProfileData) -> list[tuple[str, str]]:
    a = data.association
    registered = _yes_no(a.registered)
    if a.registered and a.registered_on:
        registered += f" ({fmt_date(a.registered_on)})"
    place = ", ".join(p for p in (a.city, country_name(a.country)) if p)
    if a.latitude is not None and a.longitude is not None:
        place += f" ({a.latitude:.4f}, {a.longitude:.4f})"
    pairs = [
        (_("Acronym"), a.acronym),
        (_("Type"), _(ASSOCIATION_TYPE_LABELS[a.type])),
        (_("Host country and city"), place),
        (_("Address"), a.address),
        (_("Founded"), "" if a.founded_year is None else str(a.founded_year)),
        (_("Members (estimate)"), "" if a.members_estimate is None else format_number(a.members_estimate)),
        (_("Focus areas"), ", ".join(_(FOCUS_AREA_LABELS[f]) for f in a.focus_areas)),
        (_("Languages"), ", ".join(language_name(code) for code in a.languages)),
        (_("Phone numbers"), "\n".join(format_phone(p) for p in a.phones)),
        (_("E-mail"), "\n".join(a.emails)),
        (_("Website"), a.website),
        (_("Contact person"), a.contact_person),
        (_("Leadership"), a.leadership),
        (_("Registered with the consulate"), registered),
        (_("Advisory council member"), _yes_no(a.advisory_council)),
        (_("Independence from government respected"), _yes_no(a.independence_respected)),
        (_("Notes"), a.notes),
    ]
    if a.archived_at is not None:
        pairs.append((_("Archived"), fmt_date(a.archived_at.date())))
    return [(label, value or "—") for label, value in pairs]


def build_association_profile(data: AssociationProfileData, out: BinaryIO) -> None:
    """Write the profile PDF of one association to ``out``."""
    a = data.association
    consulate = data.consulate.name if data.consulate else _("Consulate")
    story: list[Flowable] = [
        para(a.name + (f" ({a.acronym})" if a.acronym else ""), "title"),
        para(
            _("Association profile · {consulate} · generated {date}").format(
                consulate=consulate, date=fmt_date(data.generated_on)
            ),
            "subtitle",
        ),
        field_table(_profile_fields(data)),
        para(_("Interactions log"), "h2"),
    ]
    if data.interactions:
        rows = [
            [
                fmt_date(i.occurred_on),
                _(INTERACTION_KIND_LABELS[i.kind]),
                i.officer,
                i.summary,
                ", ".join(i.practice_ids),
            ]
            for i in data.interactions
        ]
        widths = [22 * mm, 18 * mm, 30 * mm, CONTENT_WIDTH - 100 * mm, 30 * mm]
        story += data_table([_("Date"), _("Kind"), _("Officer"), _("Summary"), _("Practices")], rows, widths)
    else:
        story.append(para(_("No interactions recorded."), "empty"))
    story.append(para(_("Recommended practices addressed"), "h2"))
    if data.practices:
        rows = [[p.id, p.title, str(p.times), fmt_date(p.last), p.source] for p in data.practices]
        widths = [18 * mm, CONTENT_WIDTH - 108 * mm, 16 * mm, 22 * mm, 52 * mm]
        story += data_table([_("Id"), _("Practice"), _("Times"), _("Last"), _("Source")], rows, widths)
    else:
        story.append(para(_("No interaction has been tagged with a practice yet."), "empty"))
    story.append(Spacer(1, 6 * mm))
    story.append(
        para(
            _("Contains personal data. Handle under the consulate's data-protection rules."),
            "small",
        )
    )
    header = f"{consulate} — {_('Association profile')}: {a.name}"
    build_document(
        out,
        story,
        title=f"{_('Association profile')}: {a.name}",
        header=header,
        footer=f"Diaspora Desk · {fmt_date(data.generated_on)}",
    )
