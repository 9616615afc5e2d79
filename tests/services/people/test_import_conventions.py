"""A file's date columns and sex column read by their habit, or refused naming the column."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.file_values import DateOrder, SexLetters
from diaspora_desk.services.people.import_conventions import infer_conventions
from diaspora_desk.services.people.import_headers import plan_columns

HEADERS = ["Nombre", "País", "Sexo", "Fecha de nacimiento", "Disponible desde"]


def _infer(
    rows: list[list[str]], order: DateOrder | None = None
) -> tuple[dict[str, DateOrder | None], SexLetters]:
    plan = plan_columns(HEADERS, source="f.csv")
    conventions, _notes = infer_conventions(plan, list(enumerate(rows, start=2)), order, source="f.csv")
    return conventions.date_orders, conventions.sex_letters


def test_each_column_shows_its_order() -> None:
    orders, letters = _infer(
        [["A", "US", "H", "14/03/1985", "2027-01-02"], ["B", "US", "M", "03/04/1985", ""]]
    )
    assert orders == {"birth_year": DateOrder.DMY, "available_from": DateOrder.YMD}
    assert letters is SexLetters.HM


def test_a_column_that_reads_two_ways_takes_the_files_order() -> None:
    orders, _letters = _infer([["A", "US", "", "14/03/1985", "02/01/2027"]])
    assert orders["available_from"] is DateOrder.DMY


def test_a_given_order_applies_to_every_date_column() -> None:
    orders, _letters = _infer([["A", "US", "", "03/04/1985", "02/01/2027"]], DateOrder.MDY)
    assert orders == {"birth_year": DateOrder.MDY, "available_from": DateOrder.MDY}


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([["A", "US", "", "03/04/1985", ""]], "column 'Fecha de nacimiento' has dates such as 03/04/1985"),
        (
            [["A", "US", "", "14/03/1985", ""], ["B", "US", "", "03/14/1985", ""]],
            r"column 'Fecha de nacimiento' has day-first dates \(14/03/1985\) and month-first",
        ),
    ],
)
def test_a_column_that_cannot_be_settled_is_refused_by_name(rows: list[list[str]], problem: str) -> None:
    with pytest.raises(KnownError, match=problem):
        _infer(rows)
