"""Choosing a registered person, or an association for a membership, by name, never by id."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from diaspora_desk.domain.people_records import MembershipItem, PersonRow, person_label
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.ui.search_picker import SearchPicker

FindPeople = Callable[[str], Sequence[PersonRow]]
"""The register's search by name, phone or e-mail (a few rows), as :func:`people_search` makes it."""


def people_search(registry: PeopleService, limit: int = 20) -> Callable[[str], list[PersonRow]]:
    """The register's search by name, phone or e-mail, ``limit`` rows (paged in SQL), for a picker."""
    return lambda text: registry.page(PeopleQuery(text=text), 0, limit)


class PersonPicker(SearchPicker):
    """Type part of a name, a phone or an e-mail; :attr:`person_id` is the person picked."""

    def __init__(
        self,
        search: Callable[[str], Sequence[PersonRow]],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            lambda text: [(row.id, person_label(row)) for row in search(text)], placeholder, parent
        )

    @property
    def person_id(self) -> int | None:
        return self.chosen_id

    def set_person(self, person_id: int | None, label: str = "") -> None:
        self.set_choice(person_id, label)


class AssociationPicker(SearchPicker):
    """Type part of an association's name or acronym; :attr:`chosen_id` is the one picked."""

    def __init__(
        self,
        search: Callable[[str], Sequence[MembershipItem]],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            lambda text: [(item.association_id, item.association_name) for item in search(text)],
            placeholder,
            parent,
        )
