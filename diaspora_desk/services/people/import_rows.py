"""One row of the people template: columns, parsing and validation into a person to create.

Cells are read as officers' files write them (:mod:`diaspora_desk.domain.file_values`): the
conventions a whole column follows (its date order, what a lone "M" means) come in
:class:`Conventions`, worked out by the importer before the first row is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError, message_of, msg
from diaspora_desk.domain.file_values import (
    DateOrder,
    SexLetters,
    birth_year_text,
    parse_file_date,
    parse_sex,
)
from diaspora_desk.domain.people import (
    Cefr,
    PersonDraft,
    PersonFields,
    parse_isced,
    parse_language_levels,
    parse_yes_no,
)
from diaspora_desk.domain.people_records import AvailabilityItem, OccupationItem, QualificationItem, Skills
from diaspora_desk.domain.text import clean_text, fold

COLUMNS = (
    "given_name",
    "family_name",
    "sex",
    "birth_year",
    "country",
    "city",
    "address",
    "postal_code",
    "locality",
    "region",
    "address_country",
    "phone",
    "email",
    "preferred_language",
    "association",
    "isco_code",
    "occupation",
    "isced_level",
    "field_of_study",
    "years_experience",
    "languages",
    "return_intention",
    "available_from",
    "available_to",
    "consent_contact",
    "consent_skills",
    "consent_campaigns",
    "consent_sharing",
)
SENSITIVE_COLUMNS = ("legal_status",)
CONSENT_COLUMNS = {
    "consent_contact": ConsentPurpose.CONSULAR_CONTACT,
    "consent_skills": ConsentPurpose.SKILLS_INVENTORY,
    "consent_campaigns": ConsentPurpose.CAMPAIGNS,
    "consent_sharing": ConsentPurpose.SHARING_FOR_MATCHING,
}


MAX_CELL = 1000
"""Longer cells are refused by column rather than cut (no field holds more)."""
MAX_TEXT = 200
MAX_OCCUPATION = 300
"""An occupation's title as the file gives it (the ``person_occupation.title`` column)."""
DATE_COLUMNS = ("birth_year", "available_from", "available_to")
# Several numbers in one cell: "559 555 0100; 559 555 0101", "..., ...", "... / ...".
_PHONE_SEPARATORS = re.compile(r"[;,]|\s/\s")


@dataclass(frozen=True, slots=True)
class Conventions:
    """How a file's columns write their values, decided from the whole column."""

    date_orders: dict[str, DateOrder | None] = field(default_factory=dict)
    """Per date column: day-, month- or year-first; None when the values need no order."""
    sex_letters: SexLetters = SexLetters.FM


@dataclass(frozen=True, slots=True)
class ParsedPerson:
    fields: PersonFields
    skills: Skills
    consents: tuple[ConsentPurpose, ...]
    association_id: int | None


