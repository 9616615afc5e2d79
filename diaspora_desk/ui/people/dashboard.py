"""Skills dashboard: counts by occupation, education, place, language; small cells as "<5"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.statistics import Cell, SkillsSummary
from diaspora_desk.ui.tasks import TaskContext, run_task


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


class SkillsDashboard(QWidget):
    """Signals: ``pdf_written(Path)``."""

    pdf_written = Signal(Path)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skillsDashboard")
        self._services = services
        self.summary: SkillsSummary | None = None
        self.total = QLabel()
        self.chart = BarChart()
        self.tables = {
            key: self._table(title)
            for key, title in (
                ("isco", self.tr("ISCO-08 sub-major group")),
                ("isced", self.tr("Highest ISCED level")),
                ("place", self.tr("Host city")),
                ("language", self.tr("Language")),
            )
        }
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Skills summary PDF…"))
        self.print_button.clicked.connect(lambda: self.print_summary())
        grid = QGridLayout()
        for index, table in enumerate(self.tables.values()):
            grid.addWidget(table, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.chart)
        layout.addLayout(grid, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

    @staticmethod
    def _table(title: str) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([title, "People"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        return table

    def refresh(self) -> None:
        """Recount (in SQL) and show; counts under 5 appear as "<5"."""
        summary = self._services.people.statistics.summary(self._services.clock.today())
        self.summary = summary
        self.total.setText(
            self.tr(
                "{n} people in the skills inventory (with their consent). "
                "{available} available within the next 12 months."
            ).format(n=f"{summary.people:,}", available=summary.available_next_year.shown)
        )
        self.chart.set_cells(summary.by_isco_major)
        for key, cells in (
            ("isco", summary.by_isco_sub_major),
            ("isced", summary.by_isced),
            ("place", summary.by_city),
            ("language", summary.by_language),
        ):
            table = self.tables[key]
            table.setRowCount(len(cells))
            for row, cell in enumerate(cells):
                table.setItem(row, 0, QTableWidgetItem(cell.label))
                count = QTableWidgetItem(cell.shown)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, 1, count)

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
        target, services = path, self._services

        def work(_context: TaskContext) -> Path:
            return render_report(services, ReportKind.SKILLS, None, target).path

        run_task(self, self.tr("Writing the skills summary…"), work, self.pdf_written.emit, cancellable=False)
