"""Create or edit an event (forum, diaspora day, business forum, summer school...)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from diaspora_desk.domain.outreach_events import EVENT_KIND_LABELS, EventDraft, EventKind, EventRecord
from diaspora_desk.domain.records import PracticeNode
from diaspora_desk.services.campaigns.events import EventService
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.record_dialog import RecordDialog
from diaspora_desk.ui.widgets import CountryCombo, TextField


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class EventDialog(RecordDialog[EventRecord]):
    """One event's form: place, dates, capacity, campaign, practices, follow-ups.

    ``saved`` holds the stored record after Save. Registrations and attendance are counts
    here; the names are read only through the Attendance button of the events list.
    """

    title = TextField("title_edit")
    city = TextField("city_edit")
    venue = TextField("venue_edit")

    def __init__(
        self,
        events: EventService,
        practices: list[PracticeNode],
        campaigns: list[tuple[int, str]],
        today: dt.date,
        record: EventRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("eventDialog", "eventErrors", parent)
        self.setWindowTitle(self.tr("Event") if record else self.tr("New event"))
        self.saving = "saving an event"
        self._events = events
        self._record = record
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(self.tr(EVENT_KIND_LABELS[kind]), kind.value)
        self.country_combo = CountryCombo()
        self.city_edit = QLineEdit()
        self.venue_edit = QLineEdit()
        self.starts_edit = _date_edit(today)
        self.ends_edit = _date_edit(today)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 1_000_000)
        self.capacity_spin.setSpecialValueText(self.tr("No limit"))
        self.campaign_combo = QComboBox()
        self.campaign_combo.addItem(self.tr("None"), None)
        for campaign_id, title in campaigns:
            self.campaign_combo.addItem(f"{campaign_id} · {title}", campaign_id)
        self.follow_ups_edit = QPlainTextEdit()
        self.follow_ups_edit.setPlaceholderText(self.tr("What was promised, to whom, by when"))
        self.notes_edit = QPlainTextEdit()
        self.counts_label = QLabel()
        self.practice_picker = PracticePicker(practices)
        self._layout()
        if record is not None:
            self._load(record)

    def _layout(self) -> None:
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Title *"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Country *"), self.country_combo)
        form.addRow(self.tr("City *"), self.city_edit)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("First day"), self.starts_edit)
        form.addRow(self.tr("Last day"), self.ends_edit)
        form.addRow(self.tr("Places"), self.capacity_spin)
        form.addRow(self.tr("Campaign"), self.campaign_combo)
        form.addRow(self.tr("Registrations"), self.counts_label)
        follow = QWidget()
        follow_form = QFormLayout(follow)
        follow_form.addRow(self.tr("Follow-ups"), self.follow_ups_edit)
        follow_form.addRow(self.tr("Notes"), self.notes_edit)
        self.add_tab(general, self.tr("Event"))
        self.add_tab(follow, self.tr("Follow-ups"))
        self.add_tab(self.practice_picker, self.tr("Practices"))
        self.finish_layout()

    @property
    def dates(self) -> tuple[dt.date, dt.date]:
        return _day(self.starts_edit), _day(self.ends_edit)

    @dates.setter
    def dates(self, value: tuple[dt.date, dt.date]) -> None:
        for edit, day in zip((self.starts_edit, self.ends_edit), value, strict=True):
            edit.setDate(QDate(day.year, day.month, day.day))

    @property
    def country(self) -> str:
        return self.country_combo.code

    @country.setter
    def country(self, value: str) -> None:
        self.country_combo.code = value

    def draft(self) -> EventDraft:
        starts_on, ends_on = self.dates
        return EventDraft(
            title=self.title,
            kind=EventKind(str(self.kind_combo.currentData())),
            country=self.country,
            city=self.city,
            starts_on=starts_on,
            ends_on=ends_on,
            venue=self.venue,
            capacity=self.capacity_spin.value() or None,
            campaign_id=self.campaign_combo.currentData(),
            practice_ids=self.practice_picker.checked,
            follow_ups=self.follow_ups_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def store(self) -> EventRecord:
        if self._record is None:
            return self._events.create(self.draft())
        return self._events.update(self._record.id, self.draft())

    def _load(self, record: EventRecord) -> None:
        self.title = record.title
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind.value))
        self.country = record.country
        self.city = record.city
        self.venue = record.venue
        self.dates = (record.starts_on, record.ends_on)
        self.capacity_spin.setValue(record.capacity or 0)
        self.campaign_combo.setCurrentIndex(max(0, self.campaign_combo.findData(record.campaign_id)))
        self.follow_ups_edit.setPlainText(record.follow_ups)
        self.notes_edit.setPlainText(record.notes)
        self.practice_picker.checked = record.practice_ids
        self.counts_label.setText(
            self.tr("{registered} registered, {attended} attended").format(
                registered=record.registered, attended=record.attended
            )
        )
