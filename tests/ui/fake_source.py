"""A fake paged source for the table model tests: rows in a list, sorted and filtered as SQL would."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from diaspora_desk.ui.paged_model import PagedTableModel


@dataclass(frozen=True, slots=True)
class Town:
    id: int
    name: str
    people: int


@dataclass(frozen=True, slots=True)
class TownQuery:
    text: str = ""
    sort: str | None = None
    descending: bool = False


class TownSource:
    """Counts and pages towns; remembers each page it was asked for."""

    def __init__(self, count: int) -> None:
        self.towns = [Town(i, f"Town {i:05d}", (i * 37) % 1000) for i in range(1, count + 1)]
        self.fetched: list[int] = []

    def _matching(self, query: TownQuery) -> list[Town]:
        found = [t for t in self.towns if query.text.lower() in t.name.lower()]
        if query.sort:
            found.sort(key=lambda t: getattr(t, str(query.sort)), reverse=query.descending)
        return found

    def count(self, query: TownQuery) -> int:
        return len(self._matching(query))

    def page(self, query: TownQuery, offset: int, limit: int) -> list[Town]:
        self.fetched.append(offset)
        return self._matching(query)[offset : offset + limit]

    def remove(self, town_id: int) -> None:
        self.towns = [t for t in self.towns if t.id != town_id]


class TownModel(PagedTableModel[TownQuery, Town]):
    NAME, PEOPLE = range(2)

    def __init__(self, source: TownSource) -> None:
        super().__init__(source.count, source.page, TownQuery(), ("Town", "People"), ("name", "people"))

    def display(self, item: Town, column: int) -> str:
        return item.name if column == self.NAME else str(item.people)

    def extra(self, item: Town, column: int, role: int) -> Any:
        return None


def replace_query(model: TownModel, **changes: Any) -> None:
    model.set_query(dataclasses.replace(model.query, **changes))
