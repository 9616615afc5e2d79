"""The selected association's profile and log: what the officer reads, and logging from there."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.details import AssociationDetails


def _details(qtbot: QtBot, services: Services) -> AssociationDetails:
    details = AssociationDetails(services.associations.interactions, services.practices)
    qtbot.addWidget(details)
    return details


def test_nothing_selected_invites_a_choice_and_logs_nothing(qtbot: QtBot, services: Services) -> None:
    details = _details(qtbot, services)
    assert "Select an association" in details.profile.text()
    assert not details.log_button.isEnabled()
    assert not details.edit_log_button.isEnabled()
    assert details.log_interaction() is None


def test_the_profile_shows_contacts_focus_and_standing_escaped(qtbot: QtBot, services: Services) -> None:
    record = services.associations.registry.create(
        AssociationDraft(
            name="Club <Quetzal> & Co",
            acronym="CQ",
            type="hometown",
            country="US",
            city="Fresno",
            phones=("+1 559 555 0101",),
            emails=("club@example.org",),
            contact_person="Rosa Batz",
            focus_areas=("health", "education"),
            registered=True,
        )
    )
    details = _details(qtbot, services)
    details.show_record(record)
    html = details.profile.text()
    assert "Club &lt;Quetzal&gt; &amp; Co (CQ)" in html
    assert "Fresno, United States" in html
    assert "club@example.org" in html
    assert "Contact: Rosa Batz" in html
    assert "registered with the consulate" in html
    assert "advisory council" not in html
    assert details.log_button.isEnabled()
    assert not details.edit_log_button.isEnabled()  # nothing logged yet


def test_an_entry_is_edited_from_the_log(qtbot: QtBot, services: Services) -> None:
    record = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    for day, summary in ((2, "First meeting"), (9, "Second meeting")):
        services.associations.interactions.add(
            record.id,
            InteractionDraft(
                occurred_on=dt.date(2026, 11, day), kind="meeting", officer="T", summary=summary
            ),
        )
    details = _details(qtbot, services)
    details.show_record(record)
    assert details.log_model.rowCount() == 2
    assert details.edit_log_button.isEnabled()
    newest = details.selected_entry()  # none selected: the most recent
    assert newest is not None
    assert newest.summary == "Second meeting"
    details.log_table.selectRow(1)
    dialog = details.edit_interaction()
    assert dialog is not None
    assert dialog.windowTitle() == "Interaction with Club Uno"
    with qtbot.waitSignal(details.interaction_saved):
        dialog.accept()
