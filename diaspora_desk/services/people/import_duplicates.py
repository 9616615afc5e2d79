"""Probable duplicates among imported rows: against people already registered and earlier rows.

A row is a probable duplicate of an existing person or an earlier row when it has the same
phone (E.164) or e-mail; or the same name words (any order, case and accents ignored), birth
year and country; or, within the same birth year, country and city, a name whose
rapidfuzz ``token_sort_ratio`` with the other is at least :data:`FUZZY_THRESHOLD` (compared
only with names whose family name starts with the same letter, which keeps the comparison
linear in the size of the file).

The database is asked once per rule for the whole file (in IN lists of :data:`CHUNK` keys),
and the people of each birth year, country and town once, however many rows live there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.domain.errors import msg
from diaspora_desk.domain.text import fold
from diaspora_desk.services.people.import_write import ImportRow

FUZZY_THRESHOLD = 90
CHUNK = 2000
"""Keys per IN (...) list: at most 3 parameters each, well under SQLite's 32,766 variables."""

T = TypeVar("T")
_Place = tuple[str, int | None, str]


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    row: int
    cells: dict[str, str]
    reason: str
    match_id: int | None
    """The existing person it probably is; None while it is an earlier row not yet written."""
    match_row: int | None = None


def find_duplicates(
    session: Session, rows: Sequence[ImportRow]
) -> tuple[list[ImportRow], list[DuplicateRow]]:
    """Split ``rows`` (in file order) into the rows to create and the probable duplicates."""
    existing = _existing_matches(session, rows) if _anyone_registered(session) else {}
    kept: list[ImportRow] = []
    duplicates: list[DuplicateRow] = []
    seen_phone: dict[str, int] = {}
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, int | None, str], int] = {}
    # Per place and initial: the earlier rows' numbers and their name tokens, side by side.
    seen_place: dict[tuple[str, int | None, str, str], tuple[list[int], list[str]]] = defaultdict(
        lambda: ([], [])
    )
    initials = _Initials()
    for item in rows:
        f = item.person.fields
        match = existing.get(item.row)
        if match is not None:
            duplicates.append(DuplicateRow(item.row, item.cells, match[1], match[0]))
            continue
        place = (f.country, f.birth_year, item.city_key, initials(f.family_name))
        earlier = next((seen_phone[p] for p in f.phones if p in seen_phone), None)
        reason = "same phone as row {row}"
        if earlier is None and f.email:
            earlier = seen_email.get(f.email.casefold())
            reason = "same e-mail as row {row}"
        if earlier is None and f.birth_year is not None:
            earlier = seen_name.get((item.tokens, f.birth_year, f.country))
            reason = "same name, birth year and country as row {row}"
        if earlier is None and f.birth_year is not None:
            earlier = _first_similar(item.tokens, *seen_place[place])
            reason = "similar name, same birth year, country and city as row {row}"
        if earlier is not None:
            duplicates.append(DuplicateRow(item.row, item.cells, msg(reason, row=earlier), None, earlier))
            continue
        kept.append(item)
        for phone in f.phones:
            seen_phone.setdefault(phone, item.row)
        if f.email:
            seen_email.setdefault(f.email.casefold(), item.row)
        seen_name.setdefault((item.tokens, f.birth_year, f.country), item.row)
        numbers, names = seen_place[place]
        numbers.append(item.row)
        names.append(item.tokens)
    return kept, duplicates


def _first_similar(tokens: str, numbers: list[int], names: list[str]) -> int | None:
    """The earliest of ``numbers`` whose name is at least :data:`FUZZY_THRESHOLD` similar."""
    if not names:
        return None
    # One call compares the whole block in C; matches are rare, so all of them come back.
    scores = process.extract(
        tokens, names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD, limit=None
    )
    return numbers[min(index for _name, _score, index in scores)] if scores else None