@dataclass(frozen=True, slots=True)
class RowParser:
    """Turns template cells into a :class:`ParsedPerson`, or raises ValidationError by column."""

    validate: Callable[[PersonDraft], PersonFields]
    resolve_occupation: Callable[[str], str | None]
    is_unit_group: Callable[[str], bool]
    association_ids: dict[str, int]
    today: dt.date
    conventions: Conventions = field(default_factory=Conventions)
    _languages: dict[str, tuple[tuple[str, Cefr], ...] | str] = field(default_factory=dict, repr=False)
    """Parsed ``languages`` cells (or their error): files repeat the same few lists."""

    def parse(self, cells: dict[str, str]) -> ParsedPerson:
        errors: dict[str, str] = {}
        if max(map(len, cells.values()), default=0) > MAX_CELL:
            errors = {
                column: msg("is longer than {limit} characters", limit=MAX_CELL)
                for column, value in cells.items()
                if len(value) > MAX_CELL
            }
        notes: list[str] = []
        fields = None
        try:
            fields = self.validate(self._draft(cells, errors, notes))
        except ValidationError as exc:
            errors.update((k, v) for k, v in exc.errors.items() if k not in errors)
        skills = self._skills(cells, errors, notes)
        consents = self._consents(cells, errors)
        association_id = self._association(cells, errors)
        if errors or fields is None:
            raise ValidationError(errors)
        if notes:
            fields = replace(fields, notes="\n".join(n for n in (fields.notes, *notes) if n))
        return ParsedPerson(fields, skills, consents, association_id)

    def _draft(self, cells: dict[str, str], errors: dict[str, str], notes: list[str]) -> PersonDraft:
        sex = ""
        try:
            parsed_sex = parse_sex(cells.get("sex", ""), self.conventions.sex_letters)
            sex = parsed_sex.value if parsed_sex else ""
        except ValueError as exc:
            errors["sex"] = message_of(exc)
        birth_year = cells.get("birth_year", "")
        try:
            birth_year = birth_year_text(birth_year, self.conventions.date_orders.get("birth_year"))
        except ValueError as exc:
            errors["birth_year"] = message_of(exc)
            birth_year = ""
        for column in ("city", "field_of_study", "locality", "region"):
            value = cells.get(column, "")
            if len(value) > MAX_TEXT and len(clean_text(value)) > MAX_TEXT:
                errors.setdefault(column, msg("is longer than {limit} characters", limit=MAX_TEXT))
        return PersonDraft(
            given_name=cells.get("given_name", ""),
            family_name=cells.get("family_name", ""),
            sex=sex,
            birth_year=birth_year,
            country=cells.get("country", ""),
            city=cells.get("city", ""),
            # Several address columns arrive joined with "; ": each is a line of the address.
            address="\n".join(part.strip() for part in cells.get("address", "").split("; ")),
            postal_code=cells.get("postal_code", ""),
            locality=cells.get("locality", ""),
            region=cells.get("region", ""),
            address_country=cells.get("address_country", ""),
            phones=tuple(p for p in _PHONE_SEPARATORS.split(cells.get("phone", "")) if p.strip()),
            email=cells.get("email", ""),
            preferred_language=cells.get("preferred_language", ""),
            return_intention=cells.get("return_intention", "").strip() or "none",
        )

    def _consents(self, cells: dict[str, str], errors: dict[str, str]) -> tuple[ConsentPurpose, ...]:
        consents: list[ConsentPurpose] = []
        for column, purpose in CONSENT_COLUMNS.items():
            try:
                if parse_yes_no(cells.get(column, "")):
                    consents.append(purpose)
            except ValueError as exc:
                errors[column] = message_of(exc)
        if (
            ConsentPurpose.SHARING_FOR_MATCHING in consents
            and ConsentPurpose.SKILLS_INVENTORY not in consents
        ):
            errors["consent_sharing"] = msg("sharing for matching needs consent_skills too")
        return tuple(consents)

    def _association(self, cells: dict[str, str], errors: dict[str, str]) -> int | None:
        name = cells.get("association", "").strip()
        if not name:
            return None
        association_id = self.association_ids.get(fold(name))
        if association_id is None:
            errors["association"] = msg("no association called '{name}'", name=clean_text(name)[:60])
        return association_id

    def _skills(self, cells: dict[str, str], errors: dict[str, str], notes: list[str]) -> Skills:
        languages = self._language_levels(cells.get("languages", ""))
        if isinstance(languages, str):
            errors["languages"] = languages
            languages = ()
        return Skills(
            qualifications=self._qualifications(cells, errors, notes),
            occupations=self._occupations(cells, errors),
            languages=languages,
            availability=self._availability(cells, errors),
        )

    def _occupations(self, cells: dict[str, str], errors: dict[str, str]) -> tuple[OccupationItem, ...]:
        code = cells.get("isco_code", "").strip()
        label = clean_text(cells.get("occupation", ""))
        if len(label) > MAX_OCCUPATION:
            errors["occupation"] = msg("is longer than {limit} characters", limit=MAX_OCCUPATION)
            return ()
        if code and not self.is_unit_group(code.zfill(4) if code.isdigit() else code):
            errors["isco_code"] = msg("'{code}' is not an ISCO-08 unit group (4 digits)", code=code[:10])
        elif not code and label:
            resolved = self.resolve_occupation(label)
            if resolved is None:
                errors["occupation"] = msg("no ESCO occupation is called '{label}'", label=label[:60])
            code = resolved or ""
        years = None
        text = cells.get("years_experience", "").strip()
        if text:
            if text.isascii() and text.isdigit() and int(text) <= 70:
                years = int(text)
            else:
                errors["years_experience"] = msg(
                    "'{text}' is not a number of years (0 to 70)", text=text[:10]
                )
        return (OccupationItem(code.zfill(4), label, years),) if code else ()

    @staticmethod
    def _qualifications(
        cells: dict[str, str], errors: dict[str, str], notes: list[str]
    ) -> tuple[QualificationItem, ...]:
        study = clean_text(cells.get("field_of_study", ""))[:MAX_TEXT]
        if not cells.get("isced_level", "").strip():
            # A qualification needs its level; the field of study is kept in the notes.
            if study:
                notes.append(f"Field of study: {study}")
            return ()
        try:
            return (QualificationItem(parse_isced(cells["isced_level"]), study),)
        except ValueError as exc:
            errors["isced_level"] = message_of(exc)
            return ()

    def _availability(self, cells: dict[str, str], errors: dict[str, str]) -> tuple[AvailabilityItem, ...]:
        start = end = None
        for column in ("available_from", "available_to"):
            value = cells.get(column, "").strip()
            if value:
                try:
                    parsed = parse_file_date(value, self.conventions.date_orders.get(column))
                except ValueError as exc:
                    errors[column] = message_of(exc)
                    continue
                start, end = (parsed, end) if column == "available_from" else (start, parsed)
        if end is not None and start is None and "available_to" not in errors:
            start = self.today
        if start and end and end < start:
            errors["available_to"] = msg("is before available_from")
            return ()
        return (AvailabilityItem(start, end),) if start else ()

    def _language_levels(self, text: str) -> tuple[tuple[str, Cefr], ...] | str:
        """The parsed levels, or the error message."""
        known = self._languages.get(text)
        if known is None:
            try:
                known = parse_language_levels(text)
            except ValueError as exc:
                known = message_of(exc)
            if len(self._languages) < 10_000:
                self._languages[text] = known
        return known
