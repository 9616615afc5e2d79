"""Skills dashboard: counts by occupation, education, place, language; small cells as "<5"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.i18n.formats import format_number
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.people.facade import People
from diaspora_desk.services.people.statistics import Cell, SkillsSummary
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.people.table_views import table_view
from diaspora_desk.ui.record_model import RecordTableModel
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

Index = QModelIndex | QPersistentModelIndex
# What the aggregates count: a write to any of these may change a figure.
STATISTICS_TABLES = (
    "person",
    "consent",
    "person_occupation",
    "qualification",
    "person_language",
    "availability",
)


class BarChart(QWidget):
    """Horizontal bars; a suppressed cell draws no bar, only "<5"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: Sequence[Cell] = ()
        self.setMinimumHeight(220)

    def set_cells(self, cells: Sequence[Cell]) -> None:
        self._cells = cells
        self.setMinimumHeight(22 * len(cells) + 10)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = 260
        largest = max((c.count for c in self._cells if not c.suppressed), default=1) or 1
        span = max(10, self.width() - label_width - 70)
        for index, cell in enumerate(self._cells):
            top = 5 + index * 22
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, top, label_width - 8, 20),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                cell.label[:40],
            )
            width = 0.0 if cell.suppressed else span * cell.count / largest
            painter.fillRect(QRectF(label_width, top + 3, width, 14), QColor("#4a6fa5"))
            painter.drawText(
                QRectF(label_width + width + 4, top, 70, 20),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                cell.shown,
            )
        painter.end()


class CellTableModel(RecordTableModel[Cell]):
    """One aggregate of the summary: a label and its count ("<5" when small).

    Held whole in memory because every aggregate is bounded: 43 ISCO-08 sub-major groups at most,
    9 ISCED levels, and the top 15 cities and languages.
    """

    LABEL, COUNT = range(2)

    def __init__(self, title: str) -> None:
        people = QCoreApplication.translate("CellTableModel", "People")
        super().__init__(((title, lambda cell: cell.label), (people, lambda cell: cell.shown)), numeric=(1,))

    def set_cells(self, cells: Sequence[Cell]) -> None:
        self.set_rows(cells)


class SkillsDashboard(QWidget):
    """Signals: ``pdf_written(Path)``, ``summary_shown(SkillsSummary)``."""

    pdf_written = Signal(Path)
    summary_shown = Signal(object)

    def __init__(
        self, people: People, clock: Clock, render: ReportPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skillsDashboard")
        self._people = people
        self._clock = clock
        self._render = render
        self.summary: SkillsSummary | None = None
        self._counting: Task[SkillsSummary] | None = None
        self._count_again = False
        self.total = QLabel()
        self.chart = BarChart()
        self.models = {
            "isco": CellTableModel(self.tr("ISCO-08 sub-major group")),
            "isced": CellTableModel(self.tr("Highest ISCED level")),
            "place": CellTableModel(self.tr("Host city")),
            "language": CellTableModel(self.tr("Language")),
        }
        self.tables = {key: self._table(key, model) for key, model in self.models.items()}
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Skills summary PDF…"))
        self.print_button.clicked.connect(lambda: self.print_summary())
        self._build_layout()

    @staticmethod
    def _table(key: str, model: CellTableModel) -> QTableView:
        view = table_view(model, f"{key}Counts")
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setSectionResizeMode(CellTableModel.LABEL, QHeaderView.ResizeMode.Stretch)
        return view

    def _build_layout(self) -> None:
        grid = QGridLayout()
        for index, table in enumerate(self.tables.values()):
            grid.addWidget(table, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.chart)
        layout.addLayout(grid, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> Task[SkillsSummary] | None:
        """Recount in SQL on a worker thread; counts under 5 appear as "<5" when they arrive."""
        if self._counting is not None:
            return self._counting
        statistics, today = self._people.statistics, self._clock.today()
        self._counting = run_task(
            self,
            self.tr("Counting the skills inventory…"),
            lambda _context: statistics.summary(today),
            self._show_summary,
            self._on_count_failed,
            cancellable=False,
        )
        return self._counting

    def _on_count_failed(self, exc: BaseException) -> None:
        self._counting = None
        show_error(self, exc, "count skills")

    def _show_summary(self, summary: SkillsSummary) -> None:
        self._counting = None
        self.summary = summary
        self.total.setText(
            self.tr(
                "{n} people in the skills inventory (with their consent). "
                "{available} available within the next 12 months."
            ).format(n=format_number(summary.people), available=summary.available_next_year.shown)
        )
        self.chart.set_cells(summary.by_isco_major)
        self.models["isco"].set_cells(summary.by_isco_sub_major)
        self.models["isced"].set_cells(summary.by_isced)
        self.models["place"].set_cells(summary.by_city)
        self.models["language"].set_cells(summary.by_language)
        self.summary_shown.emit(summary)
        if self._count_again:  # a write landed while this count ran
            self._count_again = False
            self.refresh()

    def on_changed(self, change: Change) -> None:
        """Count again when a write touched what the aggregates count: now if shown, else when shown."""
        if not change.touches(*STATISTICS_TABLES):
            return
        if self._counting is not None:
            self._count_again = True
            return
        self.summary = None
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.summary is None:
            self.refresh()
        super().showEvent(event)

    def print_summary(self, path: Path | None = None) -> None:
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save skills summary"),
                str(Path.home() / "skills-summary.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, render = path, self._render

        def work(_context: TaskContext) -> Path:
            return render(ReportKind.SKILLS, None, target).path

        run_task(self, self.tr("Writing the skills summary…"), work, self.pdf_written.emit, cancellable=False)
