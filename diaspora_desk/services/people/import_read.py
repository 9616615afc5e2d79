"""Reading a people file's rows: each into the template's cells, then into a person or a rejection.

Rows keep the numbers the file gives them (the header is row 1), in the messages, the rejects
file and the import dialog's preview alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from diaspora_desk.db import people_repo as repo
from diaspora_desk.domain.errors import Cancelled, ValidationError, joined, msg
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.tabular import Rejection, Table
from diaspora_desk.services.people.import_headers import ColumnPlan
from diaspora_desk.services.people.import_rows import RowParser
from diaspora_desk.services.people.import_write import ImportRow
from diaspora_desk.services.people.registry import PeopleService

Town = tuple[str, str, tuple[float, float] | None]


class RowReader:
    """Turns numbered raw rows into :class:`ImportRow`s to create and :class:`Rejection`s."""

    def __init__(
        self, plan: ColumnPlan, parser: RowParser, people: PeopleService, table: Table | None = None
    ) -> None:
        self._plan = plan
        self._table = table
        self._parser = parser
        self._people = people
        self._width = len(plan.headers)
        several: dict[str, list[int]] = {}
        for index, column in enumerate(plan.columns):
            several.setdefault(column, []).append(index)
        self._single = [(i[0], c) for c, i in several.items() if c and len(i) == 1]
        self._joined = [(i, c) for c, i in several.items() if c and len(i) > 1]
        self._towns: dict[tuple[str, str], Town] = {}
        # The columns whose values may hold line breaks (a street address, notes).
        self._multiline = frozenset(i for i, c in enumerate(plan.columns) if c in ("address", "notes"))

    def read(
        self,
        rows: Sequence[tuple[int, list[str]]],
        rejected: list[Rejection],
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[ImportRow]:
        """Valid rows with their duplicate-check keys; invalid ones go to ``rejected``."""
        valid: list[ImportRow] = []
        for count, (number, raw) in enumerate(rows, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            item = self.row(number, raw)
            if isinstance(item, Rejection):
                rejected.append(item)
            else:
                valid.append(item)
            if progress is not None and count % 1000 == 0:
                progress(count, 0)
        return valid

    def cells(self, raw: list[str]) -> dict[str, str]:
        """The row's template cells (several phone columns joined with ``;``)."""
        width = len(raw)
        if width >= self._width:
            cells = {c: raw[i].strip() for i, c in self._single}
        else:
            cells = {c: (raw[i].strip() if i < width else "") for i, c in self._single}
        for indexes, column in self._joined:
            cells[column] = "; ".join(v for i in indexes if i < width and (v := raw[i].strip()))
        return cells

    def row(self, number: int, raw: list[str]) -> ImportRow | Rejection:
        cells = self.cells(raw)
        allowed = self._multiline
        if self._table is not None and (run_on := self._table.run_on(number, raw, allowed)) is not None:
            # Only the street address and the notes hold line breaks: a line break anywhere else
            # means a cell (an unclosed quote) swallowed the rows after it.
            index = run_on.index
            column = self._plan.columns[index] if index < self._width else ""
            header = self._plan.headers[index] if index < self._width else ""
            label = column or header or msg("(column {n})", n=index + 1)
            if column and header and header != column:
                label = msg("{column} ('{header}')", column=column, header=header)
            reason = msg("{field}: {message}", field=label, message=run_on.reason)
            return Rejection(number, column or "(row)", reason, cells)
        if len(raw) > self._width and any(c.strip() for c in raw[self._width :]):
            reason = msg("row has {cells} cells, header {width}", cells=len(raw), width=self._width)
            return Rejection(number, "(row)", reason, cells)
        try:
            parsed = self._parser.parse(cells)
        except ValidationError as exc:
            return self._rejection(number, exc, cells)
        f = parsed.fields
        town = self._towns.get((f.country, f.city))
        if town is None:  # files repeat a few towns row after row
            city = self._people.resolve_city(f.country, f.city)
            town = self._towns[f.country, f.city] = (city, fold(city), self._people.place(f.country, f.city))
        name_key = fold(f"{f.given_name} {f.family_name}")
        tokens = repo.name_tokens(f.given_name, f.family_name)
        return ImportRow(number, cells, parsed, name_key, tokens, *town)

    def _rejection(self, number: int, exc: ValidationError, cells: dict[str, str]) -> Rejection:
        """The template column at fault (as the rejects file's columns), each problem also naming
        the file's own header when it differs: "phone ('Teléfono'): ..."."""
        reasons = joined(
            msg("{field}: {message}", field=self._label(f), message=m) for f, m in exc.errors.items()
        )
        return Rejection(number, next(iter(exc.errors)), reasons, cells)

    def _label(self, column: str) -> str:
        header = self._plan.header_of(column)
        return column if header == column else msg("{column} ('{header}')", column=column, header=header)
