"""Import people: preview the file, map its columns to the template, check, import, cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import Cancelled
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.services.people.importer import PeopleImportResult, write_people_rejects
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

IGNORE = ""


class PeopleImportDialog(QDialog):
    """``import_result`` holds the last check or import.

    Signals: ``imported()`` once rows were written; ``cancelled()`` when Cancel stopped the work.
    """

    imported = Signal()
    cancelled = Signal()

    def __init__(self, services: Services, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleImportDialog")
        self.setWindowTitle(self.tr("Import people from {name}").format(name=path.name))
        self.resize(900, 640)
        self._services = services
        self._path = path
        self.import_result: PeopleImportResult | None = None
        self.task: Task[PeopleImportResult] | None = None
        headers, rows = services.people.importer.preview(path)
        self.preview = QTableWidget(len(rows), len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells[: len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.mapping: dict[str, QComboBox] = {}
        mapping_widget = QWidget()
        mapping_form = QFormLayout(mapping_widget)
        for header in headers:
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for column in COLUMNS:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(header if header in COLUMNS else IGNORE)))
            self.mapping[header] = combo
            mapping_form.addRow(header, combo)
        scroll = QScrollArea()
        scroll.setWidget(mapping_widget)
        scroll.setWidgetResizable(True)
        self.summary = QLabel(self.tr("Check the file first: nothing is written until you import."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"))
        self.import_button = QPushButton(self.tr("Import"))
        self.rejects_button = QPushButton(self.tr("Save rejected rows…"))
        self.rejects_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.rejects_button.clicked.connect(lambda: self.save_rejects())
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.import_button, self.rejects_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>First rows of the file</b>")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("<b>Which template column each file column fills</b>")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def column_mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self.mapping.items()}

    def run(self, *, dry_run: bool) -> Task[PeopleImportResult]:
        """Check or import on a worker thread; Cancel leaves the database as it was."""
        importer, path, mapping = self._services.people.importer, self._path, self.column_mapping()

        def work(context: TaskContext) -> PeopleImportResult:
            return importer.import_file(
                path, dry_run=dry_run, mapping=mapping, progress=context.progress, cancel=context.cancel
            )

        def done(result: PeopleImportResult) -> None:
            self.import_result = result
            self.rejects_button.setEnabled(bool(result.rejected or result.duplicates))
            lines = [translated(result.summary)]
            lines += [
                self.tr("row {row}, {column}: {reason}").format(
                    row=r.row, column=r.column, reason=translated(r.reason)
                )
                for r in result.rejected[:8]
            ]
            lines += [
                self.tr("row {row}: {reason}").format(row=d.row, reason=translated(d.reason))
                for d in result.duplicates[:4]
            ]
            self.summary.setText("\n".join(lines))
            if not dry_run:
                self.import_button.setEnabled(False)
                self.imported.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.summary.setText(self.tr("Cancelled: nothing was imported."))
                self.cancelled.emit()
            else:
                show_error(self, exc, "import people")

        label = self.tr("Checking…") if dry_run else self.tr("Importing…")
        self.task = run_task(self, label, work, done, failed)
        return self.task

    def save_rejects(self, path: Path | None = None) -> None:
        if self.import_result is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), str(self._path.with_name("rejects.csv")), "CSV (*.csv)"
            )
            if not chosen:
                return
            path = Path(chosen)
        write_people_rejects(path, self.import_result)
