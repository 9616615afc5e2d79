"""One row of the people template: columns, parsing and validation into a person to create."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError, message_of, msg
from diaspora_desk.domain.people import (
    Cefr,
    PersonDraft,
    PersonFields,
    parse_date,
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
    _languages: dict[str, tuple[tuple[str, Cefr], ...] | str] = field(default_factory=dict, repr=False)
    """Parsed ``languages`` cells (or their error): files repeat the same few lists."""

    def parse(self, cells: dict[str, str]) -> ParsedPerson:
        errors: dict[str, str] = {}
        draft = PersonDraft(
            given_name=cells.get("given_name", ""),
            family_name=cells.get("family_name", ""),
            sex=cells.get("sex", ""),
            birth_year=cells.get("birth_year", ""),
            country=cells.get("country", ""),
            city=cells.get("city", ""),
            phones=tuple(p for p in cells.get("phone", "").split(";") if p.strip()),
            email=cells.get("email", ""),
            preferred_language=cells.get("preferred_language", ""),
            return_intention=cells.get("return_intention", "").strip() or "none",
        )
        fields = None
        try:
            fields = self.validate(draft)
        except ValidationError as exc:
            errors.update(exc.errors)
        skills = self._skills(cells, errors)
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
        association_id = None
        name = cells.get("association", "").strip()
        if name:
            association_id = self.association_ids.get(fold(name))
            if association_id is None:
                errors["association"] = msg("no association called '{name}'", name=clean_text(name)[:60])
        if errors or fields is None:
            raise ValidationError(errors)
        return ParsedPerson(fields, skills, tuple(consents), association_id)

    def _skills(self, cells: dict[str, str], errors: dict[str, str]) -> Skills:
        occupations: tuple[OccupationItem, ...] = ()
        code = cells.get("isco_code", "").strip()
        label = clean_text(cells.get("occupation", ""))
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
        if code:
            occupations = (OccupationItem(code.zfill(4), label, years),)
        qualifications: tuple[QualificationItem, ...] = ()
        if cells.get("isced_level", "").strip():
            try:
                qualifications = (
                    QualificationItem(
                        parse_isced(cells["isced_level"]), clean_text(cells.get("field_of_study", ""))[:200]
                    ),
                )
            except ValueError as exc:
                errors["isced_level"] = message_of(exc)
        languages = self._language_levels(cells.get("languages", ""))
        if isinstance(languages, str):
            errors["languages"] = languages
            languages = ()
        availability: tuple[AvailabilityItem, ...] = ()
        start_text, end_text = cells.get("available_from", "").strip(), cells.get("available_to", "").strip()
        start = end = None
        for column, value in (("available_from", start_text), ("available_to", end_text)):
            if value:
                try:
                    parsed = parse_date(value)
                except ValueError as exc:
                    errors[column] = message_of(exc)
                    continue
                start, end = (parsed, end) if column == "available_from" else (start, parsed)
        if end is not None and start is None and "available_to" not in errors:
            start = self.today
        if start and end and end < start:
            errors["available_to"] = msg("is before available_from")
        elif start:
            availability = (AvailabilityItem(start, end),)
        return Skills(
            qualifications=qualifications,
            occupations=occupations,
            languages=languages,
            availability=availability,
        )

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
