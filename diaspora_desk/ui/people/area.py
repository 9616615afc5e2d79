"""The People & Skills area: people, needs and matches, skills dashboard, duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QTabWidget, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.dashboard import SkillsDashboard
from diaspora_desk.ui.people.duplicates_page import DuplicatesPage
from diaspora_desk.ui.people.import_dialog import PeopleImportDialog
from diaspora_desk.ui.people.needs_page import NeedsPage
from diaspora_desk.ui.people.page import PeoplePage
from diaspora_desk.ui.tasks import run_task

# Tables whose rows the people list, the person details and the dashboard show.
PERSON_TABLES = (
    "person",
    "person_phone",
    "membership",
    "availability",
    "qualification",
    "person_occupation",
    "person_language",
    "licence",
    "skill_tag",
    "consent",
)


class PeopleArea(QWidget):
    """Signals: ``status(str)``."""

    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleArea")
        self._services = services
        self.people = PeoplePage(services)
        self.needs = NeedsPage(services)
        self.dashboard = SkillsDashboard(services)
        self.duplicates = DuplicatesPage(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.needs, self.tr("Needs and matches"))
        self.tabs.addTab(self.dashboard, self.tr("Skills dashboard"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates to review"))
        QVBoxLayout(self).addWidget(self.tabs)
        for page in (self.people, self.needs, self.duplicates):
            page.status.connect(self.status)
        self.duplicates.people_changed.connect(self.people.apply_filters)

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
        dialog = PeopleImportDialog(self._services, path, self)
        dialog.open()
        return dialog

    def on_changed(self, change: Change) -> None:
        """Refresh the tabs whose records a committed write changed (here or in another area)."""
        if change.touches(*PERSON_TABLES):
            self.people.apply_filters()
            self.dashboard.summary = None
        if change.touches("duplicate_review", "person"):
            self.duplicates.reload()
        if change.touches("need", "need_occupation", "need_language", "placement", "person"):
            self.needs.reload()

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
        target, exporter = path, self._services.people.exporter
        run_task(
            self,
            self.tr("Exporting people…"),
            lambda _c: exporter.export_file(target, include_sensitive=include_sensitive),
            lambda n: self.status.emit(self.tr("Exported {n} people to {path}").format(n=n, path=target)),
            cancellable=False,
        )
