"""A visit's appointments by day, time and desk: book, walk-ins, served / no-show, slips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
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

from diaspora_desk.domain.errors import KnownError, message_of
from diaspora_desk.domain.visits import AppointmentRecord, AppointmentStatus, ConsularService, VisitRecord
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.visits.booking_dialog import BookingDialog
from diaspora_desk.ui.visits.models import AppointmentsTableModel, service_title
from diaspora_desk.ui.visits.planner_page import table_view
from diaspora_desk.ui.widgets import ErrorLabel


class AppointmentsDialog(QDialog):
    """Signals: ``changed()`` after any booking or status change; ``pdf_written(Path)``."""

    changed = Signal()
    pdf_written = Signal(Path)

    def __init__(self, services: Services, visit: VisitRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsDialog")
        self._services = services
        self.visit = visit
        self.setWindowTitle(self.tr("Appointments — {title}").format(title=visit.title))
        self.resize(980, 620)
        self.day_filter = QComboBox()
        self.day_filter.addItem(self.tr("All days"), None)
        for day in visit.days:
            self.day_filter.addItem(day.strftime("%Y-%m-%d (%a)"), day)
        self.service_filter = QComboBox()
        self.service_filter.addItem(self.tr("All services"), None)
        for offered in visit.services:
            self.service_filter.addItem(service_title(offered.service), offered.service.value)
        self.model = AppointmentsTableModel()
        self.table = table_view(self.model, "appointmentsTable")
        for column, width in ((0, 90), (1, 56), (2, 210), (3, 200), (4, 120), (5, 80)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("appointmentsSummary")
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("appointmentsError")
        self.book_button = QPushButton(self.tr("Book…"))
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.served_button = QPushButton(self.tr("Served"))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.cancel_button = QPushButton(self.tr("Cancel appointment"))
        self.slip_button = QPushButton(self.tr("Print slip…"))
        self.schedule_button = QPushButton(self.tr("Day schedule…"))
        self.book_button.clicked.connect(lambda: self.book())
        self.walk_in_button.clicked.connect(lambda: self.book(walk_in=True))
        self.served_button.clicked.connect(lambda: self.set_status(AppointmentStatus.SERVED))
        self.no_show_button.clicked.connect(lambda: self.set_status(AppointmentStatus.NO_SHOW))
        self.cancel_button.clicked.connect(lambda: self.set_status(AppointmentStatus.CANCELLED))
        self.slip_button.clicked.connect(lambda: self.print_slip())
        self.schedule_button.clicked.connect(lambda: self.print_day_schedule())
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
        self.day_filter.currentIndexChanged.connect(self.reload)
        self.service_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.reload()

    @property
    def current(self) -> AppointmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, appointment_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == appointment_id:
                self.table.selectRow(row)

    def reload(self) -> None:
        selected = self.current.id if self.current else None
        service = self.service_filter.currentData()
        self.model.set_rows(
            self._services.visits.bookings.appointments(
                self.visit.id,
                day=self.day_filter.currentData(),
                service=ConsularService(service) if service else None,
            )
        )
        if selected is not None:
            self.select(selected)
        results = self._services.visits.registry.results(self.visit.id)
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
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        chosen = self.current is not None
        for button in (self.served_button, self.no_show_button, self.cancel_button, self.slip_button):
            button.setEnabled(chosen)

    def book(self, *, walk_in: bool = False) -> BookingDialog:
        dialog = BookingDialog(self._services, self.visit, self, walk_in=walk_in)
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
        self.changed.emit()

    def set_status(self, status: AppointmentStatus) -> None:
        appointment = self.current
        if appointment is None:
            return
        try:
            self._services.visits.bookings.set_status(appointment.id, status)
        except KnownError as exc:
            self.error.show_message(translated(message_of(exc)))
            return
        self.error.show_message("")
        self.reload()
        self.changed.emit()

    def print_slip(self, path: Path | None = None) -> None:
        appointment = self.current
        if appointment is None:
            return
        from diaspora_desk.ui.visits.printing import print_slip

        print_slip(self, self._services, appointment.id, path, self.pdf_written.emit)

    def print_day_schedule(self, path: Path | None = None) -> None:
        day = self.day_filter.currentData()
        if not isinstance(day, dt.date):
            day = self.current.day if self.current else self.visit.starts_on
        from diaspora_desk.ui.visits.printing import print_day_schedule

        print_day_schedule(self, self._services, self.visit.id, day, path, self.pdf_written.emit)
