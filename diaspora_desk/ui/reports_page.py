"""The Reports hub: choose any report, set its parameters, preview its pages, save or print it."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.paths import private_temp_dir
from diaspora_desk.reports.catalogue import REPORTS, ReportKind, ReportOptions, ReportPrinter
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.report_preview import (
    Cancelled,
    RenderedPages,
    ReportPreview,
    ReportRequest,
    make_report,
)
from diaspora_desk.ui.tasks import Task, run_task


@dataclass(frozen=True, slots=True)
class ReportChoice:
    kind: ReportKind
    title: str
    what: str
    id_label: str = ""


def _choices(tr: Callable[[str], str]) -> tuple[ReportChoice, ...]:
    return (
        ReportChoice(
            ReportKind.BRIEFING,
            tr("Practices briefing for headquarters"),
            tr(
                "Everything the consulate did in a period against the recommended practices, its gaps, "
                "and its diaspora's profile, with small counts suppressed."
            ),
        ),
        ReportChoice(
            ReportKind.SKILLS, tr("Skills inventory summary"), tr("Aggregate counts of the skills inventory.")
        ),
        ReportChoice(
            ReportKind.ASSOCIATION,
            tr("Association profile"),
            tr("An association's record, interactions and practices."),
            tr("Association id"),
        ),
        ReportChoice(
            ReportKind.PERSON,
            tr("Person record"),
            tr("Everything held on one person (an access request); audited."),
            tr("Person id"),
        ),
        ReportChoice(
            ReportKind.SHORTLIST,
            tr("Need shortlist"),
            tr("The ranked candidates for a need at home."),
            tr("Need id"),
        ),
        ReportChoice(
            ReportKind.VISIT_BRIEFING,
            tr("Mobile visit briefing"),
            tr("Before a mobile consulate: the area, services and team."),
            tr("Visit id"),
        ),
        ReportChoice(
            ReportKind.VISIT,
            tr("Mobile visit report"),
            tr("After a mobile consulate: results against plan."),
            tr("Visit id"),
        ),
        ReportChoice(
            ReportKind.DAY_SCHEDULE,
            tr("Day schedule"),
            tr("Each service desk's appointments on one day; audited."),
            tr("Visit id"),
        ),
        ReportChoice(
            ReportKind.CAMPAIGN,
            tr("Campaign report"),
            tr("A campaign's audience, reach, poll results and opt-outs, with small counts suppressed."),
            tr("Campaign id"),
        ),
        ReportChoice(
            ReportKind.APPOINTMENT_SLIP,
            tr("Appointment slip"),
            tr("What a booked person brings, and when; audited."),
            tr("Appointment id"),
        ),
    )


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    """Signals: ``previewed(int)`` with the page count once a preview is on screen."""

    previewed = Signal(int)

    def __init__(
        self,
        print_report: ReportPrinter,
        consulates: Callable[[], list[ConsulateRecord]],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._print_report = print_report
        self._consulates = consulates
        self._today = today
        self._folder = Path(tempfile.mkdtemp(prefix="diaspora-desk-reports-", dir=private_temp_dir()))
        self.destroyed.connect(lambda: shutil.rmtree(self._folder, ignore_errors=True))
        self.task: Task[RenderedPages] | None = None
        self.choices = _choices(self.tr)
        self.list = QListWidget()
        self.list.setObjectName("reportList")
        for choice in self.choices:
            item = QListWidgetItem(choice.title)
            item.setToolTip(choice.what)
            self.list.addItem(item)
        self.preview = ReportPreview()
        splitter = QSplitter()
        splitter.addWidget(self._build_form())
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._on_choice_changed)
        self.list.setCurrentRow(0)

    def _build_form(self) -> QWidget:
        side = QWidget()
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.item_id = QSpinBox()
        self.item_id.setRange(1, 2_000_000_000)
        self.date_from, self.date_to, self.day = QDateEdit(), QDateEdit(), QDateEdit()
        today = self._today()
        for edit, value in (
            (self.date_from, dt.date(today.year, 1, 1)),
            (self.date_to, today),
            (self.day, today),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.one_day = QCheckBox(self.tr("Only this day"))
        self.consulate = QComboBox()
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0, 1000)
        self.radius.setSpecialValueText(self.tr("default"))
        self.radius.setSuffix(" km")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Record"), self.item_id)
        self.form.addRow(self.tr("From"), self.date_from)
        self.form.addRow(self.tr("To"), self.date_to)
        self.form.addRow(self.tr("Consulate"), self.consulate)
        self.form.addRow(self.tr("Paper"), self.paper)
        self.form.addRow(self.one_day, self.day)
        self.form.addRow(self.tr("Area radius"), self.radius)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(lambda: self.make_preview())
        layout = QVBoxLayout(side)
        layout.addWidget(QLabel(self.tr("<h2>Reports</h2>")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.what)
        layout.addLayout(self.form)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        return side

    @property
    def choice(self) -> ReportChoice:
        return self.choices[max(self.list.currentRow(), 0)]

    def select(self, kind: ReportKind, item_id: int | None = None) -> None:
        """Choose the report ``kind`` (and its record)."""
        self.list.setCurrentRow(next(i for i, c in enumerate(self.choices) if c.kind is kind))
        if item_id is not None:
            self.item_id.setValue(item_id)

    def _on_choice_changed(self, _row: int) -> None:
        choice = self.choice
        spec = REPORTS[choice.kind]
        self.what.setText(choice.what)
        rows = {
            self.item_id: spec.takes_id,
            self.date_from: "period_from" in spec.options,
            self.date_to: "period_to" in spec.options,
            self.consulate: "consulate_id" in spec.options,
            self.paper: "paper" in spec.options,
            self.day: "day" in spec.options,
            self.radius: "radius_km" in spec.options,
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        label = self.form.labelForField(self.item_id)
        if choice.id_label and isinstance(label, QLabel):
            label.setText(choice.id_label)
        if "consulate_id" in spec.options:
            self.refresh_consulates()

    def refresh_consulates(self) -> None:
        chosen = self.consulate.currentData()
        self.consulate.clear()
        self.consulate.addItem(self.tr("The current consulate"), None)
        for consulate in self._consulates():
            self.consulate.addItem(consulate.name, consulate.id)
        self.consulate.setCurrentIndex(max(self.consulate.findData(chosen), 0))

    def request(self) -> ReportRequest:
        """The chosen report with the parameters it takes, as set in the form."""
        kind = self.choice.kind
        spec = REPORTS[kind]
        options = ReportOptions(
            day=_date(self.day) if "day" in spec.options and self.one_day.isChecked() else None,
            radius_km=self.radius.value()
            if "radius_km" in spec.options and self.radius.value() > 0
            else None,
            period_from=_date(self.date_from) if "period_from" in spec.options else None,
            period_to=_date(self.date_to) if "period_to" in spec.options else None,
            consulate_id=self.consulate.currentData() if "consulate_id" in spec.options else None,
            paper=self.paper.currentData() if "paper" in spec.options else None,
        )
        item_id = self.item_id.value() if spec.takes_id else None
        name = f"{kind.value}-{item_id}" if item_id is not None else kind.value
        return ReportRequest(kind, item_id, options, name)

    def make_preview(self) -> Task[RenderedPages]:
        """Make the chosen report off the GUI thread (progress, Cancel) and show its pages."""
        request = self.request()
        self.preview_button.setEnabled(False)

        def shown(pages: RenderedPages) -> None:
            self.preview_button.setEnabled(True)
            self.preview.show_pages(pages, f"{request.name}.pdf")
            self.previewed.emit(len(pages.images))

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            if not isinstance(exc, Cancelled):
                show_error(self, exc, "report preview")

        work = make_report(self._print_report, request, self._folder)
        self.task = run_task(self, self.tr("Making the report…"), work, shown, failed)
        return self.task
