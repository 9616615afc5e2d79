"""Choosing a person by name: namesakes told apart, nothing chosen until one is picked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.person_picker import PersonPicker


def test_namesakes_are_told_apart_and_typing_alone_chooses_nobody(qtbot: QtBot, services: Services) -> None:
    registry = services.people.registry
    first = registry.create(
        PersonDraft(given_name="José", family_name="Pérez", country="US", city="Fresno", birth_year="1971")
    )
    registry.create(
        PersonDraft(given_name="Jose", family_name="Perez", country="MX", phones=("+52 55 1234 5678",))
    )
    picker = PersonPicker(lambda text: registry.page(PeopleQuery(text=text), 0, 20), "Type a name")
    qtbot.addWidget(picker)
    assert picker.offer("j") == []
    assert sorted(picker.offer("perez jose")) == [
        "Jose Perez — Mexico, ••• 5678",
        "José Pérez — 1971, Fresno, United States",
    ]
    picker.setText("perez")
    picker.textEdited.emit("perez")  # typing, without the popup a shown window would open
    assert picker.person_id is None
    picker.choose("José Pérez — 1971, Fresno, United States")
    assert picker.person_id == first.id
