"""The visit form: create with services, team and equipment; inline errors that save nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    OfferedService,
    TeamMember,
    default_equipment,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.area_services import VisitsAreaServices
from diaspora_desk.ui.visits.visit_dialog import VisitDialog
from tests.ui.visits.scenes import CARD, PASSPORT


def _save(dialog: VisitDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _error(dialog: VisitDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def test_create_a_visit_with_services_team_and_equipment(
    qtbot: QtBot, services: Services, area_services: VisitsAreaServices
) -> None:
    dialog = VisitDialog(area_services)
    qtbot.addWidget(dialog)
    dialog.country = "US"
    dialog.city = "fresno"
    dialog.venue = "Parish hall"
    dialog.starts_on = dt.date(2026, 12, 5)
    dialog.ends_on = dt.date(2026, 12, 6)
    dialog.opens_at, dialog.closes_at = dt.time(9, 0), dt.time(13, 0)
    dialog.slot_minutes = 30
    dialog.services_table.check(PASSPORT)
    dialog.services_table.check(CARD, 5)
    assert dialog.services_table.capacity_spin(PASSPORT).value() == (
        SERVICE_CATALOGUE[PASSPORT].default_capacity_per_hour
    )
    dialog.team_members = (TeamMember("Rocío Batz", "Head of mission"),)
    dialog.fill_equipment()
    assert dialog.equipment.names == list(default_equipment((PASSPORT, CARD)))
    dialog.equipment.list.item(0).setCheckState(Qt.CheckState.Checked)
    practice = services.practices.all()[0].id
    dialog.picker.checked = (practice,)
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    saved = dialog.saved
    assert saved is not None
    assert saved.city == "Fresno"  # the gazetteer's spelling, with coordinates
    assert saved.latitude is not None
    assert saved.services == (OfferedService(PASSPORT, 4), OfferedService(CARD, 5))
    assert saved.team == (TeamMember("Rocío Batz", "Head of mission"),)
    assert saved.equipment[0].packed
    assert not saved.equipment[1].packed
    assert saved.practice_ids == (practice,)
    assert saved.title == "Mobile consulate in Fresno"


def test_invalid_visit_shows_messages_next_to_the_fields_and_saves_nothing(
    qtbot: QtBot, services: Services, area_services: VisitsAreaServices
) -> None:
    dialog = VisitDialog(area_services)
    qtbot.addWidget(dialog)
    dialog.city = "   "
    dialog.starts_on = dt.date(2026, 12, 5)
    dialog.ends_on = dt.date(2026, 12, 1)
    dialog.opens_at, dialog.closes_at = dt.time(12, 0), dt.time(12, 10)
    dialog.slot_minutes = 20
    _save(dialog)
    assert dialog.result() == 0
    assert dialog.saved is None
    assert _error(dialog, "city") == "the town of the visit is required"
    assert _error(dialog, "ends_on") == "the visit ends before it starts"
    assert _error(dialog, "closes_at") == "opening hours must hold at least one slot"
    assert dialog.tabs.currentIndex() == VisitDialog.VISIT_TAB
    assert services.visits.registry.list() == []

    dialog.host_picker.setText("no such association at all")
    _save(dialog)
    assert "choose an association" in _error(dialog, "host_association_id")
    dialog.host_picker.setText("999")  # an id typed is not a name
    _save(dialog)
    assert _error(dialog, "host_association_id") == "choose an association from the suggestions"


def test_an_over_long_venue_pasted_is_refused_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, services: Services, area_services: VisitsAreaServices
) -> None:
    dialog = VisitDialog(area_services)
    qtbot.addWidget(dialog)
    dialog.country, dialog.city = "US", "Fresno"
    QApplication.clipboard().setText("Salón parroquial " * 15)  # 255 characters
    dialog.venue_edit.clear()
    dialog.venue_edit.paste()
    assert len(dialog.venue) == 255  # nothing cut while typing or pasting
    _save(dialog)
    assert dialog.saved is None
    assert _error(dialog, "venue") == "is longer than 200 characters"
    error = dialog.findChild(QLabel, "error_venue")
    assert error is not None
    row = next(form.layout for _page, form in dialog.forms if "venue" in form.errors)
    box = error.parentWidget()
    assert box is not None
    field_label = row.labelForField(box)
    assert isinstance(field_label, QLabel)
    assert field_label.text() == "Venue"
    assert services.visits.registry.list() == []
