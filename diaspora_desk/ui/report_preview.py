"""Preview a report's pages inside the app, then save or print it: one dialog for every report.

The report is written to a temporary file off the GUI thread (``ui/tasks.py``, with progress
and Cancel) and its pages are drawn with PDFium (pypdfium2) into images there; the dialog shows
them, saves a copy where the officer says and prints through the system's print dialog
(``QPrintDialog``/``QPrinter``), page by page at the printer's resolution.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.paths import private_temp_dir
from diaspora_desk.reports.catalogue import ReportKind, ReportOptions, ReportPrinter
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

PREVIEW_DPI = 72
PRINT_DPI = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportPreview", text)


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """Which report to make, of which record, with which options; ``name`` suggests a file name."""

    kind: ReportKind
    item_id: int | None = None
    options: ReportOptions = field(default_factory=ReportOptions)
    name: str = "report"


@dataclass(frozen=True, slots=True)
class RenderedPages:
    path: Path
    images: tuple[QImage, ...]


class Cancelled(Exception):
    """The officer pressed Cancel while the report was being made."""


def page_images(path: Path, dpi: float, context: TaskContext | None = None) -> tuple[QImage, ...]:
    """Every page of the PDF at ``path`` drawn at ``dpi`` (any thread: QImage is not a widget)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        for index in range(len(document)):
            if context is not None:
                if context.cancel.is_set():
                    raise Cancelled
                context.progress(index + 1, len(document) + 1)
            bitmap = document[index].render(scale=dpi / 72)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
            )
            images.append(image.copy())  # the bitmap's memory goes with the document
        return tuple(images)
    finally:
        document.close()


def make_report(
    print_report: ReportPrinter, request: ReportRequest, folder: Path
) -> Callable[[TaskContext], RenderedPages]:
    """The work of a preview: write the report into ``folder`` and draw its pages."""

    def work(context: TaskContext) -> RenderedPages:
        out = folder / f"{request.name}.pdf"
        print_report(request.kind, request.item_id, out, options=request.options)
        if context.cancel.is_set():
            raise Cancelled
        return RenderedPages(out, page_images(out, PREVIEW_DPI, context))

    return work


class ReportPreview(QWidget):
    """The pages of one PDF, one under the other, with Save and Print.

    Signals: ``saved(Path)`` after a copy was written; ``printed(int)`` with the pages printed.
    """

    saved = Signal(object)
    printed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.path: Path | None = None
        self.suggested_name = "report.pdf"
        self._pages = QWidget()
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setSpacing(12)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_view = QScrollArea()
        self.pages_view.setWidgetResizable(True)
        self.pages_view.setWidget(self._pages)
        self.pages_view.setBackgroundRole(QPalette.ColorRole.Dark)
        self.empty = QLabel(tr("Choose a report and press Preview."))
        self._pages_layout.addWidget(self.empty)
        self.save_button = QPushButton(tr("&Save…"))
        self.print_button = QPushButton(tr("&Print…"))
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_pages())
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages_view, 1)
        layout.addWidget(self.buttons)
        self._set_enabled(False)

    @property
    def page_count(self) -> int:
        return self._pages_layout.count() if self.path is not None else 0

    def _set_enabled(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.print_button.setEnabled(on)

    def clear(self) -> None:
        while (item := self._pages_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None and widget is not self.empty:
                widget.deleteLater()
        self.path = None
        self._set_enabled(False)

    def show_pages(self, pages: RenderedPages, suggested_name: str) -> None:
        """Show ``pages`` (made by :func:`make_report`)."""
        self.clear()
        self.empty.hide()
        for number, image in enumerate(pages.images, start=1):
            label = QLabel()
            label.setObjectName(f"page{number}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())  # whole pages: the scroll area must not squeeze them
            label.setToolTip(tr("Page {n} of {total}").format(n=number, total=len(pages.images)))
            self._pages_layout.addWidget(label)
        self.path = pages.path
        self.suggested_name = suggested_name
        self._set_enabled(True)

    def save(self, target: Path | None = None) -> Path | None:
        """Copy the report to ``target`` (asks where unless given)."""
        if self.path is None:
            return None
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, tr("Save report"), str(Path.home() / self.suggested_name), tr("PDF files (*.pdf)")
            )
            if not chosen:
                return None
            target = Path(chosen)
        shutil.copyfile(self.path, target)
        self.saved.emit(target)
        return target

    def print_pages(self, printer: QPrinter | None = None) -> int:
        """Print through the system's print dialog (or straight to ``printer``); pages printed."""
        if self.path is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.suggested_name)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.page_count)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        printed = print_pdf(self.path, printer)
        self.printed.emit(printed)
        return printed


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw each page of ``path`` (or the printer's page range) on ``printer``; pages printed."""
    images = page_images(path, min(printer.resolution(), PRINT_DPI))
    first, last = printer.fromPage() or 1, printer.toPage() or len(images)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number in range(first, min(last, len(images)) + 1):
            if number > first:
                printer.newPage()
            image = images[number - 1]
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()
    return max(0, min(last, len(images)) - first + 1)


class ReportPreviewDialog(QDialog):
    """The shared preview of one report (Ctrl+P in any area)."""

    def __init__(self, request: ReportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreviewDialog")
        self.setWindowTitle(tr("Preview — {name}").format(name=request.name))
        self.request = request
        self.preview = ReportPreview(self)
        self.preview.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.resize(720, 860)


def open_report_preview(
    parent: QWidget, print_report: ReportPrinter, request: ReportRequest
) -> tuple[ReportPreviewDialog, Task[RenderedPages]]:
    """Make the report off the GUI thread (progress, Cancel), then show it in the preview dialog."""
    folder = Path(tempfile.mkdtemp(prefix="diaspora-desk-preview-", dir=private_temp_dir()))
    dialog = ReportPreviewDialog(request, parent)
    dialog.finished.connect(lambda _code: shutil.rmtree(folder, ignore_errors=True))

    def shown(pages: RenderedPages) -> None:
        dialog.preview.show_pages(pages, f"{request.name}.pdf")
        dialog.open()

    def failed(exc: BaseException) -> None:
        dialog.deleteLater()
        shutil.rmtree(folder, ignore_errors=True)
        if not isinstance(exc, Cancelled):
            show_error(parent, exc, "report preview")

    task = run_task(
        parent, tr("Making the report…"), make_report(print_report, request, folder), shown, failed
    )
    return dialog, task
