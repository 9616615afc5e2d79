"""Partner and project files from the Partners area: choose a file, import or export it off the
GUI thread, then say what was imported and what was rejected (and why, by row and column)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from diaspora_desk.services.partners.files import PARTNER_COLUMNS, PROJECT_COLUMNS
from diaspora_desk.services.partners.transfer import PartnerTransfer, TransferResult, write_rejects
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.tasks import TaskContext, run_task

SHOWN_REJECTS = 200
PARTNERS, PROJECTS = "partners", "projects"


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnerFiles", text)


def import_file(
    parent: QWidget, transfer: PartnerTransfer, kind: str, path: Path | None, status: Callable[[str], None]
) -> None:
    """Import partners or projects from `path` (asked for when None); the lists follow the
    write's change notice."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            tr("Import partners") if kind == PARTNERS else tr("Import projects"),
            str(Path.home()),
            tr("Tables (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    source = path

    def work(_context: TaskContext) -> TransferResult:
        if kind == PARTNERS:
            return transfer.import_partners(source)
        return transfer.import_projects(source)

    def done(result: TransferResult) -> None:
        status(translated(result.summary))
        show_result(parent, kind, result).exec()

    run_task(parent, tr("Importing…"), work, done, cancellable=False)


def show_result(parent: QWidget, kind: str, result: TransferResult) -> QMessageBox:
    """The message box that says what an import did; the caller shows it."""
    box = QMessageBox(parent)
    box.setObjectName("partnerImportResult")
    box.setWindowTitle(tr("Import finished"))
    text = tr("Imported {n}, rejected {m}.").format(n=result.imported, m=len(result.rejected))
    if result.ignored_headers:
        text += " " + tr("Columns left out: {names}.").format(names=", ".join(result.ignored_headers))
    box.setText(text)
    if result.rejected:
        box.setDetailedText(
            "\n".join(
                f"row {r.row}, {r.column}: {translated(r.reason)}" for r in result.rejected[:SHOWN_REJECTS]
            )
        )
        save = box.addButton(tr("Save rejected rows…"), QMessageBox.ButtonRole.ActionRole)
        columns = PARTNER_COLUMNS if kind == PARTNERS else PROJECT_COLUMNS

        def on_clicked() -> None:
            chosen, _filter = QFileDialog.getSaveFileName(
                parent, tr("Save rejected rows"), str(Path.home() / "rejects.csv"), "CSV (*.csv)"
            )
            if chosen:
                write_rejects(Path(chosen), columns, result.rejected)

        save.clicked.connect(on_clicked)
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def export_file(
    parent: QWidget, transfer: PartnerTransfer, kind: str, path: Path | None, status: Callable[[str], None]
) -> None:
    """Export every partner or project to `path` (asked for when None); xlsx or csv by suffix."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Export partners") if kind == PARTNERS else tr("Export projects"),
            str(Path.home() / f"{kind}.xlsx"),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    target = path

    def work(_context: TaskContext) -> int:
        return transfer.export_partners(target) if kind == PARTNERS else transfer.export_projects(target)

    run_task(
        parent,
        tr("Exporting…"),
        work,
        lambda n: status(tr("Exported {n} rows to {path}").format(n=n, path=target)),
        cancellable=False,
    )
