"""Person record: everything held on one person, for a data-subject access request."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.geography import country_name, language_name
from diaspora_desk.domain.people import ISCED_LEVELS, RETURN_INTENTION_LABELS
from diaspora_desk.domain.status_labels import (
    APPOINTMENT_STATUS_LABELS,
    PLACEMENT_STATUS_LABELS,
    audit_action_label,
)
from diaspora_desk.domain.visits import SERVICE_CATALOGUE
from diaspora_desk.i18n import _
from diaspora_desk.reports.styles import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    field_table,
    fmt_date,
    para,
)
from diaspora_desk.services.people.needs import PlacementRecord
from diaspora_desk.services.people.reports import PersonReportData


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


def build_person_record(data: PersonReportData, out: BinaryIO) -> None:
    p, s = data.person, data.person.skills
    consulate = data.header.consulate.name if data.header.consulate else _("Consulate")
    story: list[Flowable] = [
        para(p.display_name, "title"),
        para(
            _("Person record {id} · {consulate} · generated {date}").format(
                id=p.id, consulate=consulate, date=fmt_date(data.header.generated_on)
            ),
            "subtitle",
        ),
        field_table(
            [
                (_("Name in original script"), _or_dash(p.original_script_name)),
                (_("Sex"), _or_dash(p.sex.value if p.sex else "")),
                (_("Birth year"), _or_dash(p.birth_year)),
                (
                    _("Nationality"),
                    country_name(p.nationality)
                    + (f"; {country_name(p.dual_citizenship)}" if p.dual_citizenship else ""),
                ),
                (_("Lives in"), ", ".join(x for x in (p.city, country_name(p.country)) if x)),
                (_("Address"), _or_dash(p.address)),
                (_("Phone numbers"), _or_dash("\n".join(format_phone(x) for x in p.phones))),
                (_("E-mail"), _or_dash(p.email)),
                (
                    _("Preferred language and channel"),
                    f"{_or_dash(p.preferred_language)} / "
                    f"{_or_dash(p.preferred_channel.value if p.preferred_channel else '')}",
                ),
                (_("Generation; arrival year"), f"{_or_dash(p.generation)}; {_or_dash(p.arrival_year)}"),
                (_("Return intention"), _(RETURN_INTENTION_LABELS[p.return_intention])),
                (_("Passport expires"), _or_dash(p.passport_expires_on)),
                (_("Legal status in the host country (sensitive)"), _or_dash(data.legal_status)),
                (_("Notes"), _or_dash(p.notes)),
            ]
        ),
        para(_("Consents"), "h2"),
    ]
    consent_rows = [
        [c.purpose.value.replace("_", " "), fmt_date(c.given_on), c.how_given, fmt_date(c.withdrawn_on)]
        for c in p.consents
    ]
    story += data_table(
        [_("Purpose"), _("Given"), _("How"), _("Withdrawn")],
        consent_rows or [["—"] * 4],
        [50 * mm, 25 * mm, CONTENT_WIDTH - 100 * mm, 25 * mm],
    )
    story.append(para(_("Skills"), "h2"))
    skill_rows = [
        [
            _("Qualification"),
            f"ISCED {q.isced_level} {ISCED_LEVELS.get(q.isced_level, '')}; "
            f"{q.field_of_study}; {q.institution}",
        ]
        for q in s.qualifications
    ]
    skill_rows += [
        [
            _("Occupation"),
            f"{o.isco_code} {data.isco_labels.get(o.isco_code, '')}; {o.title}; "
            f"{_or_dash(o.years_experience)} years",
        ]
        for o in s.occupations
    ]
    skill_rows += [[_("Language"), f"{language_name(code)} {level.name}"] for code, level in s.languages]
    skill_rows += [[_("Licence"), f"{x.name}; {x.issuer}; {fmt_date(x.valid_until)}"] for x in s.licences]
    skill_rows += [
        [_("Availability"), f"{fmt_date(a.starts_on)} – {fmt_date(a.ends_on)} {a.note}"]
        for a in s.availability
    ]
    if s.tags:
        skill_rows.append([_("Tags"), ", ".join(s.tags)])
    story += data_table(
        [_("Kind"), _("Details")], skill_rows or [["—", "—"]], [35 * mm, CONTENT_WIDTH - 35 * mm]
    )
    story.append(para(_("Memberships and placements"), "h2"))
    rows = [[_("Member"), f"{m.association_name} ({m.role})"] for m in p.memberships]
    rows += [[_("Placement"), _placement(data, pl)] for pl in data.placements]
    story += data_table([_("Kind"), _("Details")], rows or [["—", "—"]], [35 * mm, CONTENT_WIDTH - 35 * mm])
    story += _appointments(data)
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
