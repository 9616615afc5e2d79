"""One row of a people file read into a person: values as files write them, nothing dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.file_values import DateOrder, SexLetters
from diaspora_desk.domain.people import PersonDraft, PersonFields, Sex, validate_person
from diaspora_desk.services.people.import_rows import Conventions, ParsedPerson, RowParser

TODAY = dt.date(2026, 11, 24)


def _parser(conventions: Conventions | None = None) -> RowParser:
    def validate(draft: PersonDraft) -> PersonFields:
        return validate_person(draft, today=TODAY, origin_country="GT")

    return RowParser(
        validate,
        lambda label: "2221" if label == "nurse" else None,
        lambda code: code == "2221",
        {"club xela": 1},
        TODAY,
        conventions or Conventions(),
    )


def _parse(conventions: Conventions | None = None, /, **cells: str) -> ParsedPerson:
    return _parser(conventions).parse({"given_name": "Ana", "country": "US", **cells})


def test_several_phones_in_one_cell_and_an_extension_kept() -> None:
    parsed = _parse(phone="559 555 0101 ext. 9, 559 555 0102 / 559 555 0103")
    assert parsed.fields.phones == ("+15595550101", "+15595550102", "+15595550103")
    assert parsed.fields.notes == "Phone +15595550101 extension 9"


def test_a_field_of_study_without_a_level_goes_to_the_notes() -> None:
    assert _parse(field_of_study="Agronomía").fields.notes == "Field of study: Agronomía"
    with_level = _parse(field_of_study="Agronomía", isced_level="6")
    assert with_level.skills.qualifications[0].field_of_study == "Agronomía"
    assert with_level.fields.notes == ""


def test_values_follow_the_columns_conventions() -> None:
    spanish = Conventions({"birth_year": DateOrder.DMY, "available_from": DateOrder.DMY}, SexLetters.HM)
    parsed = _parse(spanish, sex="M", birth_year="03/04/1985", available_from="02/01/2027")
    assert (parsed.fields.sex, parsed.fields.birth_year) == (Sex.FEMALE, 1985)
    assert parsed.skills.availability[0].starts_on == dt.date(2027, 1, 2)
    assert _parse(sex="M").fields.sex is Sex.MALE


@pytest.mark.parametrize(
    ("cells", "column"),
    [
        ({"city": "x" * 201}, "city"),
        ({"field_of_study": "y" * 300}, "field_of_study"),
        ({"email": "z" * 1001}, "email"),
        ({"sex": "Q"}, "sex"),
        ({"birth_year": "14/03/85"}, "birth_year"),
        ({"consent_contact": "maybe"}, "consent_contact"),
        ({"available_from": "2027-02-30"}, "available_from"),
    ],
)
def test_a_bad_cell_is_named_by_its_column_not_cut(cells: dict[str, str], column: str) -> None:
    with pytest.raises(ValidationError) as info:
        _parse(None, **cells)
    assert column in info.value.errors
