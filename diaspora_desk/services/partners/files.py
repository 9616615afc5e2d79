"""The columns of partner and project files, and a row read into a draft (or why not).

Headers are matched as the people importer matches them (`header_key`: case, accents,
spaces and punctuation do not count) against English, Spanish and French names. Values are read
with the same helpers: countries by name in three languages, dates day- or month-first as the
column shows, yes/no words, amounts in either decimal convention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.fields import parsed
from diaspora_desk.domain.file_values import DateOrder, parse_file_date
from diaspora_desk.domain.funding import FundingSource, format_amount, parse_amount
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.partners import PartnerDraft, PartnerRecord
from diaspora_desk.domain.projects import (
    FundingLine,
    ProjectDraft,
    ProjectProgramme,
    ProjectRecord,
    ProjectSector,
    ProjectStage,
    parse_programme,
    parse_sector,
    parse_stage,
)
from diaspora_desk.domain.text import fold
from diaspora_desk.services.people.import_headers import header_key

PARTNER_COLUMNS = (
    "name",
    "kind",
    "country",
    "city",
    "level",
    "association",
    "contact_person",
    "phones",
    "emails",
    "website",
    "practices",
    "notes",
)
FUNDING_COLUMNS = tuple(f"{s.value}_{part}" for s in FundingSource for part in ("pledged", "received"))
PROJECT_COLUMNS = (
    "title",
    "programme",
    "sector",
    "country",
    "place",
    "stage",
    "currency",
    "budget",
    "matching_rule",
    *FUNDING_COLUMNS,
    "associations",
    "partners",
    "beneficiaries",
    "starts_on",
    "ends_on",
    "practices",
    "notes",
)
PROJECT_DATES = ("starts_on", "ends_on")

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("nombre", "nom", "partner", "socio", "partenaire", "organisation", "organization"),
    "kind": ("type", "tipo", "categoria", "category"),
    "country": ("pais", "pays"),
    "city": ("ciudad", "ville", "town"),
    "level": ("nivel", "niveau"),
    "association": ("asociacion", "association liee"),
    "contact_person": ("contact", "contacto", "persona de contacto", "personne de contact"),
    "phones": ("phone", "telephone", "telefono", "telefonos", "tel"),
    "emails": ("email", "e-mail", "correo", "courriel", "mail"),
    "website": ("web", "sitio web", "site web", "url"),
    "practices": ("practicas", "pratiques", "practice ids"),
    "notes": ("notas", "remarques", "observaciones"),
    "title": ("titulo", "titre", "project", "proyecto", "projet"),
    "programme": ("program", "programa"),
    "sector": ("secteur",),
    "place": ("municipality", "municipio", "commune", "lugar", "lieu"),
    "stage": ("etapa", "etape", "fase", "phase", "status"),
    "currency": ("moneda", "devise"),
    "budget": ("presupuesto", "cost", "costo", "cout"),
    "matching_rule": ("rule", "regla", "regle", "matching"),
    "associations": ("asociaciones",),
    "partners": ("socios", "partenaires"),
    "beneficiaries": ("beneficiarios", "beneficiaires"),
    "starts_on": ("start", "start date", "inicio", "fecha de inicio", "debut", "date de debut"),
    "ends_on": ("end", "end date", "fin", "fecha de fin", "fecha fin", "date de fin"),
}


def _known() -> dict[str, str]:
    known: dict[str, str] = {}
    for column in (*PARTNER_COLUMNS, *PROJECT_COLUMNS):
        known[header_key(column)] = column
        for alias in _ALIASES.get(column, ()):
            known.setdefault(header_key(alias), column)
    return known


def map_headers(headers: Sequence[str], columns: Sequence[str]) -> dict[int, str]:
    """File column index -> template column, for the headers this kind of file knows."""
    known = _known()
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        column = known.get(header_key(header), "")
        if column in columns and column not in mapping.values():
            mapping[index] = column
    return mapping


def split_list(value: str) -> tuple[str, ...]:
    """A list in one cell, separated by ";" or new lines (commas may be inside names)."""
    return tuple(p.strip() for p in value.replace("\n", ";").split(";") if p.strip())


def partner_draft(cells: Mapping[str, str], associations: Mapping[str, int]) -> PartnerDraft:
    """A partner row as a draft; the association is named (or given by id) in the file."""
    errors: dict[str, str] = {}
    association_id = None
    if cells.get("association", "").strip():
        association_id = _resolve(errors, "association", cells["association"], associations)
    if errors:
        raise ValidationError(errors)
    return PartnerDraft(
        name=cells.get("name", ""),
        kind=cells.get("kind", "") or "other",
        country=cells.get("country", ""),
        city=cells.get("city", ""),
        level=cells.get("level", "") or "local",
        association_id=association_id,
        contact_person=cells.get("contact_person", ""),
        phones=split_list(cells.get("phones", "")),
        emails=split_list(cells.get("emails", "")),
        website=cells.get("website", ""),
        notes=cells.get("notes", ""),
        practice_ids=split_list(cells.get("practices", "")),
    )


def _resolve(errors: dict[str, str], column: str, text: str, names: Mapping[str, int]) -> int | None:
    value = text.strip()
    if value.isdigit() and int(value) in names.values():
        return int(value)
    found = names.get(fold(value))
    if found is None:
        errors[column] = msg("'{name}' is not in the registry", name=value[:60])
    return found


def project_draft(
    cells: Mapping[str, str],
    associations: Mapping[str, int],
    partners: Mapping[str, int],
    orders: Mapping[str, DateOrder | None],
) -> ProjectDraft:
    """A project row as a draft: codes by name in three languages, amounts and dates as written."""
    errors: dict[str, str] = {}
    funding = []
    for source in FundingSource:
        pledged = parsed(
            errors, f"{source.value}_pledged", cells.get(f"{source.value}_pledged", ""), parse_amount
        )
        received = parsed(
            errors, f"{source.value}_received", cells.get(f"{source.value}_received", ""), parse_amount
        )
        if pledged is not None or received is not None:
            funding.append(FundingLine(source, pledged or Decimal("0.00"), received or Decimal("0.00")))
    dates = {
        column: _date(errors, column, cells.get(column, ""), orders.get(column)) for column in PROJECT_DATES
    }
    beneficiaries = parsed(errors, "beneficiaries", cells.get("beneficiaries", ""), _whole)
    linked = {
        column: tuple(
            i
            for name in split_list(cells.get(column, ""))
            if (i := _resolve(errors, column, name, names)) is not None
        )
        for column, names in (("associations", associations), ("partners", partners))
    }
    draft = ProjectDraft(
        title=cells.get("title", ""),
        programme=parsed(errors, "programme", cells.get("programme", ""), parse_programme)
        or ProjectProgramme.OTHER,
        sector=parsed(errors, "sector", cells.get("sector", ""), parse_sector) or ProjectSector.OTHER,
        country=cells.get("country", ""),
        place=cells.get("place", ""),
        stage=parsed(errors, "stage", cells.get("stage", ""), parse_stage) or ProjectStage.IDENTIFICATION,
        currency=cells.get("currency", ""),
        budget=parsed(errors, "budget", cells.get("budget", ""), parse_amount),
        matching_rule=cells.get("matching_rule", ""),
        funding=tuple(funding),
        association_ids=linked["associations"],
        partner_ids=linked["partners"],
        beneficiaries=beneficiaries,
        starts_on=dates["starts_on"],
        ends_on=dates["ends_on"],
        notes=cells.get("notes", ""),
        practice_ids=split_list(cells.get("practices", "")),
    )
    if errors:
        raise ValidationError(errors)
    return draft


def _date(errors: dict[str, str], column: str, text: str, order: DateOrder | None) -> dt.date | None:
    return parsed(errors, column, text, lambda value: parse_file_date(value, order))


def _whole(text: str) -> int:
    value = text.strip().replace(",", "").replace(".", "").replace(" ", "")
    if not value.isdigit():
        raise ValueError(msg("'{text}' is not a whole number", text=text.strip()[:20]))
    return int(value)


def partner_cells(record: PartnerRecord) -> list[str]:
    return [
        record.name,
        record.kind.value,
        country_name(record.country),
        record.city,
        record.level.value,
        record.association_name,
        record.contact_person,
        "; ".join(record.phones),
        "; ".join(record.emails),
        record.website,
        "; ".join(record.practice_ids),
        record.notes,
    ]


def project_cells(record: ProjectRecord) -> list[str]:
    lines = {f.source: f for f in record.funding}
    money: list[str] = []
    for source in FundingSource:
        line = lines.get(source)
        money += [str(line.pledged), str(line.received)] if line else ["", ""]
    return [
        record.title,
        record.programme.value,
        record.sector.value,
        country_name(record.country),
        record.place,
        record.stage.value,
        record.currency,
        str(record.budget) if record.budget is not None else "",
        record.matching_rule,
        *money,
        "; ".join(record.association_names),
        "; ".join(record.partner_names),
        "" if record.beneficiaries is None else str(record.beneficiaries),
        record.starts_on.isoformat() if record.starts_on else "",
        record.ends_on.isoformat() if record.ends_on else "",
        "; ".join(record.practice_ids),
        record.notes,
    ]


def funding_text(record: ProjectRecord) -> str:
    """ "Pledged 400,000.00 MXN, received 250,000.00 MXN" for lists and the CLI."""
    return msg(
        "pledged {pledged}, received {received}",
        pledged=format_amount(record.pledged, record.currency),
        received=format_amount(record.received, record.currency),
    )
