"""Needs at home and their matches: the shortlist with reasons, proposals and placements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError, message_of
from diaspora_desk.domain.matching import NeedMode, PlacementStatus
from diaspora_desk.domain.people import parse_language_levels
from diaspora_desk.domain.people_records import Shortlist
from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft, NeedRecord, PlacementRecord
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.tasks import TaskContext, run_task
from diaspora_desk.ui.widgets import ErrorLabel, ValidatedForm, line_edit


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class NeedDialog(QDialog):
    """A home institution's request. ``saved`` holds the need after Save."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needDialog")
        self.setWindowTitle(self.tr("New need"))
        self._services = services
        self.saved: NeedRecord | None = None
        today = services.clock.today()
        self.institution_edit = line_edit()
        self.title_edit = line_edit()
        self.isco_edit = line_edit(self.tr("ISCO-08 groups, e.g. 2212; 221"))
        self.mode_combo = QComboBox()
        for mode in NeedMode:
            self.mode_combo.addItem(mode.value.replace("_", " "), mode.value)
        self.isced_spin = QSpinBox()
        self.isced_spin.setRange(-1, 8)
        self.isced_spin.setSpecialValueText(self.tr("no minimum"))
        self.isced_spin.setValue(-1)
        self.years_spin = QSpinBox()
        self.years_spin.setRange(0, 50)
        self.languages_edit = line_edit(self.tr("code:LEVEL; e.g. es:C1; en:B2"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 3650)
        self.duration_spin.setValue(90)
        self.earliest_edit = _date_edit(today)
        self.latest_edit = _date_edit(today + dt.timedelta(days=365))
        self.place_edit = line_edit()
        self.description_edit = QPlainTextEdit()
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        for key, label, widget in (
            ("institution", self.tr("Institution *"), self.institution_edit),
            ("title", self.tr("Title *"), self.title_edit),
            ("isco_codes", self.tr("Occupations *"), self.isco_edit),
            ("mode", self.tr("Mode"), self.mode_combo),
            ("min_isced", self.tr("Minimum ISCED"), self.isced_spin),
            ("min_years_experience", self.tr("Minimum years"), self.years_spin),
            ("languages", self.tr("Languages"), self.languages_edit),
            ("duration_days", self.tr("Duration (days)"), self.duration_spin),
            ("earliest", self.tr("Earliest start"), self.earliest_edit),
            ("latest", self.tr("Latest end"), self.latest_edit),
            ("place", self.tr("Place"), self.place_edit),
            ("description", self.tr("Description"), self.description_edit),
        ):
            self.form.add(key, label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(self.buttons)

    def _on_save_clicked(self) -> None:
        try:
            languages = parse_language_levels(self.languages_edit.text())
        except ValueError as exc:
            self.form.show_errors({"languages": message_of(exc)})
            return
        codes = tuple(c.strip() for c in self.isco_edit.text().replace(",", ";").split(";") if c.strip())
        draft = NeedDraft(
            institution=self.institution_edit.text(),
            title=self.title_edit.text(),
            isco_codes=codes,
            mode=str(self.mode_combo.currentData()),
            min_isced=None if self.isced_spin.value() < 0 else self.isced_spin.value(),
            min_years_experience=self.years_spin.value() or None,
            languages=languages,
            duration_days=self.duration_spin.value(),
            earliest=_date(self.earliest_edit),
            latest=_date(self.latest_edit),
            place=self.place_edit.text(),
            description=self.description_edit.toPlainText(),
        )
        try:
            self.saved = self._services.people.needs.create(draft)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.accept()


class PlacementDialog(QDialog):
    """Status, dates and outcomes of a placement, tagged with practices."""

    def __init__(self, services: Services, placement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self.setWindowTitle(self.tr("Placement"))
        self._services = services
        self._placement_id = placement_id
        today = services.clock.today()
        self.status_combo = QComboBox()
        for status in PlacementStatus:
            self.status_combo.addItem(status.value.replace("_", " "), status.value)
        self.start_edit = _date_edit(today)
        self.end_edit = _date_edit(today + dt.timedelta(days=90))
        self.trained_spin = QSpinBox()
        self.trained_spin.setRange(0, 1_000_000)
        self.services_spin = QSpinBox()
        self.services_spin.setRange(0, 1_000_000)
        self.notes_edit = QPlainTextEdit()
        self.picker = PracticePicker(services.practices.tree())
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Starts"), self.start_edit)
        form.addRow(self.tr("Ends"), self.end_edit)
        form.addRow(self.tr("People trained"), self.trained_spin)
        form.addRow(self.tr("Services delivered"), self.services_spin)
        form.addRow(self.tr("Outcomes"), self.notes_edit)
        form.addRow(self.tr("Practices"), self.picker)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    def _on_save_clicked(self) -> None:
        try:
            self._services.people.needs.update_placement(
                self._placement_id,
                status=PlacementStatus(self.status_combo.currentData()),
                starts_on=_date(self.start_edit),
                ends_on=_date(self.end_edit),
                people_trained=self.trained_spin.value(),
                services_delivered=self.services_spin.value(),
                outcome_notes=self.notes_edit.toPlainText(),
                practice_ids=self.picker.checked,
            )
        except KnownError as exc:
            self.error.show_message(translated(message_of(exc)))
            return
        self.accept()


class NeedsPage(QWidget):
    """Signals: ``status(str)``, ``pdf_written(Path)``."""

    status = Signal(str)
    pdf_written = Signal(Path)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsPage")
        self._services = services
        self._needs: list[NeedRecord] = []
        self.shortlist: Shortlist | None = None
        self._placements: list[PlacementRecord] = []
        self.needs_table = self._table(
            [self.tr("Id"), self.tr("Need"), self.tr("Institution"), self.tr("Mode"), self.tr("Status")]
        )
        self.needs_table.itemSelectionChanged.connect(self.find_candidates)
        self.candidates = self._table(
            [self.tr("Score"), self.tr("Candidate"), self.tr("City"), self.tr("Why")]
        )
        self.candidates.setObjectName("candidateTable")
        self.without_label = QLabel()
        self.without_label.setObjectName("withoutConsent")
        self.placements = self._table(
            [self.tr("Id"), self.tr("Person"), self.tr("Status"), self.tr("Outcomes")]
        )
        self.new_button = QPushButton(self.tr("New need…"))
        self.propose_button = QPushButton(self.tr("Propose selected candidate"))
        self.placement_button = QPushButton(self.tr("Update placement…"))
        self.print_button = QPushButton(self.tr("Shortlist PDF…"))
        self.new_button.clicked.connect(self.new_need)
        self.propose_button.clicked.connect(self.propose_selected)
        self.placement_button.clicked.connect(self.edit_placement)
        self.print_button.clicked.connect(lambda: self.print_shortlist())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.needs_table)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("<b>Shortlist</b> (consenting people only)")))
        right_layout.addWidget(self.candidates, 2)
        right_layout.addWidget(self.without_label)
        buttons = QHBoxLayout()
        for button in (self.propose_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(QLabel(self.tr("<b>Placements</b>")))
        right_layout.addWidget(self.placements, 1)
        right_layout.addWidget(self.placement_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 800])
        QVBoxLayout(self).addWidget(splitter)
        self.reload()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setWordWrap(False)
        table.setColumnWidth(0, 50)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)

    def reload(self) -> None:
        self._needs = self._services.people.needs.all()
        self._fill(
            self.needs_table,
            [
                [str(n.id), n.title, n.institution, n.mode.value.replace("_", " "), n.status]
                for n in self._needs
            ],
        )

    def current_need(self) -> NeedRecord | None:
        rows = self.needs_table.selectionModel().selectedRows()
        return self._needs[rows[0].row()] if rows else None

    def select_need(self, need_id: int) -> None:
        for row, need in enumerate(self._needs):
            if need.id == need_id:
                self.needs_table.selectRow(row)

    def find_candidates(self) -> None:
        need = self.current_need()
        if need is None:
            return
        try:
            self.shortlist = self._services.people.matching.match(need.id, top=50)
        except Exception as exc:
            show_error(self, exc, "match need")
            return
        self._fill(
            self.candidates,
            [
                [
                    f"{c.score:.1f}",
                    c.name,
                    f"{c.city}, {c.country}",
                    "; ".join(
                        f"{k.name} {k.points:.0f}/{k.maximum:.0f} ({translated(k.detail)})"
                        for k in c.criteria
                    ),
                ]
                for c in self.shortlist.candidates
            ],
        )
        self.without_label.setText(
            self.tr(
                "{n} more people would match without their consent to sharing; they are not listed."
            ).format(n=self.shortlist.without_consent)
        )
        self._show_placements(need.id)

    def _show_placements(self, need_id: int) -> None:
        self._placements = self._services.people.needs.placements(need_id)
        self._fill(
            self.placements,
            [
                [
                    str(p.id),
                    p.person_name,
                    p.status.value.replace("_", " "),
                    p.outcome_notes.replace("\n", " "),
                ]
                for p in self._placements
            ],
        )

    def new_need(self) -> NeedDialog:
        dialog = NeedDialog(self._services, self)

        def saved() -> None:
            self.reload()
            if dialog.saved is not None:
                self.select_need(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def propose_selected(self) -> None:
        need, rows = self.current_need(), self.candidates.selectionModel().selectedRows()
        if need is None or not rows or self.shortlist is None:
            return
        candidate = self.shortlist.candidates[rows[0].row()]
        try:
            self._services.people.needs.propose(need.id, candidate.person_id)
        except Exception as exc:
            show_error(self, exc, "propose candidate")
            return
        self._show_placements(need.id)
        self.status.emit(self.tr("Proposed {name}").format(name=candidate.name))

    def edit_placement(self) -> PlacementDialog | None:
        rows = self.placements.selectionModel().selectedRows()
        need = self.current_need()
        if not rows or need is None:
            return None
        dialog = PlacementDialog(self._services, self._placements[rows[0].row()].id, self)
        dialog.accepted.connect(lambda: self._show_placements(need.id))
        dialog.open()
        return dialog

    def print_shortlist(self, path: Path | None = None) -> None:
        need = self.current_need()
        if need is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save shortlist"),
                str(Path.home() / f"shortlist-{need.id}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, services, need_id = path, self._services, need.id

        def work(_context: TaskContext) -> Path:
            return render_report(services, ReportKind.SHORTLIST, need_id, target).path

        run_task(self, self.tr("Writing the shortlist…"), work, self.pdf_written.emit, cancellable=False)
