"""The Partners area: the partner registry, agreements with the reminder list of those that
expire within 90 days, and projects with their funding checked against the matching rule."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.funding import SourceShare, funding_shares
from diaspora_desk.domain.partners import PARTNER_KIND_LABELS, AgreementRecord, PartnerKind, PartnerRecord
from diaspora_desk.domain.projects import ProjectRecord
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.partners.facade import Partners
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.partners import files
from diaspora_desk.ui.partners.agreement_dialog import AgreementDialog
from diaspora_desk.ui.partners.files import PARTNERS, PROJECTS
from diaspora_desk.ui.partners.models import (
    AgreementTableModel,
    ExpiringTableModel,
    PartnerQuery,
    PartnerTableModel,
    ProjectTableModel,
    ShareTableModel,
)
from diaspora_desk.ui.partners.partner_dialog import PartnerDialog
from diaspora_desk.ui.partners.project_dialog import ProjectDialog

PARTNER_TABLES = ("partner", "partner_contact", "association", "practice_link")
AGREEMENT_TABLES = ("agreement", "agreement_partner", "partner")
PROJECT_TABLES = (
    "project",
    "project_funding",
    "project_milestone",
    "project_partner",
    "project_association",
    "partner",
)


def _table(name: str, *, fit: bool = True) -> QTableView:
    """A row-selecting table; ``fit`` sizes columns to their contents (lists held whole only:
    a paged list would have to fetch every row to measure them)."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setDefaultSectionSize(170)
    return table


def _for_editors(*buttons: QPushButton) -> None:
    """Hidden from viewers (who may not create or import records)."""
    for button in buttons:
        button.setProperty("grant", "edit_records")


def _bar(*widgets: QWidget) -> QHBoxLayout:
    bar = QHBoxLayout()
    for widget in widgets:
        bar.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return bar


