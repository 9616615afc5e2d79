"""The event dialog: bad fields named, an event edited and saved with its follow-ups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.outreach_events import EventDraft, EventKind
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.event_dialog import EventDialog

DAY = dt.date(2027, 3, 6)


def _dialog(qtbot: QtBot, services: Services, event_id: int | None = None) -> EventDialog:
    record = services.campaigns.events.get(event_id) if event_id is not None else None
    dialog = EventDialog(services.campaigns.events, services.practices.tree(), [], DAY, record)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_names_bad_fields_and_keeps_open(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.dates = (DAY, DAY - dt.timedelta(days=1))
    dialog.accept()
    assert dialog.saved is None
    for field in ("title", "city", "ends_on"):
        assert field in dialog.errors_label.text()


def test_an_event_opens_as_saved_and_keeps_its_changes(qtbot: QtBot, services: Services) -> None:
    practice = services.practices.all()[0].id
    event = services.campaigns.events.create(
        EventDraft(
            title="Business forum",
            kind=EventKind.BUSINESS_FORUM,
            country="US",
            city="Fresno",
            starts_on=DAY,
            ends_on=DAY,
            capacity=40,
            practice_ids=(practice,),
        )
    )
    dialog = _dialog(qtbot, services, event.id)
    assert (dialog.title, dialog.city, dialog.country, dialog.dates) == (
        "Business forum",
        "Fresno",
        "US",
        (DAY, DAY),
    )
    assert dialog.practice_picker.checked == (practice,)
    assert dialog.counts_label.text() == "0 registered, 0 attended"
    dialog.follow_ups_edit.setPlainText("Send the investment guide to the chamber of commerce")
    dialog.capacity_spin.setValue(0)  # no limit
    dialog.accept()
    saved = services.campaigns.events.get(event.id)
    assert saved.follow_ups.startswith("Send the investment guide")
    assert saved.capacity is None
    assert saved.kind is EventKind.BUSINESS_FORUM


def test_an_over_long_venue_pasted_is_refused_naming_the_field_and_the_limit(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.title, dialog.country, dialog.city = "Diaspora day", "US", "Fresno"
    QApplication.clipboard().setText("Community centre " * 15)  # 255 characters
    dialog.venue_edit.paste()
    assert len(dialog.venue) == 255
    dialog.accept()
    assert dialog.saved is None
    assert dialog.errors_label.text() == "venue: is longer than 200 characters"
    assert services.campaigns.events.all() == []
