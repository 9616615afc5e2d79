"""Person record: everything held on one person, for a data-subject access request."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from diaspora_desk.domain.campaigns import CHANNEL_LABELS as CAMPAIGN_CHANNEL_LABELS
from diaspora_desk.domain.campaigns import CampaignChannel
from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.outreach_events import (
    EVENT_KIND_LABELS,
    REGISTRATION_LABELS,
    EventKind,
    RegistrationStatus,
)
from diaspora_desk.domain.people import ISCED_LEVELS, RETURN_INTENTION_LABELS
from diaspora_desk.domain.postal import address_block
from diaspora_desk.domain.status_labels import (
    APPOINTMENT_STATUS_LABELS,
    CHANNEL_LABELS,
    CONSENT_PURPOSE_LABELS,
    PLACEMENT_STATUS_LABELS,
    SEX_LABELS,
    audit_action_label,
)
from diaspora_desk.domain.visits import SERVICE_CATALOGUE
from diaspora_desk.i18n import _
from diaspora_desk.i18n.formats import country_name, language_name
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
)
from diaspora_desk.services.people.needs import PlacementRecord
from diaspora_desk.services.people.outreach_history import REPLY_LABELS
from diaspora_desk.services.people.reports import PersonReportData


def _isced_label(level: int) -> str:
    label = ISCED_LEVELS.get(level)
    return _(label) if label else ""


def _or_dash(value: object) -> str:
    return "—" if value in (None, "") else str(value)


def _placement(data: PersonReportData, placement: PlacementRecord) -> str:
    need = data.need_titles.get(placement.need_id) or _("need {id}").format(id=placement.need_id)
    status = _(PLACEMENT_STATUS_LABELS[placement.status])
    dates = f"{fmt_date(placement.starts_on)} – {fmt_date(placement.ends_on)}"
    return f"{need}: {status}; {dates}"


def _appointments(data: PersonReportData) -> list[Flowable]:
    """Appointments and named walk-ins at mobile consulates: an access request covers them too."""
    rows = [
        [
            f"{fmt_date(a.day)} {a.starts_at:%H:%M}",
            _(SERVICE_CATALOGUE[a.service].title) + (" " + _("(walk-in)") if a.walk_in else ""),
            _(APPOINTMENT_STATUS_LABELS[a.status]),
            f"{a.visit_title} — {a.place}" if a.place else a.visit_title,
        ]
        for a in data.appointments
    ]
    return [
        para(_("Appointments at mobile consulates"), "h2"),
        *data_table(
            [_("When"), _("Service"), _("Status"), _("Visit")],
            rows or [["—"] * 4],
            [32 * mm, 50 * mm, 22 * mm, CONTENT_WIDTH - 104 * mm],
        ),
    ]


def _outreach(data: PersonReportData) -> list[Flowable]:
    """Campaign messages prepared for the person, their poll replies and their events."""
    o = data.outreach
    rows = [
        [
            fmt_date(m.prepared_on),
            _("Message"),
            f"{m.campaign_title} — "
            + _(CAMPAIGN_CHANNEL_LABELS.get(CampaignChannel(m.channel), m.channel))
            + (f" ({language_name(m.language)})" if m.language else ""),
        ]
        for m in o.messages
    ]
    rows += [
        [
            fmt_date(r.received_on),
            _("Poll reply"),
            f"{r.campaign_title} — {_(REPLY_LABELS.get(r.status, r.status))}",
        ]
        for r in o.replies
    ]
    rows += [
        [
            fmt_date(e.starts_on),
            _("Event"),
            f"{e.title}, {e.city} — {_(EVENT_KIND_LABELS[EventKind(e.kind)])}; "
            + _(REGISTRATION_LABELS[RegistrationStatus(e.status)]),
        ]
        for e in o.events
    ]
    return [
        para(_("Campaigns, messages and events"), "h2"),
        *data_table(
            [_("When"), _("Kind"), _("Details")],
            rows or [["—"] * 3],
            [25 * mm, 25 * mm, CONTENT_WIDTH - 50 * mm],
        ),
    ]


def _profile(data: PersonReportData) -> list[tuple[str, str]]:
    p = data.person
    channel = _(CHANNEL_LABELS[p.preferred_channel]) if p.preferred_channel else ""
    language = language_name(p.preferred_language) if p.preferred_language else ""
    return [
        (_("Name in original script"), _or_dash(p.original_script_name)),
        (_("Sex"), _or_dash(_(SEX_LABELS[p.sex]) if p.sex else "")),
        (_("Birth year"), _or_dash(p.birth_year)),
        (
            _("Nationality"),
            country_name(p.nationality)
            + (f"; {country_name(p.dual_citizenship)}" if p.dual_citizenship else ""),
        ),
        (_("Lives in"), ", ".join(x for x in (p.city, country_name(p.country)) if x)),
        (
            _("Postal address"),
            _or_dash("\n".join(address_block("", p.address, p.postal, city="", country=""))),
        ),
        (_("Phone numbers"), _or_dash("\n".join(format_phone(x) for x in p.phones))),
        (_("E-mail"), _or_dash(p.email)),
        (_("Preferred language and channel"), f"{_or_dash(language)} / {_or_dash(channel)}"),
        (_("Generation; arrival year"), f"{_or_dash(p.generation)}; {_or_dash(p.arrival_year)}"),
        (_("Return intention"), _(RETURN_INTENTION_LABELS[p.return_intention])),
        (_("Passport expires"), _or_dash(p.passport_expires_on)),
        (_("Legal status in the host country (sensitive)"), _or_dash(data.legal_status)),
        (_("Notes"), _or_dash(p.notes)),
    ]


def _joined(*parts: str) -> str:
    """The parts that are there, separated by "; " (no empty separators on paper)."""
    return "; ".join(part for part in parts if part)


def _skill_rows(data: PersonReportData) -> list[list[str]]:
    s = data.person.skills
    rows = [
        [
            _("Qualification"),
            "; ".join(
                x
                for x in (
                    _("ISCED {n} {label}").format(n=q.isced_level, label=_isced_label(q.isced_level)),
                    q.field_of_study,
                    q.institution,
                )
                if x
            ),
        ]
        for q in s.qualifications
    ]
    rows += [
        [
            _("Occupation"),
            "; ".join(
                x
                for x in (
                    f"{o.isco_code} {data.isco_labels.get(o.isco_code, '')}",
                    o.title,
                    _("{n} years").format(n=o.years_experience) if o.years_experience is not None else "",
                )
                if x
            ),
        ]
        for o in s.occupations
    ]
    rows += [[_("Language"), f"{language_name(code)} {level.name}"] for code, level in s.languages]
    rows += [
        [_("Licence"), "; ".join(x for x in (lic.name, lic.issuer, fmt_date(lic.valid_until)) if x)]
        for lic in s.licences
    ]
    rows += [
        [_("Availability"), f"{fmt_date(a.starts_on)} – {fmt_date(a.ends_on)} {a.note}"]
        for a in s.availability
    ]
    if s.tags:
        rows.append([_("Tags"), ", ".join(s.tags)])
    return rows


def build_person_record(data: PersonReportData, out: BinaryIO) -> None:
    p = data.person
    consulate = data.header.consulate.name if data.header.consulate else _("Consulate")
    story: list[Flowable] = [
        para(p.display_name, "title"),
        para(
            _("Person record {id} · {consulate} · generated {date}").format(
                id=p.id, consulate=consulate, date=fmt_date(data.header.generated_on)
            ),
            "subtitle",
        ),
        field_table(_profile(data)),
        para(_("Consents"), "h2"),
    ]
    consent_rows = [
        [_(CONSENT_PURPOSE_LABELS[c.purpose]), fmt_date(c.given_on), c.how_given, fmt_date(c.withdrawn_on)]
        for c in p.consents
    ]
    story += data_table(
        [_("Purpose"), _("Given"), _("How"), _("Withdrawn")],
        consent_rows or [["—"] * 4],
        [50 * mm, 25 * mm, CONTENT_WIDTH - 100 * mm, 25 * mm],
    )
    story.append(para(_("Skills"), "h2"))
    story += data_table(
        [_("Kind"), _("Details")], _skill_rows(data) or [["—", "—"]], [35 * mm, CONTENT_WIDTH - 35 * mm]
    )
    story.append(para(_("Memberships and placements"), "h2"))
    rows = [[_("Member"), f"{m.association_name} ({m.role})"] for m in p.memberships]
    rows += [[_("Placement"), _placement(data, pl)] for pl in data.placements]
    story += data_table([_("Kind"), _("Details")], rows or [["—", "—"]], [35 * mm, CONTENT_WIDTH - 35 * mm])
    story += _appointments(data)
    story += _outreach(data)
    story.append(para(_("History of changes and views"), "h2"))
    history = [[e.at.isoformat(sep=" "), e.officer, _(audit_action_label(e.action))] for e in data.history]
    story += data_table(
        [_("When (UTC)"), _("Officer"), _("Action")],
        history or [["—"] * 3],
        [45 * mm, CONTENT_WIDTH - 85 * mm, 40 * mm],
    )
    build_document(
        out,
        story,
        title=_("Person record"),
        header=f"{consulate} — {_('Person record')}: {p.display_name}",
        footer=f"Diaspora Desk · {fmt_date(data.header.generated_on)}",
    )
