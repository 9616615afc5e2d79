"""Import and export association files from the Associations screen (on a worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from diaspora_desk.services.associations.transfer import AssociationTransfer, ImportResult, write_rejects
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.tasks import TaskContext, run_task

# Rejected rows listed in the message box; all of them go to the rejects file.
SHOWN_REJECTS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("AssociationFiles", text)


def import_associations(
    parent: QWidget, transfer: AssociationTransfer, path: Path | None, status: Callable[[str], None]
) -> None:
    """Import `path` (asks for it when None), then say what was imported and rejected.

    The screens show the new associations when the write's change notice reaches them.
    """
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            tr("Import associations"),
            str(Path.home()),
            tr("Tables (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    source = path

    def work(context: TaskContext) -> ImportResult:
        return transfer.import_file(source, progress=context.progress, cancel=context.cancel)

    def done(result: ImportResult) -> None:
        _show_import_result(parent, result)
        status(translated(result.summary))

    run_task(parent, tr("Importing associations…"), work, done)


def _show_import_result(parent: QWidget, result: ImportResult) -> None:
    box = QMessageBox(parent)
    box.setObjectName("importResult")
    box.setWindowTitle(tr("Import finished"))
    box.setText(tr("Imported {n}, rejected {m}.").format(n=result.imported, m=len(result.rejected)))
    if not result.rejected:
        box.exec()
        return
    box.setDetailedText(
        "\n".join(f"row {r.row}, {r.column}: {translated(r.reason)}" for r in result.rejected[:SHOWN_REJECTS])
    )
    save = box.addButton(tr("Save rejected rows…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is save:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, tr("Save rejected rows"), str(Path.home() / "rejects.csv"), "CSV (*.csv)"
        )
        if chosen:
            write_rejects(Path(chosen), result.rejected)


def export_associations(
    parent: QWidget, transfer: AssociationTransfer, path: Path | None, status: Callable[[str], None]
) -> None:
    """Export every association to `path` (asks for it when None); xlsx or csv by its suffix."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Export associations"),
            str(Path.home() / "associations.xlsx"),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    target = path
    run_task(
        parent,
        tr("Exporting associations…"),
        lambda _c: transfer.export_file(target),
        lambda n: status(tr("Exported {n} associations to {path}").format(n=n, path=target)),
        cancellable=False,
    )
