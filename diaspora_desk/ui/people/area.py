"""The People & Skills area: people, needs and matches, skills dashboard, duplicates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QTabWidget, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.reports.catalogue import ReportPrinter
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.people.dashboard import SkillsDashboard
from diaspora_desk.ui.people.duplicates_page import DuplicatesPage
from diaspora_desk.ui.people.import_dialog import PeopleImportDialog
from diaspora_desk.ui.people.needs_page import NeedsPage
from diaspora_desk.ui.people.page import PeoplePage
from diaspora_desk.ui.people.person_dialog import PersonServices
from diaspora_desk.ui.tasks import run_task

ImportDialogFactory = Callable[[Path, QWidget], PeopleImportDialog]
"""Builds the people import dialog for a file (the main window knows what the importer needs)."""


class PeopleArea(QWidget):
    """Signals: ``status(str)``, ``undo_offered(str, object)``."""

    status = Signal(str)
    undo_offered = Signal(str, object)

    def __init__(
        self,
        services: PersonServices,
        practices: PracticeService,
        clock: Clock,
        render: ReportPrinter,
        import_dialog: ImportDialogFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peopleArea")
        self._people = services.people
        self._import_dialog = import_dialog
        self.people = PeoplePage(services, render)
        self.needs = NeedsPage(services.people, practices, clock, render)
        self.dashboard = SkillsDashboard(services.people, clock, render)
        self.duplicates = DuplicatesPage(
            services.people.duplicates, services.people.review_queue, services.people.registry
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.needs, self.tr("Needs and matches"))
        self.tabs.addTab(self.dashboard, self.tr("Skills dashboard"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates to review"))
        QVBoxLayout(self).addWidget(self.tabs)
        for page in (self.people, self.needs, self.duplicates):
            page.status.connect(self.status)
        self.people.undo_offered.connect(self.undo_offered)

    def import_file(self, path: Path | None = None) -> PeopleImportDialog | None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import people"),
                str(Path.home()),
                self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog = self._import_dialog(path, self)
        dialog.open()
        return dialog

    def on_changed(self, change: Change) -> None:
        """Each tab refreshes what a committed write (here or in another area) touched of it."""
        self.people.on_changed(change)
        self.needs.on_changed(change)
        self.dashboard.on_changed(change)
        self.duplicates.on_changed(change)

    def export_file(self, path: Path | None = None, *, include_sensitive: bool = False) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export people"),
                str(Path.home() / "people.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, exporter = path, self._people.exporter
        run_task(
            self,
            self.tr("Exporting people…"),
            lambda _c: exporter.export_file(target, include_sensitive=include_sensitive),
            lambda n: self.status.emit(self.tr("Exported {n} people to {path}").format(n=n, path=target)),
            cancellable=False,
        )
