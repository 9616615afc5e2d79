"""Association search, counts and sort orders computed in SQL, and the duplicate check."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.db import association_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.fts import BROAD_MATCH
from diaspora_desk.db.models import Association, Interaction
from diaspora_desk.domain.association_query import ArchiveFilter, AssociationQuery, AssociationSort
from diaspora_desk.domain.text import fold
from tests.db.conftest import AddAssociation

# -- the search expression ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("asoc", '"asoc"*'),
        ("  Asociación  ÑANDÚ ", '"asociacion"* "nandu"*'),
        ("o'brien", '"o"* "brien"*'),
        ('"quoted" words', '"quoted"* "words"*'),
        ('"; DROP TABLE association; --', '"drop"* "table"* "association"*'),
        ("name:x OR y NEAR(z)", '"name"* "x"* "or"* "y"* "near"* "z"*'),
        ("Ελληνική", '"ελληνικη"*'),
    ],
)
def test_every_word_becomes_a_quoted_prefix(typed: str, expression: str) -> None:
    assert repo.fts_expression(typed) == expression


@pytest.mark.parametrize("typed", ["", "   ", "--", '"', "*", "()", "!?"])
def test_text_without_words_searches_nothing(typed: str) -> None:
    assert repo.fts_expression(typed) is None


def test_only_the_first_sixteen_words_are_searched() -> None:
    expression = repo.fts_expression(" ".join(f"w{n}" for n in range(40)))
    assert expression is not None
    assert expression.split() == [f'"w{n}"*' for n in range(16)]


def _fts5() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(name_key, acronym, city_key,"
        " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    return connection


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_an_expression_sqlite_accepts_or_none(typed: str) -> None:
    """Whatever an officer types, the search never fails with an FTS5 syntax error."""
    expression = repo.fts_expression(typed)
    if expression is None:
        assert not re.findall(r"\w", fold(typed))
        return
    assert re.fullmatch(r'"\w+"\*( "\w+"\*)*', expression)
    connection = _fts5()
    try:
        connection.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()
    finally:
        connection.close()


# -- counts, pages and sort orders ------------------------------------------------------------


def _names(database: Database, query: AssociationQuery, offset: int = 0, limit: int = 100) -> list[str]:
    with database.unit_of_work() as uow:
        return [str(row[1]) for row in repo.page(uow.session, query, offset, limit)]


def _count(database: Database, query: AssociationQuery) -> int:
    with database.unit_of_work() as uow:
        return repo.count(uow.session, query)


@pytest.mark.parametrize("archive", list(ArchiveFilter))
@pytest.mark.parametrize("text", ["", "asoc", "fres", "club asoc", "nothing"])
def test_the_count_is_the_number_of_rows_the_list_holds(
    database: Database, add_association: AddAssociation, text: str, archive: ArchiveFilter
) -> None:
    add_association("Asociación Ñandú", city="Fresno")
    add_association("Asociación Cerrada", city="Fresno", archived=True)
    add_association("Club Asociado", city="Phoenix", archived=True)
    add_association("Club Uno", city="Los Angeles", country="MX")
    query = AssociationQuery(text=text, archive=archive)
    assert _count(database, query) == len(_names(database, query))


def test_the_last_contact_sort_puts_associations_never_contacted_first_then_by_name(
    database: Database, add_association: AddAssociation
) -> None:
    dates = {"Beta": dt.date(2026, 3, 1), "Alfa": dt.date(2026, 5, 1), "Gamma": dt.date(2026, 3, 1)}
    ids = {name: add_association(name) for name in ("Gamma", "Beta", "Alfa", "Delta")}
    with database.unit_of_work(write=True) as uow:
        for name, day in dates.items():
            uow.session.add(
                Interaction(association_id=ids[name], occurred_on=day, kind="call", officer="T", summary="")
            )
        uow.commit()
    by_contact = AssociationQuery(sort=AssociationSort.LAST_CONTACT)
    assert _names(database, by_contact) == ["Delta", "Beta", "Gamma", "Alfa"]
    with database.unit_of_work() as uow:
        last = {row[1]: row[9] for row in repo.page(uow.session, by_contact, 0, 10)}
    assert last == {**dates, "Delta": None}
    latest_first = AssociationQuery(sort=AssociationSort.LAST_CONTACT, descending=True)
    # Ties stay in name order whichever way the column is sorted.
    assert _names(database, latest_first) == ["Alfa", "Beta", "Gamma", "Delta"]


def test_names_sort_ignoring_case_and_accents_and_pages_do_not_overlap(
    database: Database, add_association: AddAssociation
) -> None:
    for name in ("ñandú", "Nube", "Álamo", "alba", "Zorro", "Oso"):
        add_association(name)
    everything = _names(database, AssociationQuery())
    assert everything == ["Álamo", "alba", "ñandú", "Nube", "Oso", "Zorro"]
    pages = [_names(database, AssociationQuery(), offset, 2) for offset in (0, 2, 4)]
    assert [name for page in pages for name in page] == everything
    assert _names(database, AssociationQuery(descending=True)) == everything[::-1]


def test_a_broad_search_still_lists_its_first_page_in_name_order(database: Database) -> None:
    """Over BROAD_MATCH matches the list walks the name index instead of sorting every match."""
    names = [f"Asociación {n:05d}" for n in range(BROAD_MATCH + 50, 0, -1)]
    with database.unit_of_work(write=True) as uow:
        uow.session.add_all(
            Association(name=name, name_key=fold(name), type="other", country="US") for name in names
        )
        uow.commit()
    query = AssociationQuery(text="asoc")
    assert _count(database, query) == len(names)
    assert _names(database, query, 0, 3) == ["Asociación 00001", "Asociación 00002", "Asociación 00003"]
    assert _names(database, query, len(names) - 1, 3) == [f"Asociación {len(names):05d}"]


# -- duplicates and the country filter -----------------------------------------------------------


def test_a_duplicate_has_the_same_folded_name_country_and_city(
    database: Database, add_association: AddAssociation
) -> None:
    first = add_association("Asociación Ñandú", city="Fresno")
    with database.unit_of_work() as uow:
        session = uow.session
        assert repo.find_duplicate(session, fold("ASOCIACION NANDU"), "US", fold("fresno"), None) == first
        assert repo.find_duplicate(session, fold("Asociación Ñandú"), "US", fold("Fresno"), first) is None
        assert repo.find_duplicate(session, fold("Asociación Ñandú"), "MX", fold("Fresno"), None) is None
        assert repo.find_duplicate(session, fold("Asociación Ñandú"), "US", fold("Phoenix"), None) is None


def test_countries_in_use_are_listed_once_in_code_order(
    database: Database, add_association: AddAssociation
) -> None:
    for country in ("US", "MX", "US", "CA"):
        add_association(f"Club {country}", country=country)
    with database.unit_of_work() as uow:
        assert repo.countries_in_use(uow.session) == ["CA", "MX", "US"]
