"""After the visit: results per service, anonymous walk-ins tally, follow-ups with owners."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError, message_of
from diaspora_desk.domain.visits import ConsularService, FollowUp, VisitRecord, VisitResults
from diaspora_desk.services.visits.lists import VisitLists
from diaspora_desk.services.visits.registry import VisitService
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.visits.list_models import FollowUpsTableModel
from diaspora_desk.ui.visits.models import ResultsTableModel, service_title
from diaspora_desk.ui.visits.tables import selected_row, table_view
from diaspora_desk.ui.widgets import ErrorLabel, line_edit


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ResultsPanel(QWidget):
    """Results against the plan; walk-ins and follow-ups are saved at once (not with the form).

    Signals: ``visit_changed(VisitRecord)`` after walk-ins or follow-ups were saved.
    """

    visit_changed = Signal(object)

    def __init__(
        self, registry: VisitService, lists: VisitLists, visit: VisitRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self._registry = registry
        self.visit = visit
        self.results: VisitResults | None = None
        self.model = ResultsTableModel()
        self.table = table_view(self.model, "resultsTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("resultsTotals")
        self.totals.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("resultsError")
        walk_ins = self._make_walk_ins()
        self._make_follow_ups(lists)
        self._build_layout(walk_ins)
        self.show_visit(visit)

    def _make_walk_ins(self) -> QGroupBox:
        self.walk_in_spins: dict[ConsularService, QSpinBox] = {}
        walk_ins = QGroupBox(self.tr("Walk-ins served without taking names"))
        self._walk_in_form = QFormLayout(walk_ins)
        self.walk_in_button = QPushButton(self.tr("Save walk-ins"))
        self.walk_in_button.clicked.connect(self.save_walk_ins)
        return walk_ins

    def _make_follow_ups(self, lists: VisitLists) -> None:
        self.follow_ups_model = FollowUpsTableModel(lists, self.visit.id)
        self.follow_ups = table_view(self.follow_ups_model, "followUps")
        self.follow_ups.horizontalHeader().setStretchLastSection(False)
        self.follow_ups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 170), (2, 90), (3, 90)):
            self.follow_ups.setColumnWidth(column, width)
        self.description_edit = line_edit(self.tr("What must be done"))
        self.owner_edit = line_edit(self.tr("Who"))
        self.due_check = QCheckBox(self.tr("Due"))
        self.due_edit = QDateEdit(qdate(self._registry.today() + dt.timedelta(days=14)))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_check.setChecked(True)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.add_button = QPushButton(self.tr("Add follow-up"))
        self.add_button.clicked.connect(self.add_follow_up)
        self.done_button = QPushButton(self.tr("Mark done / reopen"))
        self.done_button.clicked.connect(self.toggle_done)

    def _build_layout(self, walk_ins: QGroupBox) -> None:
        walk_row = QHBoxLayout()
        walk_row.addWidget(walk_ins, 1)
        walk_row.addWidget(self.walk_in_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.description_edit, 3)
        add_row.addWidget(self.owner_edit, 1)
        add_row.addWidget(self.due_check)
        add_row.addWidget(self.due_edit)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(walk_row)
        layout.addWidget(QLabel(self.tr("<b>Follow-ups</b> (saved at once)")))
        layout.addWidget(self.follow_ups, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)

    def show_visit(self, visit: VisitRecord) -> None:
        self.visit = visit
        self.results = self._registry.results(visit.id)
        self.model.set_rows(self.results.services)
        self.totals.setText(
            self.tr(
                "Delivered {delivered} services: {booked} booked, {walk_ins} walk-ins; "
                "{new} new registrations; {skills} skills records; {open} follow-ups open."
            ).format(
                delivered=self.results.delivered,
                booked=self.results.booked,
                walk_ins=self.results.walk_ins,
                new=self.results.new_registrations,
                skills=self.results.skills_records,
                open=self.results.follow_ups_open,
            )
        )
        self._fill_walk_ins(visit)
        self.follow_ups_model.refresh()

    def _fill_walk_ins(self, visit: VisitRecord) -> None:
        while self._walk_in_form.rowCount():
            self._walk_in_form.removeRow(0)
        self.walk_in_spins = {}
        for offered in visit.services:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setValue(offered.walk_ins_served)
            spin.setMaximumWidth(110)
            self.walk_in_spins[offered.service] = spin
            self._walk_in_form.addRow(service_title(offered.service), spin)

    def save_walk_ins(self) -> None:
        record = self.visit
        try:
            for offered in self.visit.services:
                count = self.walk_in_spins[offered.service].value()
                if count != offered.walk_ins_served:
                    record = self._registry.record_walk_ins(self.visit.id, offered.service, count)
        except KnownError as exc:
            self.error.show_message(translated(message_of(exc)))
            return
        self.error.show_message("")
        self._changed(record)

    def add_follow_up(self) -> None:
        due = pydate(self.due_edit.date()) if self.due_check.isChecked() else None
        try:
            record = self._registry.add_follow_up(
                self.visit.id, FollowUp(self.description_edit.text(), self.owner_edit.text(), due)
            )
        except ValidationError as exc:
            self.error.show_message(
                "\n".join(
                    self.tr("Follow-up {field}: {message}").format(field=k, message=translated(v))
                    for k, v in exc.errors.items()
                )
            )
            return
        self.error.show_message("")
        self.description_edit.clear()
        self._changed(record)

    def toggle_done(self) -> None:
        row = selected_row(self.follow_ups)
        item = None if row is None else self.follow_ups_model.row_at(row)
        if item is None or item.id is None:
            self.error.show_message(self.tr("Select a follow-up first."))
            return
        done_on = None if item.done_on else self._registry.today()
        try:
            record = self._registry.set_follow_up_done(item.id, done_on)
        except KnownError as exc:
            show_error(self, exc, "follow-up done")
            return
        self._changed(record)

    def _changed(self, record: VisitRecord) -> None:
        self.show_visit(record)
        self.visit_changed.emit(record)
