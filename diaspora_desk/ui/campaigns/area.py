"""The Campaigns area: campaigns (list, dialog, report, poll results, reply review queue) and
events (list, dialog, registrations, the audited attendance list)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.campaigns import CampaignSummary
from diaspora_desk.domain.changes import Change
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.services.campaigns.facade import Campaigns
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.campaigns.campaign_dialog import CampaignDialog
from diaspora_desk.ui.campaigns.events_page import EventsPage
from diaspora_desk.ui.campaigns.models import CampaignQuery, CampaignTableModel
from diaspora_desk.ui.campaigns.poll_results import PollResultsPanel
from diaspora_desk.ui.campaigns.review_page import FindPeople, ReviewPage
from diaspora_desk.ui.empty_hint import EmptyHint, clear_link
from diaspora_desk.ui.fit_columns import FitColumns
from diaspora_desk.ui.tasks import TaskContext, run_task

CAMPAIGN_TABLES = ("campaign", "campaign_channel", "campaign_message", "poll_reply", "consent", "person")
EVENT_TABLES = ("outreach_event", "event_registration", "campaign")


class CampaignsArea(QWidget):
    """Signals: ``status(str)``; ``pdf_written(Path)`` after a report is saved."""

    status = Signal(str)
    pdf_written = Signal(Path)

    def __init__(
        self,
        campaigns: Campaigns,
        practices: PracticeService,
        print_report: ReportPrinter | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        *,
        find_people: FindPeople | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsArea")
        self._campaigns = campaigns
        self._practices = practices
        self._print_report = print_report
        self.model = CampaignTableModel(campaigns.registry)
        self.model.refresh()
        self.table = QTableView()
        self.table.setObjectName("campaignsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((40, 320, 90, 200, 90, 150, 70)):
            self.table.setColumnWidth(column, width)
        # The title and channels fill the width; elided text has its tooltip.
        self.fit_columns = FitColumns(self.table, (CampaignTableModel.TITLE, CampaignTableModel.CHANNELS))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search campaigns"))
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.setProperty("grant", "edit_records")  # hidden from viewers
        self.edit_button = QPushButton(self.tr("Open…"))
        self.print_button = QPushButton(self.tr("Print report…"))
        self.print_button.setToolTip(self.tr("The campaign report as PDF (Ctrl+P)"))
        self.print_button.setEnabled(print_report is not None)
        # The review queue picks a reply's person by name: the register's search, a few rows.
        self.review = ReviewPage(campaigns.polls, find_people) if find_people else ReviewPage(campaigns.polls)
        self.results = PollResultsPanel(campaigns.tallies)
        self.events = EventsPage(campaigns, practices.tree, today, find_people=find_people)
        self.tabs = QTabWidget()
        self._layout()
        self.search.textChanged.connect(self._on_search_changed)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.review.status.connect(self.status)
        self.events.status.connect(self.status)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.print_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table)
        below = QTabWidget()
        below.addTab(self.results, self.tr("Poll results"))
        below.addTab(self.review, self.tr("Replies to review"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(below)
        self.tabs.addTab(splitter, self.tr("Campaigns"))
        self.tabs.addTab(self.events, self.tr("Events"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.empty_hint = EmptyHint(self.table, self._empty_message, lambda _link: self.search.clear())

    def _empty_message(self) -> str:
        if self.search.text().strip():
            return self.tr("No campaign matches this search.<br>{link}").format(
                link=clear_link(self.tr("Clear the search"))
            )
        return self.tr("No campaign yet.<br>Use <b>New campaign…</b> to plan one.")

    def dialog(self, campaign_id: int | None = None) -> CampaignDialog:
        """The dialog for a new campaign (None) or an existing one; the caller shows it."""
        record = self._campaigns.registry.get(campaign_id) if campaign_id is not None else None
        return CampaignDialog(self._campaigns, self._practices.tree(), record, self)

    def new_item(self) -> None:
        if self.tabs.currentWidget() is self.events:
            self.events.new_item()
            return
        dialog = self.dialog()
        if dialog.exec() and dialog.saved is not None:
            self.status.emit(self.tr("Campaign {id} saved").format(id=dialog.saved.id))

    def on_changed(self, change: Change) -> None:
        """Refresh after a committed write that touched what the area shows."""
        if change.touches(*CAMPAIGN_TABLES):
            self.model.refresh()
            self.review.model.refresh()
            current = self.current()
            self.results.set_campaign(current.id if current else None)
        if change.touches(*EVENT_TABLES):
            self.events.refresh()

    def current(self) -> CampaignSummary | None:
        index = self.table.currentIndex()
        item = self.model.data(index, CampaignTableModel.ROW_ROLE) if index.isValid() else None
        return item if isinstance(item, CampaignSummary) else None

    def print_selected(self, path: Path | None = None) -> None:
        """Write the selected campaign's report (counts only, small cells suppressed) as PDF."""
        campaign = self.current()
        render = self._print_report
        if campaign is None or render is None:
            self.status.emit(self.tr("Select a campaign to print its report."))
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save campaign report"),
                str(Path.home() / f"campaign-{campaign.id}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, campaign_id = path, campaign.id

        def work(_context: TaskContext) -> Path:
            return render(ReportKind.CAMPAIGN, campaign_id, target).path

        def done(written: Path) -> None:
            self.status.emit(self.tr("Campaign report written to {path}").format(path=written))
            self.pdf_written.emit(written)

        run_task(self, self.tr("Writing the campaign report…"), work, done, cancellable=False)

    def _on_print_clicked(self) -> None:
        self.print_selected()

    def _on_search_changed(self, text: str) -> None:
        self.model.set_query(CampaignQuery(text=text))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.data(current, CampaignTableModel.ROW_ROLE) if current.isValid() else None
        campaign_id = item.id if isinstance(item, CampaignSummary) else None
        self.review.set_campaign(campaign_id)
        self.results.set_campaign(campaign_id)

    def _on_edit_clicked(self) -> None:
        item = self.current()
        if item is not None:
            self._open(item.id)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.data(index, CampaignTableModel.ROW_ROLE)
        if isinstance(item, CampaignSummary):
            self._open(item.id)

    def _open(self, campaign_id: int) -> None:
        dialog = self.dialog(campaign_id)
        if dialog.exec() and dialog.saved is not None:
            self.status.emit(self.tr("Campaign {id} saved").format(id=campaign_id))
