"""How a person is described where namesakes must be told apart (pickers, ``events register``)."""

from __future__ import annotations

from diaspora_desk.domain.people_records import PersonRow, person_label


def _row(**fields: object) -> PersonRow:
    values: dict[str, object] = {
        "id": 7,
        "name": "Gena Ejemplo",
        "birth_year": None,
        "country": "",
        "city": "",
        "occupation": "",
        "isced_level": None,
        "phone": "",
        "email": "",
        "sharing_consent": False,
    }
    return PersonRow(**{**values, **fields})  # type: ignore[arg-type]


def test_a_person_is_told_apart_by_birth_year_town_country_and_masked_phone() -> None:
    row = _row(birth_year=1980, city="Fresno", country="US", phone="+15595550101")
    assert person_label(row) == "Gena Ejemplo — 1980, Fresno, United States, ••• 0101"


def test_a_person_with_nothing_more_known_is_their_name() -> None:
    assert person_label(_row()) == "Gena Ejemplo"
