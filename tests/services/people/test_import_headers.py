"""Which template column a file's header names: known names, folding, --map files."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.people.import_aliases import ALIASES
from diaspora_desk.services.people.import_headers import (
    guess_column,
    header_key,
    plan_columns,
    read_map_file,
)
from diaspora_desk.services.people.import_rows import COLUMNS

FAST = settings(max_examples=120, deadline=None, database=None)
KNOWN = [(column, column) for column in COLUMNS] + [
    (column, name) for column, names in ALIASES.items() for name in names
]
ACCENTED = str.maketrans("aeiouncAEIOUNC", "áéíóúñçÁÉÍÓÚÑÇ")

CIVICRM = [
    "Contact ID",
    "Contact Type",
    "First Name",
    "Last Name",
    "Display Name",
    "Gender",
    "Birth Date",
    "Street Address",
    "City",
    "State",
    "Country",
    "Phone",
    "Phone Extension",
    "Email",
    "Preferred Language",
    "Do Not Email",
]
KOBO = [
    "start",
    "end",
    "datos_personales/first_name",
    "Datos personales/Apellido",
    "What is your sex?",
    "¿Cuál es su fecha de nacimiento?",
    "Country of residence",
    "City of residence",
    "Phone number",
    "Email address",
    "_id",
    "_uuid",
    "_submission_time",
]
SPANISH = [
    "Nombre",
    "Apellidos",
    "Sexo",
    "Fecha de nacimiento",
    "País",
    "Ciudad",
    "Teléfono",
    "Correo electrónico",
]


@FAST
@given(
    st.sampled_from(KNOWN),
    st.sampled_from(["", " ", "  ", "\t", "\u200b"]),
    st.sampled_from(["", ":", "?", " *", "."]),
    st.sampled_from([str.upper, str.lower, str.title, str]),
    st.booleans(),
)
def test_a_known_name_is_found_whatever_its_case_accents_spaces_and_punctuation(
    known: tuple[str, str], pad: str, end: str, case: object, accents: bool
) -> None:
    column, name = known
    written = case(name)  # type: ignore[operator]
    if accents:
        written = written.translate(ACCENTED)
    assert guess_column(f"{pad}{written}{end}{pad}") == column
    assert guess_column(f"group_{column}/{written}") == column  # Kobo's group path


@FAST
@given(st.text(max_size=40))
def test_header_key_is_stable_and_only_letters_and_digits(text: str) -> None:
    key = header_key(text)
    assert header_key(key) == key
    assert key.isalnum() or key == ""


@FAST
@given(st.text(alphabet=string.printable, max_size=40))
def test_header_key_ignores_case_and_spacing(text: str) -> None:
    assert header_key(text.swapcase()) == header_key(text)
    assert header_key(f"  {text}  ") == header_key(text)
    assert header_key(text.replace(" ", "  ").replace("-", "_")) == header_key(text)


def test_a_civicrm_contact_export() -> None:
    plan = plan_columns(CIVICRM, source="civicrm.csv")
    assert dict(plan.pairs) == {
        "Contact ID": "",
        "Contact Type": "",
        "First Name": "given_name",
        "Last Name": "family_name",
        "Display Name": "",
        "Gender": "sex",
        "Birth Date": "birth_year",
        "Street Address": "address",
        "City": "city",
        "State": "region",
        "Country": "country",
        "Phone": "phone",
        "Phone Extension": "",
        "Email": "email",
        "Preferred Language": "preferred_language",
        "Do Not Email": "",
    }
    assert plan.ignored == (
        "Contact ID",
        "Contact Type",
        "Display Name",
        "Phone Extension",
        "Do Not Email",
    )


def test_a_kobo_label_export_with_groups() -> None:
    plan = plan_columns(KOBO, source="kobo.xlsx")
    assert [c for c in plan.columns if c] == [
        "given_name",
        "family_name",
        "sex",
        "birth_year",
        "country",
        "city",
        "phone",
        "email",
    ]
    assert plan.ignored == ("start", "end", "_id", "_uuid", "_submission_time")


def test_a_spanish_spreadsheet() -> None:
    plan = plan_columns(SPANISH, source="lista.csv")
    assert plan.columns == (
        "given_name",
        "family_name",
        "sex",
        "birth_year",
        "country",
        "city",
        "phone",
        "email",
    )
    assert plan.header_of("phone") == "Teléfono"


def test_a_mapping_wins_over_the_guess_and_a_second_guess_is_left_out() -> None:
    plan = plan_columns(
        ["Nombre completo", "Nombre", "País", "Email", "Correo"],
        {"Nombre completo": "given_name"},
        source="f.csv",
    )
    assert plan.columns == ("given_name", "", "country", "email", "")
    assert plan.ignored == ("Nombre", "Correo")


def test_several_phone_columns_all_fill_phone() -> None:
    plan = plan_columns(["Nom", "Pays", "Téléphone", "Portable"], source="f.csv")
    assert plan.columns == ("family_name", "country", "phone", "phone")


@pytest.mark.parametrize(
    ("headers", "mapping", "problem"),
    [
        (["Nombre", "Ciudad"], None, "no column for country"),
        (["Ciudad", "País"], None, "no column for given_name or family_name"),
        (["nombre|apellido|pais"], None, "single column"),
        (["Nombre", "País"], {"Nombre": "nickname"}, "'nickname'|nickname is not a template column"),
        (["A", "B", "País"], {"A": "given_name", "B": "given_name"}, "more than one file column"),
    ],
)
def test_header_problems_name_the_file_and_the_column(
    headers: list[str], mapping: dict[str, str] | None, problem: str
) -> None:
    with pytest.raises(KnownError, match=problem) as info:
        plan_columns(headers, mapping, source="people.csv")
    assert "people.csv" in str(info.value)


def test_a_map_file(tmp_path: Path) -> None:
    good = tmp_path / "map.json"
    good.write_text(json.dumps({"Nombre completo": "given_name", "Notas": ""}), encoding="utf-8")
    assert read_map_file(good) == {"Nombre completo": "given_name", "Notas": ""}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not a JSON column map"),
        ('["given_name"]', "is not a JSON column map"),
        ('{"Nombre": 3}', "is not a JSON column map"),
        ('{"Nombre": "nickname"}', "'nickname' is not a template column"),
    ],
)
def test_a_bad_map_file_is_a_plain_error_naming_it(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad-map.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KnownError, match=problem) as info:
        read_map_file(bad)
    assert "bad-map.json" in str(info.value)


def test_a_repeated_header_fills_its_column_once_even_when_mapped() -> None:
    headers = ["Nombre", "País", "Nombre", "Teléfono", "Teléfono"]
    for mapping in (None, {"Nombre": "given_name", "País": "country", "Teléfono": "phone"}):
        plan = plan_columns(headers, mapping, source="f.csv")
        assert plan.columns == ("given_name", "country", "", "phone", "phone")
        assert plan.ignored == ("Nombre",)


def test_a_hint_in_brackets_is_not_part_of_the_name() -> None:
    assert guess_column("Fecha de nacimiento (dd/mm/aaaa)") == "birth_year"
    assert guess_column("Sexo [H/M]") == "sex"
    assert guess_column("Email (Primary)") == "email"
    assert guess_column("Teléfono (con código de área)") == "phone"
    assert guess_column("(sin nombre)") == ""
