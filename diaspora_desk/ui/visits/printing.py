"""Visit PDFs (briefing, report, appointment slip, day schedule): ask where, write off the GUI
thread, then open the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from diaspora_desk.domain.visits import VisitRecord
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.ui.tasks import TaskContext, run_task

# Tests set this to False so no viewer opens.
OPEN_AFTER_WRITING = True


def tr(text: str) -> str:
    return QCoreApplication.translate("VisitPrinting", text)


def _ask(parent: QWidget, title: str, name: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / name), tr("PDF files (*.pdf)")
    )
    return Path(chosen) if chosen else None


def _write(
    parent: QWidget,
    label: str,
    target: Path,
    work: Callable[[Path], None],
    done: Callable[[Path], None],
) -> None:
    def run(_context: TaskContext) -> Path:
        work(target)
        return target

    def finished(written: Path) -> None:
        done(written)
        if OPEN_AFTER_WRITING:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    run_task(parent, label, run, finished, cancellable=False)


def print_visit_pdf(
    parent: QWidget,
    print_report: ReportPrinter,
    visit: VisitRecord,
    kind: Literal["briefing", "report"],
    path: Path | None,
    done: Callable[[Path], None],
) -> None:
    """The pre-visit briefing or the visit report of ``visit``."""
    title = tr("Save visit briefing") if kind == "briefing" else tr("Save visit report")
    target = path or _ask(parent, title, f"visit-{visit.id}-{kind}.pdf")
    if target is None:
        return
    visit_id = visit.id
    report = ReportKind.VISIT_BRIEFING if kind == "briefing" else ReportKind.VISIT

    def work(out: Path) -> None:
        print_report(report, visit_id, out)

    label = tr("Writing the briefing…") if kind == "briefing" else tr("Writing the visit report…")
    _write(parent, label, target, work, done)


def print_slip(
    parent: QWidget,
    print_report: ReportPrinter,
    appointment_id: int,
    path: Path | None,
    done: Callable[[Path], None],
) -> None:
    """The slip handed to a booked person: when, where, what to bring."""
    target = path or _ask(parent, tr("Save appointment slip"), f"appointment-{appointment_id}.pdf")
    if target is None:
        return

    def work(out: Path) -> None:
        print_report(ReportKind.APPOINTMENT_SLIP, appointment_id, out)

    _write(parent, tr("Writing the appointment slip…"), target, work, done)


def print_day_schedule(
    parent: QWidget,
    print_report: ReportPrinter,
    visit_id: int,
    day: dt.date,
    path: Path | None,
    done: Callable[[Path], None],
) -> None:
    """Each service desk's appointments on one day of the visit."""
    target = path or _ask(parent, tr("Save day schedule"), f"visit-{visit_id}-{day:%Y-%m-%d}.pdf")
    if target is None:
        return

    def work(out: Path) -> None:
        print_report(ReportKind.DAY_SCHEDULE, visit_id, out, day=day)

    _write(parent, tr("Writing the day schedule…"), target, work, done)
