"""The list of mobile visits with a status filter and search; opens the visit and its bookings."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.visit_lists import VisitQuery
from diaspora_desk.domain.visits import VisitRecord, VisitStatus, VisitSummary
from diaspora_desk.ui.empty_hint import EmptyHint, clear_link
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.visits.appointments_dialog import AppointmentsDialog
from diaspora_desk.ui.visits.area_services import VisitsAreaServices
from diaspora_desk.ui.visits.list_models import VisitsTableModel
from diaspora_desk.ui.visits.models import service_title, visit_status_label
from diaspora_desk.ui.visits.tables import select_id, selected_row, table_view
from diaspora_desk.ui.visits.visit_dialog import VisitDialog

# What the list shows: the visit's own columns, its bookings and the consulate's name.
LIST_TABLES = ("mobile_visit", "appointment", "consulate")
# Parts of a visit the details show, written as rows of their own (their ids are not the visit's).
PART_TABLES = ("visit_service", "visit_team_member", "visit_equipment", "consulate", "association")


class VisitsPage(QWidget):
    """Signals: ``status(str)``, ``pdf_written(Path)``."""

    status = Signal(str)
    pdf_written = Signal(Path)

    def __init__(self, services: VisitsAreaServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self._services = services
        self.current: VisitRecord | None = None
        self.appointments: AppointmentsDialog | None = None
        self._selected_row = 0
        self._make_filters()
        self.model = VisitsTableModel(services.visits.lists)
        self.table = table_view(self.model, "visitsTable")
        self.table.horizontalHeader().setSortIndicator(VisitsTableModel.DATES, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in ((0, 190), (1, 120), (2, 165), (3, 80), (4, 58), (5, 58)):
            self.table.setColumnWidth(column, width)
        self._make_details()
        self._make_buttons()
        self._build_layout()
        self._connect()
        self.empty_hint = EmptyHint(self.table, self._empty_message, self._on_hint_link)
        self.reload()

    def _empty_message(self) -> str:
        if self.search_edit.text().strip() or self.status_filter.currentIndex() > 0:
            return self.tr("No visit matches this search and status.<br>{link}").format(
                link=clear_link(self.tr("Show every visit"))
            )
        return self.tr(
            "No mobile visit planned yet.<br>Use <b>New visit…</b>, or the <b>Planner</b> tab to see "
            "which towns need one."
        )

    def _on_hint_link(self, _link: str) -> None:
        self.search_edit.clear()
        self.status_filter.setCurrentIndex(0)
        self.reload()

    def _make_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("visitSearch")
        self.search_edit.setPlaceholderText(self.tr("Town or title"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in VisitStatus:
            self.status_filter.addItem(visit_status_label(status), status.value)
        self.count_label = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)

    def _make_details(self) -> None:
        self.details = QLabel()
        self.details.setObjectName("visitDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setContentsMargins(8, 4, 8, 4)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setMinimumWidth(280)

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("New visit…"))
        self.new_button.setProperty("grant", "edit_records")  # hidden from viewers
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.appointments_button = QPushButton(self.tr("Appointments…"))
        self.results_button = QPushButton(self.tr("Results…"))
        self.briefing_button = QPushButton(self.tr("Briefing PDF…"))
        self.report_button = QPushButton(self.tr("Visit report PDF…"))
        self.new_button.clicked.connect(lambda: self.new_visit())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.appointments_button.clicked.connect(lambda: self.open_appointments())
        self.results_button.clicked.connect(lambda: self.open_results())
        self.briefing_button.clicked.connect(lambda: self.print_briefing())
        self.report_button.clicked.connect(lambda: self.print_report())

    def _connect(self) -> None:
        self.table.doubleClicked.connect(lambda: self.edit_selected())
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._timer.start)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        self.model.modelReset.connect(self._on_model_reset)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.appointments_button, self.results_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.briefing_button)
        actions.addWidget(self.report_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details_scroll)
        splitter.setSizes([980, 280])
        QVBoxLayout(self).addWidget(splitter)

    # The list ----------------------------------------------------------------------------------
    def query(self) -> VisitQuery:
        """The filters as typed, in the sort order chosen by clicking a column."""
        status = self.status_filter.currentData()
        current = self.model.query
        return VisitQuery(
            text=self.search_edit.text(),
            status=VisitStatus(status) if status else None,
            sort=current.sort,
            descending=current.descending,
        )

    def reload(self) -> None:
        """Read the list again with the filters; the selected visit stays selected if listed."""
        self._timer.stop()
        try:
            self.model.set_query(self.query())
        except Exception as exc:
            show_error(self, exc, "list visits")

    def _on_model_about_to_reset(self) -> None:
        self._selected_row = selected_row(self.table) or 0

    def _on_model_reset(self) -> None:
        """After a reload or a sort: the count, and the visit shown selected again if listed."""
        self.count_label.setText(self.tr("%n visit(s)", "", self.model.rowCount()))
        if self.current is None or not select_id(self.table, self.model, self.current.id, self._selected_row):
            self._show(None)

    def select(self, visit_id: int) -> bool:
        return select_id(self.table, self.model, visit_id)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def on_changed(self, change: Change) -> None:
        """Refresh what a committed write touched: the list, the visit shown, open appointments."""
        if change.touches(*LIST_TABLES):
            self.model.refresh()
        if self.current is not None and self._touches_current(change):
            self._show_visit(self.current.id)
        if self.appointments is not None:
            self.appointments.on_changed(change)

    def _touches_current(self, change: Change) -> bool:
        assert self.current is not None
        if change.touches(*PART_TABLES):
            return True
        ids = change.ids_of("mobile_visit")
        return ids is None or self.current.id in ids

    # The visit shown ---------------------------------------------------------------------------
    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = rows[0].data(VisitsTableModel.ROW_ROLE) if rows else None
        if not isinstance(item, VisitSummary):
            self._show(None)
            return
        if self.current is None or self.current.id != item.id:
            self._show_visit(item.id)

    def _show_visit(self, visit_id: int) -> None:
        try:
            self._show(self._services.visits.registry.get(visit_id))
        except Exception as exc:
            show_error(self, exc, "show visit")

    def _show(self, record: VisitRecord | None) -> None:
        self.current = record
        for button in (
            self.edit_button,
            self.appointments_button,
            self.results_button,
            self.briefing_button,
            self.report_button,
        ):
            button.setEnabled(record is not None)
        if record is None:
            self.details.setText(self.tr("<i>Select a visit to see its plan.</i>"))
            return
        self.details.setText(_details_html(self, record))

    # Dialogs -----------------------------------------------------------------------------------
    def new_visit(self, dialog: VisitDialog | None = None) -> VisitDialog:
        dialog = dialog or VisitDialog(self._services, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def edit_selected(self, tab: int = VisitDialog.VISIT_TAB) -> VisitDialog | None:
        if self.current is None:
            return None
        dialog = VisitDialog(self._services, self.current, self)
        dialog.tabs.setCurrentIndex(tab)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def open_results(self) -> VisitDialog | None:
        return self.edit_selected(VisitDialog.RESULTS_TAB)

    def _after_save(self, dialog: VisitDialog) -> None:
        """Show the visit saved: clear the search so it is listed, and select it."""
        if dialog.saved is not None:
            self.current = dialog.saved
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.reload()
            self.status.emit(self.tr("Saved {title}").format(title=dialog.saved.title))

    def open_appointments(self) -> AppointmentsDialog | None:
        if self.current is None:
            return None
        services = self._services
        dialog = AppointmentsDialog(
            services.visits, services.people, services.gazetteer, services.print_report, self.current, self
        )
        dialog.pdf_written.connect(self.pdf_written)
        dialog.finished.connect(lambda _result: self._forget_appointments(dialog))
        self.appointments = dialog
        dialog.open()
        return dialog

    def _forget_appointments(self, dialog: AppointmentsDialog) -> None:
        if self.appointments is dialog:
            self.appointments = None

    # PDFs --------------------------------------------------------------------------------------
    def print_briefing(self, path: Path | None = None) -> None:
        if self.current is not None:
            from diaspora_desk.ui.visits.printing import print_visit_pdf

            print_visit_pdf(self, self._services.print_report, self.current, "briefing", path, self._written)

    def print_report(self, path: Path | None = None) -> None:
        if self.current is not None:
            from diaspora_desk.ui.visits.printing import print_visit_pdf

            print_visit_pdf(self, self._services.print_report, self.current, "report", path, self._written)

    def print_current(self, path: Path | None = None) -> None:
        """Ctrl+P: the report once the visit is done, the briefing before."""
        if self.current is None:
            self.status.emit(self.tr("Select a visit to print its briefing or report."))
            return
        if self.current.status is VisitStatus.DONE:
            self.print_report(path)
        else:
            self.print_briefing(path)

    def _written(self, path: Path) -> None:
        self.status.emit(self.tr("Written to {path}").format(path=path))
        self.pdf_written.emit(path)


def _details_html(page: QWidget, record: VisitRecord) -> str:
    rows = [
        f"<h3>{escape(record.title)}</h3>",
        f"<p>{escape(record.city)}, {escape(record.country)} · "
        f"{escape(visit_status_label(record.status))}<br/>",
        f"{record.starts_on:%Y-%m-%d} – {record.ends_on:%Y-%m-%d}, "
        f"{record.opens_at:%H:%M}–{record.closes_at:%H:%M}<br/>",
        escape(page.tr("Sent by {consulate}").format(consulate=record.consulate_name)) + "</p>",
    ]
    if record.venue or record.venue_address:
        rows.append(f"<p>{escape(record.venue)}<br/>{escape(record.venue_address)}</p>")
    if record.host_association_name or record.host_partner:
        host = " · ".join(x for x in (record.host_association_name, record.host_partner) if x)
        rows.append(f"<p><b>{escape(page.tr('Host'))}:</b> {escape(host)}</p>")
    if record.services:
        items = "".join(
            f"<li>{escape(service_title(o.service))} — "
            + escape(page.tr("{n} per hour").format(n=o.capacity_per_hour))
            + "</li>"
            for o in record.services
        )
        rows.append(f"<b>{escape(page.tr('Services'))}</b><ul>{items}</ul>")
    if record.team:
        items = "".join(f"<li>{escape(m.name)} — {escape(m.role)}</li>" for m in record.team)
        rows.append(f"<b>{escape(page.tr('Team'))}</b><ul>{items}</ul>")
    packed = sum(1 for e in record.equipment if e.packed)
    if record.equipment:
        rows.append(
            "<p>"
            + escape(
                page.tr("Equipment: {packed} of {total} packed").format(
                    packed=packed, total=len(record.equipment)
                )
            )
            + "</p>"
        )
    return "".join(rows)
