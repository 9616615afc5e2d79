"""The known header names of a people file: each names one template column, in English, Spanish and French."""

from __future__ import annotations

from diaspora_desk.services.people.import_aliases import ALIASES
from diaspora_desk.services.people.import_headers import (
    guess_column,
    header_key,
)
from diaspora_desk.services.people.import_rows import COLUMNS

KNOWN = [(column, column) for column in COLUMNS] + [
    (column, name) for column, names in ALIASES.items() for name in names
]


def test_no_known_name_names_two_columns() -> None:
    owners: dict[str, set[str]] = {}
    for column, name in KNOWN:
        owners.setdefault(header_key(name), set()).add(column)
    assert {key: cols for key, cols in owners.items() if len(cols) > 1} == {}


def test_every_alias_fills_a_template_column_and_the_common_languages_are_known() -> None:
    assert set(ALIASES) <= set(COLUMNS)
    for column, names in {
        "given_name": ("Nombre", "Prénom", "First Name"),
        "family_name": ("Apellidos", "Nom de famille", "Last Name"),
        "sex": ("Sexo", "Sexe", "Gender"),
    }.items():
        assert {guess_column(name) for name in names} == {column}


def test_a_question_wording_is_read_as_its_column() -> None:
    for question in ("What is your first name?", "¿Cuál es su nombre?", "Votre prénom"):
        assert guess_column(question) == "given_name", question