class PartnersArea(QWidget):
    """Signals: ``status(str)``."""

    status = Signal(str)

    def __init__(
        self, partners: Partners, practices: PracticeService, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnersArea")
        self._partners = partners
        self._practices = practices
        self._clock = clock
        self.tabs = QTabWidget()
        self.tabs.addTab(self._partners_tab(), self.tr("Partners"))
        self.tabs.addTab(self._agreements_tab(), self.tr("Agreements"))
        self.tabs.addTab(self._projects_tab(), self.tr("Projects"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.refresh_agreements()
        self.refresh_projects()

    # Tabs ----------------------------------------------------------------------------------
    def _partners_tab(self) -> QWidget:
        self.partner_model = PartnerTableModel(self._partners.registry)
        self.partner_model.refresh()
        self.partner_table = _table("partnersTable", fit=False)
        self.partner_table.setModel(self.partner_model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search partners by name or city"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind in PartnerKind:
            self.kind_filter.addItem(self.tr(PARTNER_KIND_LABELS[kind]), kind)
        new, edit = QPushButton(self.tr("New partner…")), QPushButton(self.tr("Open…"))
        imp, exp = QPushButton(self.tr("Import…")), QPushButton(self.tr("Export…"))
        _for_editors(new, imp)
        imp.clicked.connect(lambda: self.import_file(PARTNERS))
        exp.clicked.connect(lambda: self.export_file(PARTNERS))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(_bar(self.search, self.kind_filter, new, edit, imp, exp))
        layout.addWidget(self.partner_table)
        self.search.textChanged.connect(self._on_partner_filter_changed)
        self.kind_filter.currentIndexChanged.connect(self._on_partner_filter_changed)
        new.clicked.connect(lambda: self._run(self.partner_dialog()))
        edit.clicked.connect(lambda: self._open_current(self.partner_table, self.partner_dialog))
        self.partner_table.doubleClicked.connect(lambda i: self._open_index(i, self.partner_dialog))
        return page

    def _agreements_tab(self) -> QWidget:
        self.expiring_model = ExpiringTableModel(self._clock.today())
        self.expiring_table = _table("expiringTable")
        self.expiring_table.setModel(self.expiring_model)
        self.expiring_label = QLabel()
        self.expiring_label.setObjectName("expiringLabel")
        reminder = QGroupBox(self.tr("Expiring within 90 days"))
        reminder_layout = QVBoxLayout(reminder)
        reminder_layout.addWidget(self.expiring_label)
        reminder_layout.addWidget(self.expiring_table)
        self.agreement_model = AgreementTableModel()
        self.agreement_table = _table("agreementsTable")
        self.agreement_table.setModel(self.agreement_model)
        new, edit = QPushButton(self.tr("New agreement…")), QPushButton(self.tr("Open…"))
        _for_editors(new)
        listing = QWidget()
        layout = QVBoxLayout(listing)
        bar = _bar(new, edit)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.agreement_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(reminder)
        splitter.addWidget(listing)
        new.clicked.connect(lambda: self._run(self.agreement_dialog()))
        edit.clicked.connect(lambda: self._open_current(self.agreement_table, self.agreement_dialog))
        for table in (self.agreement_table, self.expiring_table):
            table.doubleClicked.connect(lambda i: self._open_index(i, self.agreement_dialog))
        return splitter

    def _projects_tab(self) -> QWidget:
        self.project_model = ProjectTableModel()
        self.project_table = _table("projectsTable")
        self.project_table.setModel(self.project_model)
        self.project_search = QLineEdit()
        self.project_search.setPlaceholderText(self.tr("Search projects by title or place"))
        new, edit = QPushButton(self.tr("New project…")), QPushButton(self.tr("Open…"))
        imp, exp = QPushButton(self.tr("Import…")), QPushButton(self.tr("Export…"))
        _for_editors(new, imp)
        imp.clicked.connect(lambda: self.import_file(PROJECTS))
        exp.clicked.connect(lambda: self.export_file(PROJECTS))
        self.share_model = ShareTableModel()
        self.share_table = _table("sharesTable")
        self.share_table.setModel(self.share_model)
        self.project_summary = QLabel()
        self.project_summary.setObjectName("projectSummary")
        self.project_summary.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.project_summary)
        detail_layout.addWidget(self.share_table)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(_bar(self.project_search, new, edit, imp, exp))
        top_layout.addWidget(self.project_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        self.project_search.textChanged.connect(lambda _t: self.refresh_projects())
        new.clicked.connect(lambda: self._run(self.project_dialog()))
        edit.clicked.connect(lambda: self._open_current(self.project_table, self.project_dialog))
        self.project_table.doubleClicked.connect(lambda i: self._open_index(i, self.project_dialog))
        self.project_table.selectionModel().currentRowChanged.connect(self._on_project_changed)
        return splitter

    # Dialogs (the caller shows them; tests drive them) --------------------------------------
    def partner_dialog(self, partner_id: int | None = None) -> PartnerDialog:
        registry = self._partners.registry
        record = registry.get(partner_id) if partner_id is not None else None
        return PartnerDialog(registry, self._practices.tree(), registry.association_choices(), record, self)

    def agreement_dialog(self, agreement_id: int | None = None) -> AgreementDialog:
        service = self._partners.agreements
        record = service.get(agreement_id) if agreement_id is not None else None
        return AgreementDialog(
            service, self._practices.tree(), self._partners.registry.choices(), record, self
        )

    def project_dialog(self, project_id: int | None = None) -> ProjectDialog:
        service, registry = self._partners.projects, self._partners.registry
        record = service.get(project_id) if project_id is not None else None
        return ProjectDialog(
            service, self._practices.tree(), registry.association_choices(), registry.choices(), record, self
        )

    def import_file(self, kind: str, path: Path | None = None) -> None:
        """Import partners or projects (a file is asked for when `path` is None)."""
        files.import_file(self, self._partners.transfer, kind, path, self.status.emit)

    def export_file(self, kind: str, path: Path | None = None) -> None:
        files.export_file(self, self._partners.transfer, kind, path, self.status.emit)

    def new_item(self) -> None:
        """Ctrl+N: a new partner, agreement or project, after the tab in view."""
        makers = (self.partner_dialog, self.agreement_dialog, self.project_dialog)
        self._run(makers[self.tabs.currentIndex()]())

    # Refresh ---------------------------------------------------------------------------------
    def on_changed(self, change: Change) -> None:
        """Refresh what a committed write touched."""
        if change.touches(*PARTNER_TABLES):
            self.partner_model.refresh()
        if change.touches(*AGREEMENT_TABLES):
            self.refresh_agreements()
        if change.touches(*PROJECT_TABLES, "association"):
            self.refresh_projects()

    def refresh_agreements(self) -> None:
        self.expiring_model.today = self._clock.today()
        expiring = self._partners.agreements.expiring()
        self.expiring_model.set_rows(expiring)
        self.agreement_model.set_rows(self._partners.agreements.all())
        self.expiring_label.setText(
            self.tr("{n} agreement(s) end within 90 days: renew or close them.").format(n=len(expiring))
            if expiring
            else self.tr("No agreement ends within 90 days.")
        )

    def refresh_projects(self) -> None:
        current = self.current_project()
        self.project_model.set_rows(self._partners.projects.all(text=self.project_search.text()))
        rows = self.project_model.rows
        index = next((i for i, p in enumerate(rows) if current and p.id == current.id), 0 if rows else -1)
        if index >= 0:
            self.project_table.selectRow(index)
        self._show_project(self.current_project())

    def current_project(self) -> ProjectRecord | None:
        index = self.project_table.currentIndex()
        return self.project_model.row_at(index.row()) if index.isValid() else None

    def _show_project(self, project: ProjectRecord | None) -> None:
        if project is None:
            self.project_summary.setText(self.tr("Select a project to see its funding."))
            self.share_model.set_rows([])
            return
        check = project.matching()
        shares: tuple[SourceShare, ...]
        if check is not None:
            shares = check.shares
            verdict = self.tr("Rule {rule}: met.") if check.met else self.tr("Rule {rule}: NOT met.")
            rule_text = verdict.format(rule=check.rule.text)
        else:
            shares = funding_shares({f.source: f.pledged for f in project.funding})
            rule_text = self.tr("No matching rule.")
        self.share_model.currency = project.currency
        self.share_model.set_rows(shares)
        self.project_summary.setText(
            self.tr("{title} — {place}. {rule} Beneficiaries: {people}. Milestones: {milestones}.").format(
                title=project.title,
                place=project.place or project.country,
                rule=rule_text,
                people=project.beneficiaries if project.beneficiaries is not None else "–",
                milestones="; ".join(
                    f"{m.title} ({m.due_on.isoformat() if m.due_on else '–'}{', ✓' if m.done_on else ''})"
                    for m in project.milestones
                )
                or "–",
            )
        )

    # Helpers ---------------------------------------------------------------------------------
    def _run(self, dialog: PartnerDialog | AgreementDialog | ProjectDialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.status.emit(self.tr("Saved."))

    def _open_current(
        self, table: QTableView, make: Callable[[int], PartnerDialog | AgreementDialog | ProjectDialog]
    ) -> None:
        index = table.currentIndex()
        if index.isValid():
            self._open_index(index, make)

    def _open_index(
        self,
        index: QModelIndex,
        make: Callable[[int], PartnerDialog | AgreementDialog | ProjectDialog],
    ) -> None:
        item = index.model().data(index, PartnerTableModel.ROW_ROLE)
        if isinstance(item, PartnerRecord | AgreementRecord | ProjectRecord):
            self._run(make(item.id))

    def _on_partner_filter_changed(self) -> None:
        kind = self.kind_filter.currentData()
        self.partner_model.set_query(
            PartnerQuery(text=self.search.text(), kind=PartnerKind(kind) if kind else None)
        )

    def _on_project_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_project(self.project_model.row_at(current.row()) if current.isValid() else None)
