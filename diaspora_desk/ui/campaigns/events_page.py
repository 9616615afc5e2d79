"""The events tab: forums, diaspora days, business forums, summer schools.

The list shows counts only. The attendance list (names) is sensitive: it opens only after the
officer gives a reason, and every look and every export is audited by the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.outreach_events import (
    EVENT_KIND_LABELS,
    REGISTRATION_LABELS,
    Attendee,
    EventRecord,
    RegistrationStatus,
)
from diaspora_desk.domain.records import PracticeNode
from diaspora_desk.services.campaigns.facade import Campaigns
from diaspora_desk.ui.campaigns.event_dialog import EventDialog
from diaspora_desk.ui.campaigns.models import tr
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.people.person_picker import FindPeople, PersonPicker
from diaspora_desk.ui.record_model import RecordTableModel


def _dates(e: EventRecord) -> str:
    first = e.starts_on.isoformat()
    return first if e.ends_on == e.starts_on else f"{first} – {e.ends_on.isoformat()}"


def event_model() -> RecordTableModel[EventRecord]:
    return RecordTableModel(
        [
            (tr("Title"), lambda e: e.title),
            (tr("Kind"), lambda e: tr(EVENT_KIND_LABELS[e.kind])),
            (tr("Dates"), _dates),
            (tr("Place"), lambda e: ", ".join(p for p in (e.venue, e.city, country_name(e.country)) if p)),
            (tr("Registered"), lambda e: str(e.registered)),
            (tr("Attended"), lambda e: str(e.attended)),
            (tr("Places"), lambda e: "" if e.capacity is None else str(e.capacity)),
            (tr("Campaign"), lambda e: e.campaign_title),
        ],
        numeric=(4, 5, 6),
    )


class AttendanceDialog(QDialog):
    """The names on an event's list, read for a stated reason (the read is already audited)."""

    def __init__(self, event: EventRecord, attendees: list[Attendee], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance: {title}").format(title=event.title))
        self.model: RecordTableModel[Attendee] = RecordTableModel(
            [
                (self.tr("Name"), lambda a: a.name),
                (self.tr("Town"), lambda a: a.city),
                (self.tr("Status"), lambda a: tr(REGISTRATION_LABELS[a.status])),
                (self.tr("Registered on"), lambda a: a.registered_on.isoformat()),
            ]
        )
        self.model.set_rows(attendees)
        table = QTableView()
        table.setModel(self.model)
        table.resizeColumnsToContents()
        note = QLabel(
            self.tr(
                "Sensitive: host authorities have used meeting lists to find irregular residents. "
                "This look was recorded in the audit trail with your reason."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)


class EventsPage(QWidget):
    """Events with their counts; registrations; the audited attendance list. Signals:
    ``status(str)``.

    ``find_people`` is the register's search: the officer registers a person picked by name.
    """

    status = Signal(str)

    def __init__(
        self,
        campaigns: Campaigns,
        practices: Callable[[], list[PracticeNode]],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        find_people: FindPeople | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPage")
        self._campaigns = campaigns
        self._events = campaigns.events
        self._practices = practices
        self._today = today
        self.model = event_model()
        self.table = QTableView()
        self.table.setObjectName("eventsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.setProperty("grant", "edit_records")  # hidden from viewers
        self.edit_button = QPushButton(self.tr("Open…"))
        self.attendance_button = QPushButton(self.tr("Attendance list…"))
        self.export_button = QPushButton(self.tr("Export attendance…"))
        self.person_picker = PersonPicker(
            find_people or (lambda _text: []), self.tr("Type part of a name, a phone or an e-mail")
        )
        self.person_picker.setObjectName("eventPerson")
        self.person_picker.setMinimumWidth(320)
        self.status_combo = QComboBox()
        for status in RegistrationStatus:
            self.status_combo.addItem(self.tr(REGISTRATION_LABELS[status]), status.value)
        self.register_button = QPushButton(self.tr("Register / set status"))
        self._layout()
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.attendance_button.clicked.connect(self._on_attendance_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.register_button.clicked.connect(self._on_register_clicked)
        self.refresh()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        bar.addWidget(self.attendance_button)
        bar.addWidget(self.export_button)
        registration = QHBoxLayout()
        registration.addWidget(QLabel(self.tr("Registration of person")))
        registration.addWidget(self.person_picker, 1)
        registration.addWidget(self.status_combo)
        registration.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(registration)

    def refresh(self) -> None:
        current = self.current()
        self.model.set_rows(self._events.all())
        if current is not None:
            self.select(current.id)
        self.table.resizeColumnsToContents()

    def select(self, event_id: int) -> None:
        for row, event in enumerate(self.model.rows):
            if event.id == event_id:
                self.table.selectRow(row)

    def current(self) -> EventRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def dialog(self, event_id: int | None = None) -> EventDialog:
        """The form of a new event (None) or an existing one; the caller shows it."""
        record = self._events.get(event_id) if event_id is not None else None
        campaigns = [(c.id, c.title) for c in self._campaigns.registry.page(0, 500)]
        return EventDialog(self._events, self._practices(), campaigns, self._today(), record, self)

    def new_item(self) -> None:
        dialog = self.dialog()
        if dialog.exec() and dialog.saved is not None:
            self.status.emit(self.tr("Event {id} saved").format(id=dialog.saved.id))

    def attendance(self, reason: str) -> AttendanceDialog | None:
        """Read the selected event's list for ``reason`` (audited); the dialog showing it."""
        event = self.current()
        if event is None:
            return None
        try:
            attendees = self._events.attendance(event.id, reason)
        except KnownError as exc:
            show_error(self, exc, "reading an attendance list")
            return None
        return AttendanceDialog(event, attendees, self)

    def export_attendance(self, path: Path, reason: str) -> int | None:
        """Write the selected event's list as CSV for ``reason`` (audited); the number of lines."""
        event = self.current()
        if event is None:
            return None
        try:
            written = self._events.export_attendance(event.id, path, reason)
        except KnownError as exc:
            show_error(self, exc, "exporting an attendance list")
            return None
        self.status.emit(self.tr("{n} names written to {path}").format(n=written, path=path))
        return written

    def set_registration(self, person_id: int | None, status: RegistrationStatus) -> EventRecord | None:
        event = self.current()
        if event is None:
            return None
        if person_id is None:
            show_error(
                self,
                KnownError(
                    self.tr("Choose the person: type part of their name and pick them from the list.")
                ),
                "registering for an event",
            )
            return None
        try:
            if status is RegistrationStatus.REGISTERED:
                record = self._events.register(event.id, person_id)
            else:
                record = self._events.set_status(event.id, person_id, status)
        except KnownError as exc:
            show_error(self, exc, "registering for an event")
            return None
        self.status.emit(
            self.tr("{title}: {registered} registered, {attended} attended").format(
                title=record.title, registered=record.registered, attended=record.attended
            )
        )
        return record

    def _ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Attendance list"),
            self.tr("The attendance list is sensitive. Why is it needed? (recorded in the audit trail)"),
        )
        return reason if ok else None

    def _on_edit_clicked(self) -> None:
        event = self.current()
        if event is None:
            return
        dialog = self.dialog(event.id)
        if dialog.exec() and dialog.saved is not None:
            self.status.emit(self.tr("Event {id} saved").format(id=event.id))

    def _on_attendance_clicked(self) -> None:
        if self.current() is None or (reason := self._ask_reason()) is None:
            return
        dialog = self.attendance(reason)
        if dialog is not None:
            dialog.exec()

    def _on_export_clicked(self) -> None:
        event = self.current()
        if event is None or (reason := self._ask_reason()) is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export attendance list"),
            str(Path.home() / f"attendance-{event.id}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if chosen:
            self.export_attendance(Path(chosen), reason)

    def _on_register_clicked(self) -> None:
        self.set_registration(
            self.person_picker.person_id, RegistrationStatus(str(self.status_combo.currentData()))
        )
