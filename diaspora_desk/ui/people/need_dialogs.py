"""Dialogs of the needs page: a new need, and the state of a placement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError, message_of
from diaspora_desk.domain.geography import all_languages
from diaspora_desk.domain.matching import NeedMode, PlacementStatus
from diaspora_desk.domain.people import Cefr
from diaspora_desk.domain.status_labels import NEED_MODE_LABELS, NEED_STATUS_LABELS
from diaspora_desk.services.people.needs import NeedDraft, NeedRecord, NeedService
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.code_list import CodeList
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.widgets import ErrorLabel, ValidatedForm, line_edit


def date_of(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def spin_box(low: int, high: int, value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NeedDialog(QDialog):
    """A home institution's request, new or (with ``record``) edited. ``saved`` holds the need
    after Save. Occupation groups and languages are chosen by name, never typed as codes."""

    def __init__(
        self,
        needs: NeedService,
        today: dt.date,
        isco_groups: dict[str, str],
        record: NeedRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("needDialog")
        self.setWindowTitle(self.tr("Edit need") if record else self.tr("New need"))
        self.resize(640, 660)
        self._needs = needs
        self._record = record
        self.saved: NeedRecord | None = None
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self._build_fields(today, isco_groups)
        self.buttons = save_cancel_buttons(self, self._on_save_clicked)
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(self.buttons)
        self.status_combo.setEnabled(record is not None)
        if record is not None:
            self._load(record)

    def _build_fields(self, today: dt.date, isco_groups: dict[str, str]) -> None:
        self.institution_edit = line_edit()
        self.title_edit = line_edit()
        self.isco_list = CodeList(
            sorted(isco_groups.items()), self.tr("Type an occupation, e.g. nurses"), show_codes=True
        )
        self.mode_combo = QComboBox()
        for mode in NeedMode:
            self.mode_combo.addItem(self.tr(NEED_MODE_LABELS[mode]), mode.value)
        self.isced_spin = spin_box(-1, 8, -1)
        self.isced_spin.setSpecialValueText(self.tr("no minimum"))
        self.years_spin = spin_box(0, 50)
        levels = [level.name for level in Cefr]
        self.languages_list = CodeList(all_languages(), self.tr("Type a language, e.g. Spanish"), levels)
        self.duration_spin = spin_box(1, 3650, 90)
        self.earliest_edit = date_edit(today)
        self.latest_edit = date_edit(today + dt.timedelta(days=365))
        self.place_edit = line_edit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(80)
        self.status_combo = QComboBox()
        for status, label in NEED_STATUS_LABELS.items():
            self.status_combo.addItem(self.tr(label), status)
        for key, label, widget in (
            ("institution", self.tr("Institution *"), self.institution_edit),
            ("title", self.tr("Title *"), self.title_edit),
            ("isco_codes", self.tr("Occupations *"), self.isco_list),
            ("mode", self.tr("Mode"), self.mode_combo),
            ("min_isced", self.tr("Minimum ISCED"), self.isced_spin),
            ("min_years_experience", self.tr("Minimum years"), self.years_spin),
            ("languages", self.tr("Languages"), self.languages_list),
            ("duration_days", self.tr("Duration (days)"), self.duration_spin),
            ("earliest", self.tr("Earliest start"), self.earliest_edit),
            ("latest", self.tr("Latest end"), self.latest_edit),
            ("place", self.tr("Place"), self.place_edit),
            ("description", self.tr("Description"), self.description_edit),
            ("status", self.tr("Status"), self.status_combo),
        ):
            self.form.add(key, label, widget)

    def _load(self, r: NeedRecord) -> None:
        self.institution_edit.setText(r.institution)
        self.title_edit.setText(r.title)
        self.isco_list.values = [(code, "") for code in r.isco_codes]
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(r.mode.value)))
        self.isced_spin.setValue(-1 if r.min_isced is None else r.min_isced)
        self.years_spin.setValue(r.min_years_experience or 0)
        self.languages_list.values = [(code, level.name) for code, level in r.languages]
        self.duration_spin.setValue(r.duration_days or 90)
        for edit, day in ((self.earliest_edit, r.earliest), (self.latest_edit, r.latest)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.place_edit.setText(r.place)
        self.description_edit.setPlainText(r.description)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(r.status)))

    def draft(self) -> NeedDraft:
        return NeedDraft(
            institution=self.institution_edit.text(),
            title=self.title_edit.text(),
            isco_codes=tuple(code for code, _level in self.isco_list.values),
            mode=str(self.mode_combo.currentData()),
            min_isced=None if self.isced_spin.value() < 0 else self.isced_spin.value(),
            min_years_experience=self.years_spin.value() or None,
            languages=tuple((code, Cefr[level]) for code, level in self.languages_list.values),
            duration_days=self.duration_spin.value(),
            earliest=date_of(self.earliest_edit),
            latest=date_of(self.latest_edit),
            place=self.place_edit.text(),
            description=self.description_edit.toPlainText(),
        )

    def _on_save_clicked(self) -> None:
        # A name typed but not added yet is what the officer meant: add it, or say it is unknown.
        for chosen in (self.isco_list, self.languages_list):
            if chosen.pending and not chosen.add_typed():
                return
        try:
            if self._record is None:
                self.saved = self._needs.create(self.draft())
            else:
                status = str(self.status_combo.currentData())
                self.saved = self._needs.update(self._record.id, self.draft(), status)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.accept()


class PlacementDialog(QDialog):
    """Status, dates and outcomes of a placement, tagged with practices."""

    def __init__(
        self,
        needs: NeedService,
        practices: PracticeService,
        today: dt.date,
        placement_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self.setWindowTitle(self.tr("Placement"))
        self._needs = needs
        self._placement_id = placement_id
        self.status_combo = QComboBox()
        for status in PlacementStatus:
            self.status_combo.addItem(status.value.replace("_", " "), status.value)
        self.start_edit = date_edit(today)
        self.end_edit = date_edit(today + dt.timedelta(days=90))
        self.trained_spin = spin_box(0, 1_000_000)
        self.services_spin = spin_box(0, 1_000_000)
        self.notes_edit = QPlainTextEdit()
        self.picker = PracticePicker(practices.tree())
        self.error = ErrorLabel()
        self.buttons = save_cancel_buttons(self, self._on_save_clicked)
        box = QVBoxLayout(self)
        box.addLayout(self._build_form())
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Starts"), self.start_edit)
        form.addRow(self.tr("Ends"), self.end_edit)
        form.addRow(self.tr("People trained"), self.trained_spin)
        form.addRow(self.tr("Services delivered"), self.services_spin)
        form.addRow(self.tr("Outcomes"), self.notes_edit)
        form.addRow(self.tr("Practices"), self.picker)
        return form

    def _on_save_clicked(self) -> None:
        try:
            self._needs.update_placement(
                self._placement_id,
                status=PlacementStatus(self.status_combo.currentData()),
                starts_on=date_of(self.start_edit),
                ends_on=date_of(self.end_edit),
                people_trained=self.trained_spin.value(),
                services_delivered=self.services_spin.value(),
                outcome_notes=self.notes_edit.toPlainText(),
                practice_ids=self.picker.checked,
            )
        except KnownError as exc:
            self.error.show_message(translated(message_of(exc)))
            return
        self.accept()
