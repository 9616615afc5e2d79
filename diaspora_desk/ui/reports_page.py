"""The Reports hub: choose any report, set its parameters, preview its pages, save or print it."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
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
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError
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
from diaspora_desk.ui.report_records import RECORD_OF_REPORT, RecordFinder, RecordKind
from diaspora_desk.ui.search_picker import SearchPicker
from diaspora_desk.ui.tasks import Task, run_task


def _record_texts(tr: Callable[[str], str]) -> dict[RecordKind, tuple[str, str, str]]:
    """Per kind of record: the form's label, the picker's placeholder, what to do when none is chosen."""
    return {
        RecordKind.ASSOCIATION: (
            tr("Association"),
            tr("Type part of the association's name"),
            tr("Choose the association: type part of its name and pick it from the list."),
        ),
        RecordKind.PERSON: (
            tr("Person"),
            tr("Type part of the person's name, a phone or an e-mail"),
            tr("Choose the person: type part of their name and pick them from the list."),
        ),
        RecordKind.NEED: (
            tr("Need"),
            tr("Type part of the need's title or institution"),
            tr("Choose the need: type part of its title and pick it from the list."),
        ),
        RecordKind.VISIT: (
            tr("Visit"),
            tr("Type the town or the title of the visit"),
            tr("Choose the visit: type its town and pick it from the list."),
        ),
        RecordKind.APPOINTMENT: (
            tr("Appointment"),
            tr("Type part of the booked person's name"),
            tr("Choose the appointment: type the person's name and pick the time from the list."),
        ),
        RecordKind.CAMPAIGN: (
            tr("Campaign"),
            tr("Type part of the campaign's title"),
            tr("Choose the campaign: type part of its title and pick it from the list."),
        ),
    }


@dataclass(frozen=True, slots=True)
class ReportChoice:
    kind: ReportKind
    title: str
    what: str


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
        ),
        ReportChoice(
            ReportKind.PERSON,
            tr("Person record"),
            tr("Everything held on one person (an access request); audited."),
        ),
        ReportChoice(
            ReportKind.SHORTLIST,
            tr("Need shortlist"),
            tr("The ranked candidates for a need at home."),
        ),
        ReportChoice(
            ReportKind.VISIT_BRIEFING,
            tr("Mobile visit briefing"),
            tr("Before a mobile consulate: the area, services and team."),
        ),
        ReportChoice(
            ReportKind.VISIT,
            tr("Mobile visit report"),
            tr("After a mobile consulate: results against plan."),
        ),
        ReportChoice(
            ReportKind.DAY_SCHEDULE,
            tr("Day schedule"),
            tr("Each service desk's appointments on one day; audited."),
        ),
        ReportChoice(
            ReportKind.CAMPAIGN,
            tr("Campaign report"),
            tr("A campaign's audience, reach, poll results and opt-outs, with small counts suppressed."),
        ),
        ReportChoice(
            ReportKind.APPOINTMENT_SLIP,
            tr("Appointment slip"),
            tr("What a booked person brings, and when; audited."),
        ),
    )


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _nothing_selected(_kind: RecordKind) -> int | None:
    return None


class ReportsPage(QWidget):
    """Signals: ``previewed(int)`` with the page count once a preview is on screen.

    The record a report is about is picked by name (``finders``, one per kind of record); until the
    officer picks one, it is the record selected in its area (``selected``), else the most recent.
    """

    previewed = Signal(int)

    def __init__(
        self,
        print_report: ReportPrinter,
        consulates: Callable[[], list[ConsulateRecord]],
        today: Callable[[], dt.date],
        finders: Mapping[RecordKind, RecordFinder],
        selected: Callable[[RecordKind], int | None] = _nothing_selected,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._print_report = print_report
        self._consulates = consulates
        self._today = today
        self._finders = finders
        self._selected = selected
        self._by_hand: set[RecordKind] = set()
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
        side.setMinimumWidth(420)  # room for a record's label: name, town, date
        self.what = QLabel()
        self.what.setWordWrap(True)
        self._texts = _record_texts(self.tr)
        self.record = QStackedWidget()
        self.pickers: dict[RecordKind, SearchPicker] = {}
        for kind, finder in self._finders.items():
            picker = SearchPicker(finder.search, self._texts[kind][1])
            picker.setObjectName(f"{kind.value}Picker")
            picker.picked.connect(lambda _id, k=kind: self._by_hand.add(k))
            self.pickers[kind] = picker
            self.record.addWidget(picker)
        self.missing = QLabel()
        self.missing.setObjectName("missingRecord")
        self.missing.setWordWrap(True)
        self.missing.hide()
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
        self.form.addRow(self.tr("Record"), self.record)
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
        layout.addWidget(self.missing)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        return side

    @property
    def choice(self) -> ReportChoice:
        return self.choices[max(self.list.currentRow(), 0)]

    @property
    def record_kind(self) -> RecordKind | None:
        """The kind of record the chosen report is about (None for a report of the whole office)."""
        return RECORD_OF_REPORT.get(self.choice.kind)

    @property
    def picker(self) -> SearchPicker | None:
        kind = self.record_kind
        return self.pickers.get(kind) if kind is not None else None

    def select(self, kind: ReportKind, item_id: int | None = None) -> None:
        """Choose the report ``kind`` (and its record)."""
        self.list.setCurrentRow(next(i for i, c in enumerate(self.choices) if c.kind is kind))
        record_kind = RECORD_OF_REPORT.get(kind)
        if item_id is not None and record_kind is not None:
            self.pickers[record_kind].set_choice(item_id, self._finders[record_kind].label(item_id))
            self._by_hand.add(record_kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._default_record()

    def _default_record(self) -> None:
        """Until the officer picks one, the record selected in its area, else the most recent."""
        kind, picker = self.record_kind, self.picker
        if kind is None or picker is None or kind in self._by_hand:
            return
        finder = self._finders[kind]
        selected = self._selected(kind)
        try:
            found = (selected, finder.label(selected)) if selected is not None else finder.latest()
        except KnownError:  # the selected record went away meanwhile
            found = finder.latest()
        if found is not None:
            picker.set_choice(*found)

    def _on_choice_changed(self, _row: int) -> None:
        choice = self.choice
        spec = REPORTS[choice.kind]
        self.what.setText(choice.what)
        self.missing.hide()
        kind = self.record_kind
        if kind is not None:
            self.record.setCurrentWidget(self.pickers[kind])
        rows = {
            self.record: spec.takes_id,
            self.date_from: "period_from" in spec.options,
            self.date_to: "period_to" in spec.options,
            self.consulate: "consulate_id" in spec.options,
            self.paper: "paper" in spec.options,
            self.day: "day" in spec.options,
            self.radius: "radius_km" in spec.options,
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        label = self.form.labelForField(self.record)
        if kind is not None and isinstance(label, QLabel):
            label.setText(self._texts[kind][0])
            self._default_record()
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
        picker = self.picker
        item_id = picker.chosen_id if spec.takes_id and picker is not None else None
        name = f"{kind.value}-{item_id}" if item_id is not None else kind.value
        return ReportRequest(kind, item_id, options, name)

    def make_preview(self) -> Task[RenderedPages] | None:
        """Make the chosen report off the GUI thread (progress, Cancel) and show its pages; None
        (and a line saying what to choose) while the record it is about is not chosen."""
        request = self.request()
        kind = self.record_kind
        if REPORTS[request.kind].takes_id and request.item_id is None and kind is not None:
            self.missing.setText(self._texts[kind][2])
            self.missing.show()
            return None
        self.missing.hide()
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
