"""People search (name in any order, phone, e-mail), every filter, sort orders and counts in SQL."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.fts import fts_count
from diaspora_desk.db.migrate import open_database
from diaspora_desk.db.models import Association, Consent
from diaspora_desk.db.people_models import (
    Availability,
    IscoGroup,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Qualification,
)
from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.queries import PeopleQuery, PeopleSort
from diaspora_desk.domain.text import fold

# -- the search expression ------------------------------------------------------------------


def test_name_tokens_ignore_word_order_case_and_accents() -> None:
    assert repo.name_tokens("Ana María", "López") == "ana lopez maria"
    assert repo.name_tokens("lopez", "ANA maria") == repo.name_tokens("Ana María", "López")


def test_a_name_search_matches_word_prefixes_in_the_name_columns_and_the_country() -> None:
    assert repo.name_match("  Cúmez  ana ") == '{name_key original_script_name} : ("cumez"* AND "ana"*)'
    assert (
        repo.name_match("ana", "GT") == '{name_key original_script_name} : ("ana"*) AND country_term : "0gt"'
    )
    assert repo.name_match("--", "GT") is None


@pytest.mark.parametrize(
    ("typed", "phone"),
    [
        ("(213) 555-0147", True),
        ("+1 213.555.0147", True),
        ("5550147", True),
        ("12345", False),  # too short to be a phone number: a search for a name or a number in it
        ("Ana 555 0147", False),
        ("ana@example.org", False),
    ],
)
def test_what_reads_as_a_phone_number(typed: str, phone: bool) -> None:
    assert repo.looks_like_phone(typed) is phone


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, "GT", "US"]))
def test_any_name_search_gives_an_expression_sqlite_accepts_or_none(typed: str, country: str | None) -> None:
    """Whatever an officer types, the search never fails with an FTS5 syntax error."""
    expression = repo.name_match(typed, country)
    if expression is None:
        assert not re.findall(r"\w", fold(typed))
        return
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE VIRTUAL TABLE p USING fts5(name_key, original_script_name, country_term,"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        connection.execute("SELECT count(*) FROM p WHERE p MATCH ?", (expression,)).fetchone()
    finally:
        connection.close()


# -- searching and filtering a small registry -------------------------------------------------

ARCHIVED = dt.datetime(2026, 6, 1)
# The database, and (id, given, family, country, archived_at) of everyone not merged.
Crowd = tuple[Database, list[tuple[Any, ...]]]


def _person(given: str, family: str, **columns: Any) -> dict[str, Any]:
    city = columns.pop("city", "")
    email = columns.pop("email", "")
    return {
        "given_name": given,
        "family_name": family,
        "name_key": fold(f"{given} {family}"),
        "name_tokens": repo.name_tokens(given, family),
        "nationality": "GT",
        "country": "US",
        "city": city,
        "city_key": fold(city),
        "email": email,
        "email_key": email.casefold(),
        **columns,
    }


@pytest.fixture
def registry(database: Database) -> Database:
    """Six people: four listed, one archived, one merged into Ana María López."""
    with database.unit_of_work(write=True) as uow:
        session = uow.session
        session.add_all(
            IscoGroup(code=code, level=4, label=code) for code in ("2221", "2222", "2512", "7112")
        )
        session.add(Association(id=1, name="Club", name_key="club", type="other", country="US"))
        people = [
            _person(
                "Ana María",
                "López",
                city="Los Angeles",
                birth_year=1980,
                consent_sharing=True,
                email="Ana.Lopez@Example.org",
            ),
            _person("José", "Pérez", city="Fresno", birth_year=1975),
            _person("María Ana", "Cúmez", country="GT", city="Quetzaltenango", birth_year=1990),
            _person("Lucía", "Archivada", birth_year=1985, archived_at=ARCHIVED),
            _person("Ana", "Duplicada", birth_year=1980),
            _person("Ixchel", "Tzul", country="MX", city="Tijuana"),
        ]
        session.execute(insert(Person), people)
        uow.commit()
    with database.unit_of_work(write=True) as uow:
        session = uow.session
        # A merge archives the record it merges (the counts rely on it).
        session.execute(update(Person).where(Person.id == 5).values(merged_into_id=1, archived_at=ARCHIVED))
        session.add_all(
            [
                PersonPhone(person_id=1, e164="+12135550147"),
                PersonPhone(person_id=2, e164="+15595550100"),
                PersonOccupation(person_id=1, isco_code="2221", title="Nurse"),
                PersonOccupation(person_id=2, isco_code="2512", title="Developer"),
                PersonOccupation(person_id=3, isco_code="2222", title="Midwife"),
                PersonOccupation(person_id=6, isco_code="7112", title="Bricklayer"),
                Qualification(person_id=1, isced_level=6),
                Qualification(person_id=2, isced_level=7),
                Qualification(person_id=3, isced_level=4),
                PersonLanguage(person_id=1, language="es", level=6),
                PersonLanguage(person_id=1, language="en", level=4),
                PersonLanguage(person_id=2, language="en", level=5),
                Availability(person_id=1, starts_on=dt.date(2027, 1, 1), ends_on=dt.date(2027, 3, 31)),
                Availability(person_id=2, starts_on=dt.date(2026, 12, 1), ends_on=None),
                Membership(person_id=1, association_id=1),
                Membership(person_id=3, association_id=1),
            ]
        )
        uow.commit()
    return database


def _ids(database: Database, query: PeopleQuery, region: str | None = None) -> list[int]:
    with database.unit_of_work() as uow:
        rows = repo.page(uow.session, query, 0, 100, region)
        assert repo.count(uow.session, query, region) == len(rows)  # the count the list shows
        assert repo.first_page(uow.session, query, 100, region) == (len(rows), rows)  # both in one read
        return [int(row[0]) for row in rows]


@pytest.mark.parametrize(
    ("query", "region", "ids"),
    [
        (PeopleQuery(), None, [3, 1, 2, 6]),
        (PeopleQuery(text="ana"), None, [3, 1]),
        (PeopleQuery(text="lopez ANA"), None, [1]),
        (PeopleQuery(text="mar cum"), None, [3]),
        (PeopleQuery(text="ana", country="GT"), None, [3]),
        (PeopleQuery(text="(213) 555-0147"), "US", [1]),
        (PeopleQuery(text="+1 559 555 0100"), None, [2]),
        (PeopleQuery(text="ana.lopez@EXAMPLE.org"), None, [1]),
        (PeopleQuery(text='"; DROP TABLE person; --'), None, []),
        (PeopleQuery(country="GT"), None, [3]),
        (PeopleQuery(city="FRESNO"), None, [2]),
        (PeopleQuery(isco="22"), None, [3, 1]),
        (PeopleQuery(isco="2221"), None, [1]),
        (PeopleQuery(min_isced=6), None, [1, 2]),
        (PeopleQuery(language="en"), None, [1, 2]),
        (PeopleQuery(available_on=dt.date(2027, 2, 1)), None, [1, 2]),
        (PeopleQuery(available_on=dt.date(2027, 5, 1)), None, [2]),
        (PeopleQuery(available_on=dt.date(2026, 11, 1)), None, []),
        (PeopleQuery(association_id=1), None, [3, 1]),
        (PeopleQuery(consent="sharing_for_matching"), None, [1]),
        (PeopleQuery(archive=ArchiveFilter.ARCHIVED), None, [4]),
        (PeopleQuery(archive=ArchiveFilter.ALL), None, [4, 3, 1, 2, 6]),
        (PeopleQuery(text="lucia", archive=ArchiveFilter.ALL), None, [4]),
        (PeopleQuery(text="duplicada", archive=ArchiveFilter.ALL), None, []),  # merged: never listed
        (PeopleQuery(isco="2", min_isced=5, language="en", country="US"), None, [1, 2]),
    ],
)
def test_search_and_filters_list_the_right_people_and_count_them(
    registry: Database, query: PeopleQuery, region: str | None, ids: list[int]
) -> None:
    assert _ids(registry, query, region) == ids


def test_sort_orders_and_their_reverse(registry: Database) -> None:
    by_year = PeopleQuery(sort=PeopleSort.BIRTH_YEAR)
    assert _ids(registry, by_year) == [6, 2, 1, 3]  # no birth year first
    assert _ids(registry, PeopleQuery(sort=PeopleSort.BIRTH_YEAR, descending=True)) == [3, 1, 2, 6]
    assert _ids(registry, PeopleQuery(sort=PeopleSort.CITY)) == [2, 1, 3, 6]
    assert _ids(registry, PeopleQuery(sort=PeopleSort.COUNTRY, descending=True)) == [2, 1, 6, 3]
    assert _ids(registry, PeopleQuery(descending=True)) == [6, 2, 1, 3]


def test_a_row_shows_the_first_occupation_phone_and_highest_qualification(registry: Database) -> None:
    with registry.unit_of_work() as uow:
        (row,) = repo.page(uow.session, PeopleQuery(text="lopez"), 0, 10)
    assert row == (
        1,
        "Ana María",
        "López",
        1980,
        "US",
        "Los Angeles",
        "2221 Nurse",  # with its ISCO-08 code: ESCO titles are English only
        6,
        "+12135550147",
        "Ana.Lopez@Example.org",
        True,
    )


def test_the_current_consent_for_a_purpose(registry: Database) -> None:
    with registry.unit_of_work(write=True) as uow:
        for given, withdrawn in ((dt.date(2026, 1, 1), dt.date(2026, 2, 1)), (dt.date(2026, 3, 1), None)):
            uow.session.add(
                Consent(
                    person_id=1,
                    purpose="campaigns",
                    given_on=given,
                    how_given="form",
                    withdrawn_on=withdrawn,
                    recorded_by="T",
                )
            )
        uow.commit()
    with registry.unit_of_work() as uow:
        current = repo.active_consent(uow.session, 1, "campaigns")
        assert current is not None
        assert current.given_on == dt.date(2026, 3, 1)
        assert repo.active_consent(uow.session, 1, "sharing_for_matching") is None


# -- a registry large enough for the index routes ------------------------------------------------


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crowd]:
    """2,100 people in the US and 40 in Guatemala, most named Ana, some archived or merged.

    Enough for both routes a name search can take: walking the name index (many matches) and
    sorting the matches (few), and for the country to be a term of the index expression or not.
    """
    database = open_database(tmp_path_factory.mktemp("crowd") / "crowd.sqlite")
    families = ["Álvarez", "Cúmez", "López", "Pérez", "Tzul", "Xol", "Yax"]
    rows = []
    for n in range(2140):
        given = "Ana" if n % 5 else "Rosa"
        family = families[n % len(families)]
        rows.append(
            _person(
                given,
                f"{family} {n:04d}",
                country="GT" if n >= 2100 else "US",
                archived_at=ARCHIVED if n % 97 == 0 else None,
            )
        )
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(insert(Person), rows)
        merged = update(Person).where(Person.id % 89 == 0).values(merged_into_id=1, archived_at=ARCHIVED)
        uow.session.execute(merged)
        uow.commit()
    with database.unit_of_work() as uow:
        columns = (Person.id, Person.given_name, Person.family_name, Person.country, Person.archived_at)
        listed = [
            tuple(row) for row in uow.session.execute(select(*columns).where(Person.merged_into_id.is_(None)))
        ]
    yield database, listed
    database.dispose()


@pytest.mark.parametrize("archive", list(ArchiveFilter))
@pytest.mark.parametrize(
    ("text", "country"), [("ana", None), ("ana", "US"), ("ana", "GT"), ("rosa xol", None)]
)
@pytest.mark.parametrize(("offset", "descending"), [(0, False), (0, True), (600, False)])
def test_a_broad_name_search_lists_and_counts_exactly_the_matching_people(
    crowd: Crowd, text: str, country: str | None, archive: ArchiveFilter, offset: int, descending: bool
) -> None:
    database, listed = crowd
    words = text.split()
    expected = sorted(
        (
            (family, given, pid)
            for pid, given, family, where, archived_at in listed
            if all(any(w.startswith(word) for w in fold(f"{given} {family}").split()) for word in words)
            and (country is None or where == country)
            and (archive is ArchiveFilter.ALL or (archive is ArchiveFilter.ACTIVE) == (archived_at is None))
        ),
        reverse=descending,
    )
    query = PeopleQuery(text=text, country=country, archive=archive, descending=descending)
    with database.unit_of_work() as uow:
        assert repo.count(uow.session, query) == len(expected)
        page = repo.page(uow.session, query, offset, 20)
        if offset == 0:  # what the list reads after each keystroke: the same count and rows at once
            assert repo.first_page(uow.session, query, 20) == (len(expected), page)
    assert [int(row[0]) for row in page] == [pid for _f, _g, pid in expected[offset : offset + 20]]


def test_a_name_word_spelt_like_the_host_countrys_code_finds_only_that_name(database: Database) -> None:
    # "Us" is a K'iche' surname and "us" the code of the country everyone here lives in: the
    # index must not hold the code as a word, or this search would read an entry per resident.
    with database.unit_of_work(write=True) as uow:
        people = [_person("Ana", "Us"), _person("Rosa", "Usulután"), _person("José", "Pérez")]
        uow.session.execute(insert(Person), [*people, *(_person("Ana", f"Xol {n}") for n in range(20))])
        uow.commit()
    with database.unit_of_work() as uow:
        total, rows = repo.first_page(uow.session, PeopleQuery(text="us"), 50)
        assert (total, [row[2] for row in rows]) == (2, ["Us", "Usulután"])
        assert fts_count(uow.session, "person_fts", '"us"') == 1  # in any column: the surname only
        assert repo.count(uow.session, PeopleQuery(text="ana", country="US")) == 21


def test_a_plain_name_search_evaluates_the_full_text_expression_once(crowd: Crowd) -> None:
    # Each evaluation of a prefix expression reads every index entry of the words it starts
    # (~50,000 for a common surname at a million people): the page, the choice between walking
    # the name index and sorting, and the count share one.
    database, _listed = crowd
    statements: list[str] = []
    with database.unit_of_work() as uow:
        driver = uow.session.connection().connection.driver_connection
        assert driver is not None
        driver.set_trace_callback(statements.append)
        try:
            for text in ("ana", "rosa xol"):  # walks the name index; sorts its few matches
                statements.clear()
                total, rows = repo.first_page(uow.session, PeopleQuery(text=text), 20)
                assert total > len(rows) > 0
                assert sum("MATCH" in statement for statement in statements) == 1, statements
        finally:
            driver.set_trace_callback(None)
