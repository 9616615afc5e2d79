"""Needs at home and their matches: the shortlist with reasons, proposals and placements."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.people_records import Candidate, Shortlist
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.people.facade import People
from diaspora_desk.services.people.needs import NeedRecord, PlacementRecord
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.empty_hint import EmptyHint
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.people.need_dialogs import NeedDialog, PlacementDialog
from diaspora_desk.ui.people.needs_models import NeedsTableModel, PlacementsTableModel, ShortlistModel
from diaspora_desk.ui.people.table_views import reselect, selected_item, selected_row, table_view
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

SHORTLIST_SIZE = 50
NEED_TABLES = ("need", "need_occupation", "need_language")
PLACEMENT_TABLES = ("placement", "person")
# What a candidate's score reads: a write to any of these may change the shortlist.
MATCHING_TABLES = (
    *NEED_TABLES,
    "person",
    "person_occupation",
    "qualification",
    "person_language",
    "availability",
    "consent",
)


class NeedsPage(QWidget):
    """Signals: ``status(str)``, ``pdf_written(Path)``, ``shortlist_shown(Shortlist)``."""

    status = Signal(str)
    pdf_written = Signal(Path)
    shortlist_shown = Signal(object)

    def __init__(
        self,
        people: People,
        practices: PracticeService,
        clock: Clock,
        render: ReportPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("needsPage")
        self._people = people
        self._practices = practices
        self._clock = clock
        self._render = render
        self.shortlist: Shortlist | None = None
        self._shown_need: int | None = None
        self._shortlist_stale = False
        self._matches_started = 0
        self.needs_model = NeedsTableModel(people.need_lists)
        self.shortlist_model = ShortlistModel()
        self.placements_model = PlacementsTableModel(people.need_lists)
        self.needs_table = table_view(
            self.needs_model, "needsTable", sorted_by=(NeedsTableModel.ID, Qt.SortOrder.DescendingOrder)
        )
        for column, width in (
            (NeedsTableModel.ID, 36),
            (NeedsTableModel.NEED, 112),
            (NeedsTableModel.INSTITUTION, 100),
            (NeedsTableModel.MODE, 90),
        ):
            self.needs_table.setColumnWidth(column, width)
        self.candidates_table = table_view(self.shortlist_model, "candidateTable")
        self.candidates_table.setColumnWidth(ShortlistModel.SCORE, 50)
        self.candidates_table.setColumnWidth(ShortlistModel.CANDIDATE, 180)
        self.candidates_table.setColumnWidth(ShortlistModel.CITY, 150)
        self.placements_table = table_view(
            self.placements_model,
            "placementTable",
            sorted_by=(PlacementsTableModel.ID, Qt.SortOrder.AscendingOrder),
        )
        self.placements_table.setColumnWidth(PlacementsTableModel.ID, 40)
        self.placements_table.setColumnWidth(PlacementsTableModel.PERSON, 180)
        self.without_label = QLabel()
        self.without_label.setObjectName("withoutConsent")
        self._build_buttons()
        QVBoxLayout(self).addWidget(self._build_splitter())
        self.needs_table.selectionModel().selectionChanged.connect(self._on_need_selection_changed)
        self.hints = (
            EmptyHint(self.needs_table, self._needs_hint),
            EmptyHint(self.candidates_table, self._shortlist_hint),
            EmptyHint(self.placements_table, self._placements_hint),
        )
        self.reload()

    def _needs_hint(self) -> str:
        return self.tr(
            "No need recorded yet.<br>Use <b>New need…</b> to record a home institution's request."
        )

    def _shortlist_hint(self) -> str:
        if self._shown_need is None:
            return self.tr("Select a need to see who fits it.")
        if self.shortlist is None:
            return self.tr("Finding the people who fit…")
        return self.tr(
            "No one fits this need yet.<br>People are listed when their occupation matches and they "
            "have consented to sharing their profile for matching."
        )

    def _placements_hint(self) -> str:
        if self._shown_need is None:
            return self.tr("Select a need to see its placements.")
        return self.tr(
            "No one proposed yet: select a candidate above and use <b>Propose selected candidate</b>."
        )

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("New need…"))
        self.new_button.setProperty("grant", "edit_records")  # hidden from viewers
        self.edit_button = QPushButton(self.tr("Edit need…"))
        self.edit_button.clicked.connect(self.edit_need)
        self.propose_button = QPushButton(self.tr("Propose selected candidate"))
        self.placement_button = QPushButton(self.tr("Update placement…"))
        self.print_button = QPushButton(self.tr("Shortlist PDF…"))
        self.new_button.clicked.connect(self.new_need)
        self.propose_button.clicked.connect(self.propose_selected)
        self.placement_button.clicked.connect(self.edit_placement)
        self.print_button.clicked.connect(lambda: self.print_shortlist())

    def _build_splitter(self) -> QSplitter:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.needs_table)
        need_buttons = QHBoxLayout()
        need_buttons.addWidget(self.new_button)
        need_buttons.addWidget(self.edit_button)
        left_layout.addLayout(need_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("<b>Shortlist</b> (consenting people only)")))
        right_layout.addWidget(self.candidates_table, 2)
        right_layout.addWidget(self.without_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(QLabel(self.tr("<b>Placements</b>")))
        right_layout.addWidget(self.placements_table, 1)
        right_layout.addWidget(self.placement_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.setObjectName("needsSplitter")  # the window remembers its sizes
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 720])
        return splitter

    def reload(self) -> None:
        """Read the needs list again (sorted in SQL), keeping the selected need."""
        need, row = self.current_need(), selected_row(self.needs_table)
        self.needs_model.refresh()
        if need is None or not reselect(self.needs_table, self.needs_model, need.id, row):
            self._show_need(None)

    def current_need(self) -> NeedRecord | None:
        item = selected_item(self.needs_table, NeedsTableModel.ROW_ROLE)
        return item if isinstance(item, NeedRecord) else None

    def select_need(self, need_id: int) -> None:
        reselect(self.needs_table, self.needs_model, need_id, None)

    def _on_need_selection_changed(self) -> None:
        need = self.current_need()
        if need is not None and need.id != self._shown_need:
            self._show_need(need.id)
            self.find_candidates()

    def _show_need(self, need_id: int | None) -> None:
        self._shown_need = need_id
        self.edit_button.setEnabled(need_id is not None)
        self.shortlist = None
        self.shortlist_model.set_shortlist(None)
        self.without_label.clear()
        # The officer's sort of the placements stays when another need is chosen.
        self.placements_model.set_query(dataclasses.replace(self.placements_model.query, need_id=need_id))

    def find_candidates(self) -> Task[Shortlist] | None:
        """Match the selected need on a worker thread; the shortlist shows when it arrives."""
        need = self.current_need()
        if need is None:
            return None
        self._shortlist_stale = False
        self._matches_started += 1
        matching, need_id, number = self._people.matching, need.id, self._matches_started
        return run_task(
            self,
            self.tr("Finding candidates…"),
            lambda _context: matching.match(need_id, top=SHORTLIST_SIZE),
            lambda shortlist: self._show_shortlist(shortlist, number),
            lambda exc: show_error(self, exc, "match need"),
            cancellable=False,
        )

    def _show_shortlist(self, shortlist: Shortlist, number: int) -> None:
        if number != self._matches_started or shortlist.need_id != self._shown_need:
            return  # another need is shown, or a later match (newer data) is on its way
        self.shortlist = shortlist
        self.shortlist_model.set_shortlist(shortlist)
        self.without_label.setText(
            self.tr(
                "{n} more people would match without their consent to sharing; they are not listed."
            ).format(n=shortlist.without_consent)
        )
        self.shortlist_shown.emit(shortlist)

    def on_changed(self, change: Change) -> None:
        """Refresh the needs, placements and shortlist that a committed write touched."""
        if change.touches(*NEED_TABLES):
            self.reload()
        if change.touches(*PLACEMENT_TABLES):
            self._refresh_placements()
        if change.touches(*MATCHING_TABLES) and self._shown_need is not None:
            self._shortlist_stale = True
            if self.isVisible():
                self.find_candidates()

    def showEvent(self, event: QShowEvent) -> None:
        if self._shortlist_stale:
            self.find_candidates()
        super().showEvent(event)

    def _refresh_placements(self) -> None:
        placement, row = self.current_placement(), selected_row(self.placements_table)
        self.placements_model.refresh()
        if placement is not None:
            reselect(self.placements_table, self.placements_model, placement.id, row)

    def current_placement(self) -> PlacementRecord | None:
        item = selected_item(self.placements_table, PlacementsTableModel.ROW_ROLE)
        return item if isinstance(item, PlacementRecord) else None

    def new_need(self) -> NeedDialog:
        dialog = NeedDialog(
            self._people.needs, self._clock.today(), self._people.occupations.isco_labels(), None, self
        )

        def select_saved() -> None:
            if dialog.saved is not None:
                self.select_need(dialog.saved.id)

        dialog.accepted.connect(select_saved)
        dialog.open()
        return dialog

    def edit_need(self) -> NeedDialog | None:
        need = self.current_need()
        if need is None:
            return None
        isco = self._people.occupations.isco_labels()
        dialog = NeedDialog(self._people.needs, self._clock.today(), isco, need, self)
        dialog.open()
        return dialog

    def propose_selected(self) -> None:
        need = self.current_need()
        candidate = selected_item(self.candidates_table, ShortlistModel.ROW_ROLE)
        if need is None or not isinstance(candidate, Candidate):
            return
        try:
            self._people.needs.propose(need.id, candidate.person_id)
        except Exception as exc:
            show_error(self, exc, "propose candidate")
            return
        self.status.emit(self.tr("Proposed {name}").format(name=candidate.name))

    def edit_placement(self) -> PlacementDialog | None:
        placement = self.current_placement()
        if placement is None:
            return None
        dialog = PlacementDialog(self._people.needs, self._practices, self._clock.today(), placement.id, self)
        dialog.open()
        return dialog

    def print_shortlist(self, path: Path | None = None) -> None:
        need = self.current_need()
        if need is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save shortlist"),
                str(Path.home() / f"shortlist-{need.id}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, render, need_id = path, self._render, need.id

        def work(_context: TaskContext) -> Path:
            return render(ReportKind.SHORTLIST, need_id, target).path

        run_task(self, self.tr("Writing the shortlist…"), work, self.pdf_written.emit, cancellable=False)
