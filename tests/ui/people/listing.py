"""What the people list shows."""

from __future__ import annotations

from diaspora_desk.ui.people.area import PeopleArea


def listed_names(area: PeopleArea) -> list[str]:
    """The names in the people list, top to bottom."""
    model = area.people.model
    return [row.name for r in range(model.rowCount()) if (row := model.row_at(r)) is not None]
