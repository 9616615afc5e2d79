"""Import nationals abroad from CSV/XLSX: validate, hold back probable duplicates, write at once.

A row is a probable duplicate of an existing person or an earlier row when it has the same
phone (E.164) or e-mail; or the same name words (any order, case and accents ignored), birth
year and country; or, within the same birth year, country and city, a name whose
rapidfuzz ``token_sort_ratio`` with the other is at least :data:`FUZZY_THRESHOLD` (compared
only with names whose family name starts with the same letter, which keeps the comparison
linear in the size of the file).
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from diaspora_desk.db import people_repo as repo
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.domain.errors import Cancelled, KnownError, ValidationError
from diaspora_desk.domain.people import PersonDraft, PersonFields, validate_person
from diaspora_desk.domain.text import fold
from diaspora_desk.services.association_io import Rejection
from diaspora_desk.services.clock import Clock
from diaspora_desk.services.occupations import OccupationService
from diaspora_desk.services.people import PeopleService
from diaspora_desk.services.people_rows import COLUMNS, ParsedPerson, RowParser
from diaspora_desk.services.people_write import PeopleWriter
from diaspora_desk.services.tabular import read_table, write_csv

FUZZY_THRESHOLD = 90
CHUNK = 500
REJECT_COLUMNS = ("row", "column", "reason", "likely_match_id", *COLUMNS)


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    row: int
    cells: dict[str, str]
    reason: str
    match_id: int | None
    """The existing person it probably is; None while it is an earlier row not yet written."""
    match_row: int | None = None


@dataclass(slots=True)
class PeopleImportResult:
    imported: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    dry_run: bool = False

    @property
    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        return f"{verb} {self.imported}, rejected {len(self.rejected)}, duplicates {len(self.duplicates)}"


@dataclass(slots=True)
class _Valid:
    row: int
    cells: dict[str, str]
    person: ParsedPerson
    tokens: str
    city_key: str


class PeopleImporter:
    def __init__(
        self,
        database: Database,
        people: PeopleService,
        occupations: OccupationService,
        clock: Clock,
        officer: Callable[[], str],
    ) -> None:
        self._db = database
        self._people = people
        self._occupations = occupations
        self._clock = clock
        self._officer = officer

    def preview(self, path: Path, limit: int = 5) -> tuple[list[str], list[list[str]]]:
        """The file's header names and first rows (for the preview and column mapping)."""
        table = read_table(path, COLUMNS)
        rows = []
        try:
            for _number, cells in table.rows:
                rows.append(cells)
                if len(rows) >= limit:
                    break
        finally:
            close = getattr(table.rows, "close", None)
            if close is not None:
                close()  # releases an XLSX workbook read only in part
        return [h.lstrip("\ufeff") for h in table.headers], rows

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        rejects: Path | None = None,
        mapping: dict[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> PeopleImportResult:
        """``mapping`` renames file headers to template columns; the rest must match exactly."""
        table = read_table(path, COLUMNS)
        headers = [(mapping or {}).get(h.lstrip("\ufeff"), h.lstrip("\ufeff")) for h in table.headers]
        self._check_headers(headers, path, allow_missing=mapping is not None)
        result = PeopleImportResult(dry_run=dry_run)
        parser = self._parser()
        valid: list[_Valid] = []
        for count, (number, raw) in enumerate(table.rows, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            cells = {h: (raw[i].strip() if i < len(raw) else "") for i, h in enumerate(headers) if h}
            if len(raw) > len(headers) and any(c.strip() for c in raw[len(headers) :]):
                result.rejected.append(
                    Rejection(number, "(row)", f"row has {len(raw)} cells, header {len(headers)}", cells)
                )
                continue
            try:
                parsed = parser.parse(cells)
            except ValidationError as exc:
                reasons = "; ".join(f"{c}: {r}" for c, r in exc.errors.items())
                result.rejected.append(Rejection(number, next(iter(exc.errors)), reasons, cells))
                continue
            f = parsed.fields
            city_key = fold(self._people.resolve_city(f.country, f.city))
            valid.append(
                _Valid(number, cells, parsed, repo.name_tokens(f.given_name, f.family_name), city_key)
            )
            if progress is not None and count % 1000 == 0:
                progress(count, 0)
        with self._db.unit_of_work(write=not dry_run) as uow:
            kept = self._deduplicate(uow.session, valid, result)
            if not dry_run:
                ids = PeopleWriter(uow.session, self._people, self._clock.now(), self._officer()).write(
                    [(v.row, v.cells, v.person) for v in kept],
                    source=path.name,
                    progress=progress,
                    cancel=cancel,
                )
                row_ids = dict(zip((v.row for v in kept), ids, strict=True))
                result.duplicates = [
                    d
                    if d.match_id is not None
                    else DuplicateRow(d.row, d.cells, d.reason, row_ids.get(d.match_row or 0), d.match_row)
                    for d in result.duplicates
                ]
                PeopleWriter.hold_for_review(
                    uow.session,
                    path.name,
                    [
                        (d.row, json.dumps(d.cells, ensure_ascii=False), d.match_id, d.reason)
                        for d in result.duplicates
                        if d.match_id is not None
                    ],
                    self._clock.now(),
                )
                uow.commit()
            result.imported = len(kept)
        if not dry_run and result.imported > 1000:
            self._db.analyze()  # a large import changes what the query planner should expect
        if rejects is not None:
            write_people_rejects(rejects, result)
        return result

    def _parser(self) -> RowParser:
        # Archived associations count too (an export lists past memberships); where an active
        # and an archived one share a name, the active one wins (read last).
        with self._db.unit_of_work() as uow:
            associations = {
                fold(name): int(i)
                for i, name in uow.session.execute(
                    select(Association.id, Association.name).order_by(
                        Association.archived_at.is_(None), Association.id
                    )
                )
            }

        def resolve(label: str) -> str | None:
            match = self._occupations.resolve(label)
            return match.isco_code if match else None

        # Read the origin country once, not per row.
        today, origin = self._clock.today(), self._people.origin_country()

        def validate(draft: PersonDraft) -> PersonFields:
            return validate_person(draft, today=today, origin_country=origin)

        return RowParser(validate, resolve, self._occupations.is_unit_group, associations, today)

    @staticmethod
    def _check_headers(headers: list[str], path: Path, *, allow_missing: bool) -> None:
        # With a column mapping from the import dialog, template columns the file lacks stay empty.
        missing = [] if allow_missing else [c for c in COLUMNS if c not in headers]
        unknown = [h for h in headers if h and h not in COLUMNS]
        repeated = sorted({h for h in headers if h and headers.count(h) > 1})
        problems = [
            f"{label}: {', '.join(names)}"
            for label, names in (
                ("missing columns", missing),
                ("unknown columns", unknown),
                ("repeated columns", repeated),
            )
            if names
        ]
        if problems:
            raise KnownError(
                f"{path.name}, row 1 (header): {'; '.join(problems)}. "
                f"Map the file's columns to: {', '.join(COLUMNS)}."
            )

    def _deduplicate(self, session: Session, valid: list[_Valid], result: PeopleImportResult) -> list[_Valid]:
        kept: list[_Valid] = []
        seen_phone: dict[str, int] = {}
        seen_email: dict[str, int] = {}
        seen_name: dict[tuple[str, int | None, str], int] = {}
        seen_place: dict[tuple[str, int | None, str, str], list[tuple[int, str]]] = defaultdict(list)
        for chunk in _chunks(valid, CHUNK):
            existing = _existing_matches(session, chunk)
            for item in chunk:
                f = item.person.fields
                match = existing.get(item.row)
                if match is not None:
                    result.duplicates.append(DuplicateRow(item.row, item.cells, match[1], match[0]))
                    continue
                place = (f.country, f.birth_year, item.city_key, _initial(f.family_name))
                earlier = next((seen_phone[p] for p in f.phones if p in seen_phone), None)
                reason = "same phone"
                if earlier is None and f.email:
                    earlier = seen_email.get(f.email.casefold())
                    reason = "same e-mail"
                if earlier is None and f.birth_year is not None:
                    earlier = seen_name.get((item.tokens, f.birth_year, f.country))
                    reason = "same name, birth year and country"
                if earlier is None and f.birth_year is not None:
                    earlier = next(
                        (
                            r
                            for r, t in seen_place[place]
                            if fuzz.token_sort_ratio(t, item.tokens) >= FUZZY_THRESHOLD
                        ),
                        None,
                    )
                    reason = "similar name, same birth year, country and city"
                if earlier is not None:
                    result.duplicates.append(
                        DuplicateRow(item.row, item.cells, f"{reason} as row {earlier}", None, earlier)
                    )
                    continue
                kept.append(item)
                for phone in f.phones:
                    seen_phone.setdefault(phone, item.row)
                if f.email:
                    seen_email.setdefault(f.email.casefold(), item.row)
                seen_name.setdefault((item.tokens, f.birth_year, f.country), item.row)
                seen_place[place].append((item.row, item.tokens))
        return kept


def _initial(family_name: str) -> str:
    """Blocking key for fuzzy comparison: the first letter of the folded family name."""
    return fold(family_name)[:1]


def _chunks(items: list[_Valid], size: int) -> Iterator[list[_Valid]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing_matches(session: Session, chunk: list[_Valid]) -> dict[int, tuple[int, str]]:
    """Row number -> (person id, reason) for rows that match people already in the database."""
    found: dict[int, tuple[int, str]] = {}
    phones = {p: v.row for v in chunk for p in v.person.fields.phones}
    if phones:
        for pid, e164 in session.execute(
            select(PersonPhone.person_id, PersonPhone.e164)
            .join(Person, Person.id == PersonPhone.person_id)
            .where(PersonPhone.e164.in_(phones), Person.merged_into_id.is_(None))
        ):
            found.setdefault(phones[e164], (int(pid), f"same phone {e164} as person {pid}"))
    emails = {v.person.fields.email.casefold(): v.row for v in chunk if v.person.fields.email}
    if emails:
        for pid, email in session.execute(
            select(Person.id, Person.email_key).where(
                Person.email_key.in_(emails), Person.merged_into_id.is_(None)
            )
        ):
            found.setdefault(emails[email], (int(pid), f"same e-mail as person {pid}"))
    keys: dict[tuple[str, int | None, str], int] = {
        (v.tokens, v.person.fields.birth_year, v.person.fields.country): v.row
        for v in chunk
        if v.person.fields.birth_year is not None
    }
    if keys:
        for pid, tokens, birth, country in session.execute(
            select(Person.id, Person.name_tokens, Person.birth_year, Person.country).where(
                tuple_(Person.name_tokens, Person.birth_year, Person.country).in_(list(keys)),
                Person.merged_into_id.is_(None),
            )
        ):
            found.setdefault(
                keys[(tokens, birth, country)],
                (int(pid), f"same name, birth year and country as person {pid}"),
            )
    places: dict[tuple[str, int | None, str], list[_Valid]] = defaultdict(list)
    for v in chunk:
        f = v.person.fields
        if f.birth_year is not None and v.row not in found:
            places[(f.country, f.birth_year, v.city_key)].append(v)
    if places:
        rows = session.execute(
            select(Person.id, Person.name_tokens, Person.country, Person.birth_year, Person.city_key).where(
                tuple_(Person.country, Person.birth_year, Person.city_key).in_(list(places)),
                Person.merged_into_id.is_(None),
            )
        )
        for pid, tokens, country, birth, city_key in rows:
            initials = {word[:1] for word in tokens.split()}
            for v in places[(country, birth, city_key)]:
                # Same blocking as within the file: the family name's first letter must appear.
                if v.row in found or _initial(v.person.fields.family_name) not in initials:
                    continue
                if fuzz.token_sort_ratio(tokens, v.tokens) >= FUZZY_THRESHOLD:
                    found[v.row] = (
                        int(pid),
                        f"similar name, same birth year, country and city as person {pid}",
                    )
    return found


def write_people_rejects(path: Path, result: PeopleImportResult) -> None:
    rows = [
        [str(r.row), r.column, r.reason, "", *(r.cells.get(c, "") for c in COLUMNS)] for r in result.rejected
    ]
    rows += [
        [
            str(d.row),
            "(duplicate)",
            d.reason,
            "" if d.match_id is None else str(d.match_id),
            *(d.cells.get(c, "") for c in COLUMNS),
        ]
        for d in result.duplicates
    ]
    rows.sort(key=lambda r: int(r[0]))
    write_csv(path, REJECT_COLUMNS, rows, keep_plus=[REJECT_COLUMNS.index("phone")])
