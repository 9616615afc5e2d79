"""A visit's appointments by day, time and desk: book, walk-ins, served / no-show, slips."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.errors import KnownError, message_of
from diaspora_desk.domain.visit_lists import AppointmentRow
from diaspora_desk.domain.visits import AppointmentRecord, AppointmentStatus, ConsularService, VisitRecord
from diaspora_desk.reports.catalogue import ReportPrinter
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.visits.facade import Visits
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.visits.booking_dialog import BookingDialog
from diaspora_desk.ui.visits.list_models import AppointmentsTableModel
from diaspora_desk.ui.visits.models import service_title
from diaspora_desk.ui.visits.tables import select_id, selected_row, table_view
from diaspora_desk.ui.widgets import ErrorLabel

# What the rows show: the appointments, and the name, phone and standing of each person.
ROW_TABLES = ("appointment", "person", "person_phone")
# What the summary counts besides appointments: the walk-ins tallied per service.
SUMMARY_TABLES = ("appointment", "visit_service")


class AppointmentsDialog(QDialog):
    """A visit's appointments, paged from SQL. Signals: ``pdf_written(Path)``."""

    pdf_written = Signal(Path)

    def __init__(
        self,
        visits: Visits,
        people: PeopleService,
        gazetteer: Gazetteer,
        print_report: ReportPrinter,
        visit: VisitRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsDialog")
        self._visits = visits
        self._print_report = print_report
        self._people = people
        self._gazetteer = gazetteer
        self.visit = visit
        self._selected_row = 0
        self._selected_id: int | None = None
        self.setWindowTitle(self.tr("Appointments — {title}").format(title=visit.title))
        self.resize(980, 620)
        self._make_filters()
        self.model = AppointmentsTableModel(visits.lists, visit.id)
        self.table = table_view(self.model, "appointmentsTable")
        for column, width in ((0, 90), (1, 56), (2, 210), (3, 200), (4, 120), (5, 80)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicator(
            AppointmentsTableModel.DAY, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.summary = QLabel()
        self.summary.setObjectName("appointmentsSummary")
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("appointmentsError")
        self._make_buttons()
        self._build_layout()
        self._connect()
        self.reload()

    def _make_filters(self) -> None:
        self.day_filter = QComboBox()
        self.day_filter.addItem(self.tr("All days"), None)
        for day in self.visit.days:
            self.day_filter.addItem(day.strftime("%Y-%m-%d (%a)"), day)
        self.service_filter = QComboBox()
        self.service_filter.addItem(self.tr("All services"), None)
        for offered in self.visit.services:
            self.service_filter.addItem(service_title(offered.service), offered.service.value)

    def _make_buttons(self) -> None:
        self.book_button = QPushButton(self.tr("Book…"))
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.served_button = QPushButton(self.tr("Served"))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.cancel_button = QPushButton(self.tr("Cancel appointment"))
        self.slip_button = QPushButton(self.tr("Print slip…"))
        self.schedule_button = QPushButton(self.tr("Day schedule…"))
        for button in (self.slip_button, self.schedule_button):
            button.setProperty("grant", "personal_reports")  # hidden from roles without it
        self.book_button.clicked.connect(lambda: self.book())
        self.walk_in_button.clicked.connect(lambda: self.book(walk_in=True))
        self.served_button.clicked.connect(lambda: self.set_status(AppointmentStatus.SERVED))
        self.no_show_button.clicked.connect(lambda: self.set_status(AppointmentStatus.NO_SHOW))
        self.cancel_button.clicked.connect(lambda: self.set_status(AppointmentStatus.CANCELLED))
        self.slip_button.clicked.connect(lambda: self.print_slip())
        self.schedule_button.clicked.connect(lambda: self.print_day_schedule())

    def _build_layout(self) -> None:
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Day")))
        filters.addWidget(self.day_filter)
        filters.addWidget(QLabel(self.tr("Service")))
        filters.addWidget(self.service_filter)
        filters.addStretch(1)
        filters.addWidget(self.book_button)
        filters.addWidget(self.walk_in_button)
        actions = QHBoxLayout()
        for button in (self.served_button, self.no_show_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.slip_button)
        actions.addWidget(self.schedule_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(close)

    def _connect(self) -> None:
        self.day_filter.currentIndexChanged.connect(self.reload)
        self.service_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        self.model.modelReset.connect(self._on_model_reset)

    # The list ----------------------------------------------------------------------------------
    @property
    def current_row(self) -> AppointmentRow | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    @property
    def current(self) -> AppointmentRecord | None:
        row = self.current_row
        return None if row is None else row.appointment

    def select(self, appointment_id: int) -> bool:
        return select_id(self.table, self.model, appointment_id)

    def reload(self) -> None:
        """Read the appointments with the day and service chosen, and the visit's counts."""
        service = self.service_filter.currentData()
        day = self.day_filter.currentData()
        self.model.set_query(
            dataclasses.replace(
                self.model.query,
                day=day if isinstance(day, dt.date) else None,
                service=ConsularService(service) if service else None,
            )
        )
        self._show_summary()

    def on_changed(self, change: Change) -> None:
        """Refresh what a write made elsewhere (an import, an archive, a merge) touched."""
        if change.touches(*ROW_TABLES):
            self.model.refresh()
        if change.touches(*SUMMARY_TABLES):
            self._show_summary()

    def _on_model_about_to_reset(self) -> None:
        current = self.current
        self._selected_id = current.id if current else None
        self._selected_row = selected_row(self.table) or 0

    def _on_model_reset(self) -> None:
        if self._selected_id is not None:
            select_id(self.table, self.model, self._selected_id, self._selected_row)
        self._on_selection_changed()

    def _show_summary(self) -> None:
        results = self._visits.registry.results(self.visit.id)
        self.summary.setText(
            self.tr(
                "Booked {booked} · served from bookings {served} · no-shows {no_show} · "
                "walk-ins {walk_ins} · delivered {delivered} · new registrations {new}"
            ).format(
                booked=results.booked,
                served=sum(s.served_booked for s in results.services),
                no_show=sum(s.no_show for s in results.services),
                walk_ins=results.walk_ins,
                delivered=results.delivered,
                new=results.new_registrations,
            )
        )

    def _on_selection_changed(self) -> None:
        chosen = self.current is not None
        for button in (self.served_button, self.no_show_button, self.cancel_button, self.slip_button):
            button.setEnabled(chosen)

    # Booking and outcomes ----------------------------------------------------------------------
    def book(self, *, walk_in: bool = False) -> BookingDialog:
        dialog = BookingDialog(
            self._visits.bookings, self._people, self._gazetteer, self.visit, self, walk_in=walk_in
        )
        day = self.day_filter.currentData()
        if isinstance(day, dt.date):
            dialog.day = day
        service = self.service_filter.currentData()
        if service:
            dialog.service = ConsularService(service)
        dialog.accepted.connect(lambda: self._after_booking(dialog))
        dialog.open()
        return dialog

    def _after_booking(self, dialog: BookingDialog) -> None:
        self.reload()
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def set_status(self, status: AppointmentStatus) -> None:
        appointment = self.current
        if appointment is None:
            return
        try:
            self._visits.bookings.set_status(appointment.id, status)
        except KnownError as exc:
            self.error.show_message(translated(message_of(exc)))
            return
        self.error.show_message("")
        self.reload()

    # PDFs --------------------------------------------------------------------------------------
    def print_slip(self, path: Path | None = None) -> None:
        appointment = self.current
        if appointment is None:
            return
        from diaspora_desk.ui.visits.printing import print_slip

        print_slip(self, self._print_report, appointment.id, path, self.pdf_written.emit)

    def print_day_schedule(self, path: Path | None = None) -> None:
        day = self.day_filter.currentData()
        if not isinstance(day, dt.date):
            day = self.current.day if self.current else self.visit.starts_on
        from diaspora_desk.ui.visits.printing import print_day_schedule

        print_day_schedule(self, self._print_report, self.visit.id, day, path, self.pdf_written.emit)
