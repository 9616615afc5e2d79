"""The person dialog: the legal status stays hidden until asked for; bad skills are named."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.person_dialog import PersonDialog, PersonServices


def _services(services: Services) -> PersonServices:
    return PersonServices(services.people, services.settings, services.gazetteer, services.audit)


def _save(dialog: PersonDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_legal_status_is_hidden_until_asked_for_and_each_look_is_audited(
    qtbot: QtBot, services: Services
) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Tomás", family_name="Batz", country="US")
    )
    services.people.consent.set_legal_status(person.id, "pending asylum claim")
    dialog = PersonDialog(_services(services), services.people.registry.get(person.id))
    qtbot.addWidget(dialog)
    assert dialog.legal_status_edit.echoMode() != dialog.legal_status_edit.EchoMode.Normal
    assert dialog.legal_status_edit.text() == ""
    before = [e.action for e in services.audit.history("person", person.id)]
    assert dialog.reveal_legal_status(reason="renewal of documents") == "pending asylum claim"
    after = [e.action for e in services.audit.history("person", person.id)]
    assert after[len(before) :] == ["view_sensitive"]


def test_a_new_person_starts_in_the_consulates_host_country(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(_services(services))
    qtbot.addWidget(dialog)
    assert dialog.country_combo.code == "US"
    assert dialog.nationality_combo.code == "GT"
    assert dialog.windowTitle() == "New person"


def test_editing_shows_the_stored_person_and_their_history(qtbot: QtBot, services: Services) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Tomás", family_name="Batz", country="US", city="Fresno")
    )
    services.people.consent.set_consent(person.id, ConsentPurpose.CAMPAIGNS, True, how="form")
    dialog = PersonDialog(_services(services), services.people.registry.get(person.id))
    qtbot.addWidget(dialog)
    assert (dialog.given_edit.text(), dialog.city_edit.text()) == ("Tomás", "Fresno")
    assert dialog.consent_checks[ConsentPurpose.CAMPAIGNS].isChecked()
    assert not dialog.consent_checks[ConsentPurpose.SKILLS_INVENTORY].isChecked()
    assert dialog.history.count() >= 2
    assert "Test Officer" in dialog.history.item(0).text()


def test_invalid_skills_are_named_and_nothing_is_saved(area: PeopleArea, services: Services) -> None:
    dialog = area.people.new_person()
    dialog.given_edit.setText("Ana")
    dialog.skills_form.qualifications.rows = [["11", "", "", "", "", "no"]]
    dialog.skills_form.languages_list.picker.setText("Spanglish")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.skills_tab
    errors = dialog.skills_form.form.errors
    assert "ISCED" in errors["isced_level"].text()
    assert errors["languages"].text() == "choose a language from the list"
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.reject()


def test_a_missing_given_name_is_shown_beside_the_field(area: PeopleArea, services: Services) -> None:
    dialog = area.people.new_person()
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.form.errors["given_name"].text()
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.reject()


def test_an_over_long_consent_note_is_refused_naming_the_limit_and_nothing_is_saved(
    area: PeopleArea, services: Services
) -> None:
    dialog = area.people.new_person()
    dialog.given_edit.setText("Ana")
    dialog.family_edit.setText("Prueba")
    dialog.consent_checks[ConsentPurpose.CONSULAR_CONTACT].setChecked(True)
    dialog.consent_how.setText("signed form " * 25)  # 300 characters, pasted
    _save(dialog)
    assert dialog.isVisible()
    assert "200" in dialog.general_error.text()
    assert "consent" in dialog.general_error.text()
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.consent_how.setText("signed form")
    _save(dialog)
    assert not dialog.isVisible()
    assert services.people.registry.count(PeopleQuery()) == 1


def test_memberships_and_language_are_chosen_by_name_and_history_reads_in_words(
    qtbot: QtBot, services: Services
) -> None:
    club = services.associations.registry.create(
        AssociationDraft(name="Club Xelajú", country="US", city="Fresno")
    )
    services.associations.registry.create(AssociationDraft(name="Red Maya", country="US"))
    person = services.people.registry.create(
        PersonDraft(given_name="Tomás", family_name="Batz", country="US", preferred_language="es")
    )
    dialog = PersonDialog(_services(services), services.people.registry.get(person.id))
    qtbot.addWidget(dialog)
    assert dialog.language_edit.text() == "Spanish (es)"
    dialog.language_edit.setText("French")
    assert dialog.memberships.picker.offer("xelaju") == ["Club Xelajú — Fresno"]
    dialog.memberships.add_button.click()
    assert dialog.memberships.note.text().startswith("Choose an association")
    dialog.memberships.picker.choose("Club Xelajú — Fresno")
    dialog.memberships.add_button.click()
    _save(dialog)
    saved = services.people.registry.get(person.id)
    assert [(m.association_id, m.role) for m in saved.memberships] == [(club.id, "member")]
    assert saved.preferred_language == "fr"
    again = PersonDialog(_services(services), saved)
    qtbot.addWidget(again)
    assert [m.association_name for m in again.memberships.items] == ["Club Xelajú"]
    actions = {again.history.item(i).text().split(" · ")[-1] for i in range(again.history.count())}
    assert actions == {"Created", "Changed"}


def test_the_dialog_fits_a_1366_by_768_screen(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(_services(services))
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 700  # with the window frame and a task bar


def test_a_passport_expiry_typed_day_first_is_saved_as_that_day(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    dialog = area.people.new_person()
    dialog.given_edit.setText("Gen1")
    dialog.family_edit.setText("Datefield")
    qtbot.keyClicks(dialog.passport_edit, "14/03/2027")
    _save(dialog)
    assert dialog.saved is not None
    assert services.people.registry.get(dialog.saved.id).passport_expires_on == dt.date(2027, 3, 14)
    again = PersonDialog(_services(services), dialog.saved)
    qtbot.addWidget(again)
    assert again.passport_edit.text() == "2027-03-14"  # English shows ISO, the one form no one misreads


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_passport_expiry_picked_from_the_calendar_is_saved(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    dialog = area.people.new_person()
    dialog.given_edit.setText("Gen2")
    dialog.passport_edit.show_calendar()
    dialog.passport_edit.calendar.clicked.emit(QDate(2028, 11, 30))
    _save(dialog)
    assert dialog.saved is not None
    assert dialog.saved.passport_expires_on == dt.date(2028, 11, 30)


def test_a_passport_expiry_that_is_no_date_is_named_and_nothing_is_saved(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    dialog = area.people.new_person()
    dialog.given_edit.setText("Gen3")
    qtbot.keyClicks(dialog.passport_edit, "end of 2027")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.form.errors["passport_expires_on"].text() == (
        "Passport expires: 'end of 2027' is not a date. Type a date such as 14/03/2027, or pick one."
    )
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.reject()