class _Initials:
    """Blocking key for fuzzy comparison: the first letter of the folded family name."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}  # family names repeat: fold each once

    def __call__(self, family_name: str) -> str:
        initial = self._known.get(family_name)
        if initial is None:
            initial = self._known[family_name] = fold(family_name)[:1]
        return initial


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _anyone_registered(session: Session) -> bool:
    return session.scalar(select(Person.id).where(Person.merged_into_id.is_(None)).limit(1)) is not None


def _existing_matches(session: Session, rows: Sequence[ImportRow]) -> dict[int, tuple[int, str]]:
    """Row number -> (person id, reason) for rows that match people already in the database."""
    found: dict[int, tuple[int, str]] = {}
    phones: dict[str, list[int]] = defaultdict(list)
    emails: dict[str, list[int]] = defaultdict(list)
    names: dict[tuple[str, int | None, str], list[int]] = defaultdict(list)
    for v in rows:
        f = v.person.fields
        for p in f.phones:
            phones[p].append(v.row)
        if f.email:
            emails[f.email.casefold()].append(v.row)
        if f.birth_year is not None:
            names[(v.tokens, f.birth_year, f.country)].append(v.row)
    _same_phones(session, phones, found)
    _same_emails(session, emails, found)
    _same_names(session, names, found)
    places: dict[_Place, list[ImportRow]] = defaultdict(list)
    for v in rows:
        f = v.person.fields
        if f.birth_year is not None and v.row not in found:
            places[(f.country, f.birth_year, v.city_key)].append(v)
    _similar_names(session, places, found)
    return found


def _same_phones(session: Session, phones: dict[str, list[int]], found: dict[int, tuple[int, str]]) -> None:
    """Rule 1 by phone: rows whose number (E.164) a registered person has."""
    for keys in _chunks(list(phones)):
        for pid, e164 in session.execute(
            select(PersonPhone.person_id, PersonPhone.e164)
            .join(Person, Person.id == PersonPhone.person_id)
            .where(PersonPhone.e164.in_(keys), Person.merged_into_id.is_(None))
        ):
            for row in phones[e164]:
                found.setdefault(
                    row, (int(pid), msg("same phone {phone} as person {id}", phone=e164, id=pid))
                )


def _same_emails(session: Session, emails: dict[str, list[int]], found: dict[int, tuple[int, str]]) -> None:
    """Rule 1 by e-mail, compared without case."""
    for keys in _chunks(list(emails)):
        for pid, email in session.execute(
            select(Person.id, Person.email_key).where(
                Person.email_key.in_(keys), Person.merged_into_id.is_(None)
            )
        ):
            for row in emails[email]:
                found.setdefault(row, (int(pid), msg("same e-mail as person {id}", id=pid)))


def _same_names(
    session: Session, names: dict[tuple[str, int | None, str], list[int]], found: dict[int, tuple[int, str]]
) -> None:
    """Rule 2: the same name words, birth year and country."""
    for name_keys in _chunks(list(names)):
        for pid, tokens, birth, country in session.execute(
            select(Person.id, Person.name_tokens, Person.birth_year, Person.country).where(
                tuple_(Person.name_tokens, Person.birth_year, Person.country).in_(name_keys),
                Person.merged_into_id.is_(None),
            )
        ):
            for row in names[(tokens, birth, country)]:
                found.setdefault(
                    row, (int(pid), msg("same name, birth year and country as person {id}", id=pid))
                )


def _similar_names(
    session: Session, places: dict[_Place, list[ImportRow]], found: dict[int, tuple[int, str]]
) -> None:
    """Rule 3 against the database: each place's people are read once, compared in C."""
    initials = _Initials()
    for place_keys in _chunks(list(places), CHUNK // 4):
        people: dict[_Place, list[tuple[int, str]]] = defaultdict(list)
        for pid, tokens, country, birth, city_key in session.execute(
            select(Person.id, Person.name_tokens, Person.country, Person.birth_year, Person.city_key)
            .where(
                tuple_(Person.country, Person.birth_year, Person.city_key).in_(place_keys),
                Person.merged_into_id.is_(None),
            )
            .order_by(Person.id)
        ):
            people[(country, birth, city_key)].append((int(pid), tokens))
        for place in place_keys:
            # Same blocking as within the file: the family name's first letter must begin a word.
            by_initial: dict[str, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
            for pid, tokens in people.get(place, ()):
                for letter in {word[:1] for word in tokens.split()}:
                    ids, names = by_initial[letter]
                    ids.append(pid)
                    names.append(tokens)
            for v in places[place]:
                candidates = by_initial.get(initials(v.person.fields.family_name))
                if candidates is None:
                    continue
                similar = _first_similar(v.tokens, *candidates)
                if similar is not None:
                    found[v.row] = (
                        similar,
                        msg("similar name, same birth year, country and city as person {id}", id=similar),
                    )
