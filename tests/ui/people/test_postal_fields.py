"""The postal parts of the address in the person dialog: edited, saved, errors on their row."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.postal import PostalParts
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.person_dialog import PersonDialog, PersonServices


def _services(services: Services) -> PersonServices:
    return PersonServices(services.people, services.settings, services.gazetteer, services.audit)


def test_postal_address_is_edited_and_saved(qtbot: QtBot, services: Services) -> None:
    person = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xol", country="US"))
    dialog = PersonDialog(_services(services), services.people.registry.get(person.id))
    qtbot.addWidget(dialog)
    dialog.address_edit.setPlainText("1200 Van Ness Ave")
    dialog.postal_fields.parts = PostalParts("93721", "Fresno", "California", "")
    draft = dialog.draft()
    assert (draft.postal_code, draft.locality, draft.region, draft.address_country) == (
        "93721",
        "Fresno",
        "California",
        "",
    )
    saved = services.people.registry.update(person.id, draft)
    assert saved.postal == PostalParts("93721", "Fresno", "California", "")
    reopened = PersonDialog(_services(services), services.people.registry.get(person.id))
    qtbot.addWidget(reopened)
    assert reopened.postal_fields.parts == saved.postal


def test_a_bad_postal_country_is_shown_on_the_postal_row(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(_services(services))
    qtbot.addWidget(dialog)
    dialog.given_edit.setText("Ana")
    dialog.postal_fields.country_combo.setEditText("Atlantis")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Atlantis" in dialog.form.errors["postal"].text()
