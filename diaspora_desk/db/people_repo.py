"""Queries over people: search by name, phone or e-mail, filters, sorting and paging in SQL."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import phonenumbers
from sqlalchemy import ColumnElement, Select, and_, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from diaspora_desk.db.fts import fts_count
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import (
    Availability,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Qualification,
    country_term,
)
from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.queries import PeopleQuery, PeopleSort
from diaspora_desk.domain.text import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHONE_LIKE = re.compile(r"^[\d\s+()./-]{6,}$")
# Fewer people than this outside a searched country: the country is read from the matched rows
# instead of being a term of the full-text expression (see _country_in_index).
_FEW_OUTSIDE = 2000
CONSENT_COLUMNS = {
    "consular_contact": Person.consent_contact,
    "skills_inventory": Person.consent_skills,
    "campaigns": Person.consent_campaigns,
    "sharing_for_matching": Person.consent_sharing,
}


def name_tokens(given: str, family: str) -> str:
    """Folded name words, sorted: equal for "Ana María López" and "lopez ana maria"."""
    return " ".join(sorted(_TOKEN.findall(fold(f"{given} {family}"))))


def name_match(text_query: str, country: str | None = None) -> str | None:
    """FTS5 expression: every word a prefix of a name word; the country kept in the index too."""
    tokens = _TOKEN.findall(fold(text_query))
    if not tokens:
        return None
    words = " AND ".join(f'"{token}"*' for token in tokens[:16])
    match = f"{{name_key original_script_name}} : ({words})"
    if country:
        match += f' AND country_term : "{country_term(country)}"'
    return match


def looks_like_phone(raw: str) -> bool:
    """Whether a search text is read as a phone number (then the host country's region matters)."""
    return bool(_PHONE_LIKE.match(raw.strip()))


def _phone(raw: str, region: str | None) -> str | None:
    if not _PHONE_LIKE.match(raw):
        return None
    try:
        number = phonenumbers.parse(raw, region or None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _text_condition(query: PeopleQuery, region: str | None, fts_country: bool) -> ColumnElement[bool] | None:
    raw = query.text.strip()
    if not raw:
        return None
    if "@" in raw:
        return Person.email_key == raw.casefold()
    e164 = _phone(raw, query.country or region)
    if e164 is not None:
        return Person.id.in_(select(PersonPhone.person_id).where(PersonPhone.e164 == e164))
    # Person.country is checked too (_filtered), so the index term only narrows the matches early.
    match = name_match(raw, query.country if fts_country else None)
    if match is None:
        return None
    return Person.id.in_(_fts_ids(match))


def _filtered(
    base: Select[Any], query: PeopleQuery, region: str | None, *, fts_country: bool = True
) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = [Person.merged_into_id.is_(None)]
    text_condition = _text_condition(query, region, fts_country)
    if text_condition is not None:
        conditions.append(text_condition)
    if query.country:
        conditions.append(Person.country == query.country)
    if query.city:
        conditions.append(Person.city_key == fold(query.city))
    conditions.extend(_skill_conditions(query))
    conditions.extend(_standing_conditions(query))
    return base.where(and_(*conditions))


def _skill_conditions(query: PeopleQuery) -> list[ColumnElement[bool]]:
    """The filters on what a person can do: occupation, education, language, availability."""
    conditions: list[ColumnElement[bool]] = []
    if query.isco:
        conditions.append(
            exists().where(
                PersonOccupation.person_id == Person.id, PersonOccupation.isco_code.startswith(query.isco)
            )
        )
    if query.min_isced is not None:
        conditions.append(
            exists().where(Qualification.person_id == Person.id, Qualification.isced_level >= query.min_isced)
        )
    if query.language:
        conditions.append(
            exists().where(PersonLanguage.person_id == Person.id, PersonLanguage.language == query.language)
        )
    if query.available_on is not None:
        day = query.available_on
        conditions.append(
            exists().where(
                Availability.person_id == Person.id,
                Availability.starts_on <= day,
                or_(Availability.ends_on.is_(None), Availability.ends_on >= day),
            )
        )
    return conditions


def _standing_conditions(query: PeopleQuery) -> list[ColumnElement[bool]]:
    """The filters on a person's standing: membership, consent given, archived or not."""
    conditions: list[ColumnElement[bool]] = []
    if query.association_id is not None:
        conditions.append(
            exists().where(
                Membership.person_id == Person.id, Membership.association_id == query.association_id
            )
        )
    if query.consent:
        conditions.append(CONSENT_COLUMNS[query.consent].is_(True))
    if query.archive is ArchiveFilter.ACTIVE:
        conditions.append(Person.archived_at.is_(None))
    elif query.archive is ArchiveFilter.ARCHIVED:
        conditions.append(Person.archived_at.is_not(None))
    return conditions


def _plain_name_match(query: PeopleQuery, *, with_country: bool = True) -> str | None:
    """The FTS expression of a name search with no filter but country and archive, else None."""
    plain = dataclasses.replace(
        query, text="", country=None, archive=ArchiveFilter.ACTIVE, sort=PeopleSort.NAME, descending=False
    )
    if (
        plain != PeopleQuery()
        or not query.text.strip()
        or "@" in query.text
        or _PHONE_LIKE.match(query.text.strip())
    ):
        return None
    return name_match(query.text, query.country if with_country else None)


def _fts_ids(match: str) -> Any:
    ids = text("SELECT rowid FROM person_fts WHERE person_fts MATCH :pmatch").bindparams(pmatch=match)
    return ids.columns(literal_column("rowid"))


def _country_in_index(session: Session, country: str | None) -> bool:
    """Whether a search's country is worth a term of the full-text expression.

    That term reads every index entry of the country: when the country holds nearly everyone
    (the people of one host country), it costs several times the name words, and reading the
    country from the matched rows (always checked as well) is cheaper. Results are the same.
    """
    if not country:
        return False
    outside = text(
        "SELECT count(*) FROM (SELECT 1 FROM person WHERE country < :c OR country > :c LIMIT :cap)"
    ).bindparams(c=country, cap=_FEW_OUTSIDE)
    return int(session.execute(outside).scalar_one()) >= _FEW_OUTSIDE


def count(session: Session, query: PeopleQuery, region: str | None = None) -> int:
    """``region`` reads phone numbers typed in national format (the host country)."""
    fts_country = _country_in_index(session, query.country)
    plain = _plain_name_match(query, with_country=fts_country)
    if plain is not None and query.archive is not ArchiveFilter.ARCHIVED:
        # Matches in the index less the few hidden ones: no join over them all.
        total = fts_count(session, "person_fts", plain)
        return total - _hidden_matches(session, query, fts_country, _fts_ids(plain))
    counted = _filtered(select(func.count()).select_from(Person), query, region, fts_country=fts_country)
    return int(session.scalar(counted) or 0)


def _hidden_matches(session: Session, query: PeopleQuery, fts_country: bool, matched: Any) -> int:
    """How many of a plain name search's index matches (``matched``, a subquery of ids) the list
    does not show: archived or merged people and, when the country is not a term of the
    expression, the few visible ones living elsewhere.

    The archived index and the country index drive those look-ups, so the matches are only
    gathered when someone is archived, or lives elsewhere, at all.
    """
    hidden = (
        Person.archived_at.is_not(None)
        if query.archive is ArchiveFilter.ACTIVE
        else (Person.merged_into_id.is_not(None))
    )
    excluded = int(
        session.scalar(
            select(func.count())
            .select_from(Person)
            .where(hidden, Person.archived_at.is_not(None), Person.id.in_(matched))
            .with_hint(Person, "INDEXED BY ix_person_archived", dialect_name="sqlite")
        )
        or 0
    )
    if query.country and not fts_country:
        visible = (
            Person.archived_at.is_(None)
            if query.archive is ArchiveFilter.ACTIVE
            else Person.merged_into_id.is_(None)
        )
        elsewhere = (Person.country < query.country) | (Person.country > query.country)
        excluded += int(
            session.scalar(
                select(func.count())
                .select_from(Person)
                .where(elsewhere, visible, Person.id.in_(matched))
                .with_hint(Person, "INDEXED BY ix_person_place", dialect_name="sqlite")
            )
            or 0
        )
    return excluded


def registry_size(session: Session) -> int:
    """About how many people are registered, for choosing between walking the name index and
    sorting matches: the highest id (one index look-up; archived, merged and erased people make
    it an overestimate)."""
    return int(session.scalar(select(func.max(Person.id))) or 0)


_MATCHES = "temp.person_matches"  # one per connection: a worker thread has its own


def _gather_matches(session: Session, match: str) -> tuple[Any, int]:
    """A plain name search's index matches, read once into a temporary table: (a subquery of
    their ids, how many).

    Deciding how to reach the page, the page itself and its count all need the matches. Each
    evaluation of a prefix expression merges the index entries of every word it starts (for
    "mende", ~50,000 entries at a million people), so it is done once, not three times; the
    table's ids are in order and its look-ups are by integer key.
    """
    connection = session.connection().connection.driver_connection
    assert connection is not None
    connection.execute(f"CREATE TABLE IF NOT EXISTS {_MATCHES} (id INTEGER PRIMARY KEY)")
    connection.execute(f"DELETE FROM {_MATCHES}")
    found = connection.execute(
        f"INSERT INTO {_MATCHES} (id) SELECT rowid FROM person_fts WHERE person_fts MATCH ?", (match,)
    ).rowcount
    ids = text(f"SELECT id FROM {_MATCHES}").columns(literal_column("id"))
    return ids, int(found)


def _walks_name_index(session: Session, matches: int, end: int) -> bool:
    """Whether walking the name index finds rows ``end - limit`` to ``end`` sooner than sorting
    the matches.

    Sorting reads every match (~3 µs each); the walk passes about ``end * people / matches``
    entries of the index (~1 µs each, matches spread over the alphabet), so it wins when
    ``matches² > end * people / 3``: from ~8,000 matches for the first page of a million people.
    """
    return matches * matches * 3 > end * registry_size(session)


def page(
    session: Session, query: PeopleQuery, offset: int, limit: int, region: str | None = None
) -> list[tuple[Any, ...]]:
    """Rows: id, given, family, birth_year, country, city, occupation, isced, phone, email, sharing."""
    return _page(session, query, offset, limit, region, with_total=False)[1]


def first_page(
    session: Session, query: PeopleQuery, limit: int, region: str | None = None
) -> tuple[int, list[tuple[Any, ...]]]:
    """``count`` and ``page(0, limit)`` in one go (what a list shows after each keystroke).

    A plain name search counts the matches it gathered for the page (less the hidden ones)
    instead of evaluating the full-text expression again to count them.
    """
    total, rows = _page(session, query, 0, limit, region, with_total=True)
    return (count(session, query, region) if total is None else total), rows


def _page(
    session: Session,
    query: PeopleQuery,
    offset: int,
    limit: int,
    region: str | None,
    *,
    with_total: bool,
) -> tuple[int | None, list[tuple[Any, ...]]]:
    """(count, page rows): the count when it came with the page's own read, else None."""
    # The first occupation with its ISCO-08 code before it (ESCO titles are English only), first
    # so that a narrow column cuts the title, not the code.
    occupation = (
        select(PersonOccupation.isco_code + " " + PersonOccupation.title)
        .where(PersonOccupation.person_id == Person.id)
        .order_by(PersonOccupation.id)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )
    isced = (
        select(func.max(Qualification.isced_level))
        .where(Qualification.person_id == Person.id)
        .correlate(Person)
        .scalar_subquery()
    )
    phone = (
        select(PersonPhone.e164)
        .where(PersonPhone.person_id == Person.id)
        .order_by(PersonPhone.position)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )
    columns = (
        Person.id,
        Person.given_name,
        Person.family_name,
        Person.birth_year,
        Person.country,
        Person.city,
        occupation,
        isced,
        phone,
        Person.email,
        Person.consent_sharing,
    )
    sort = {
        PeopleSort.NAME: (Person.family_name, Person.given_name),
        PeopleSort.BIRTH_YEAR: (Person.birth_year,),
        PeopleSort.COUNTRY: (Person.country,),
        PeopleSort.CITY: (Person.city_key,),
    }[query.sort]
    order: list[Any] = [c.desc() if query.descending else c.asc() for c in sort]
    order.append(Person.id.desc() if query.descending else Person.id.asc())
    fts_country = _country_in_index(session, query.country)
    plain = None
    if query.sort is PeopleSort.NAME and query.archive is not ArchiveFilter.ARCHIVED:
        plain = _plain_name_match(dataclasses.replace(query, descending=False), with_country=fts_country)
    base: Select[Any] = select(Person.id)
    if plain is None:  # not a plain name search: the page is selected by the filters alone
        stmt = _filtered(base, query, region, fts_country=fts_country)
        total = None
    else:
        matched, found = _gather_matches(session, plain)
        stmt = _filtered(base, dataclasses.replace(query, text=""), region).where(Person.id.in_(matched))
        if _walks_name_index(session, found, offset + limit):
            # Walk the name index in order and stop after the page, instead of sorting every match.
            index = (
                "ix_person_active_name" if query.archive is ArchiveFilter.ACTIVE else "ix_person_sort_name"
            )
            stmt = stmt.with_hint(Person, f"INDEXED BY {index}", dialect_name="sqlite")
        total = found - _hidden_matches(session, query, fts_country, matched) if with_total else None
    # The page's ids first, then its columns: SQLite computes a row's columns (three look-ups)
    # before sorting, so selecting them with the sort would compute them for every match.
    ids = stmt.order_by(*order).offset(offset).limit(limit).subquery()
    rows = select(*columns).join(ids, ids.c.id == Person.id).order_by(*order)
    return total, [tuple(row) for row in session.execute(rows)]


def active_consent(session: Session, person_id: int, purpose: str) -> Consent | None:
    return session.scalar(
        select(Consent)
        .where(Consent.person_id == person_id, Consent.purpose == purpose, Consent.withdrawn_on.is_(None))
        .order_by(Consent.id.desc())
        .limit(1)
    )
