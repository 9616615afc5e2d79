"""The planner: options, proposed sites ranked by the people they reach, what each covers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.planning import (
    DEFAULT_MIN_DISTANCE_KM,
    DEFAULT_RADIUS_KM,
    DEFAULT_SITES,
    Plan,
    PlanOptions,
    SiteProposal,
)
from diaspora_desk.i18n.formats import format_number
from diaspora_desk.services.visits.consulates import ConsulateService
from diaspora_desk.services.visits.planner import VisitPlanner
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.tasks import Task, TaskContext, run_task
from diaspora_desk.ui.visits.list_models import CoveredPeopleModel
from diaspora_desk.ui.visits.models import CoveredTownsModel, ProposalsTableModel, service_title
from diaspora_desk.ui.visits.tables import table_view


class PlannerPage(QWidget):
    """Signals: ``planned(Plan)``, ``proposal_selected(int)`` (rank, 0 for none),
    ``visit_requested(SiteProposal)``, ``status(str)``."""

    planned = Signal(object)
    proposal_selected = Signal(int)
    visit_requested = Signal(object)
    status = Signal(str)

    def __init__(
        self, planner: VisitPlanner, consulates: ConsulateService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plannerPage")
        self._planner = planner
        self._consulates = consulates
        self.plan: Plan | None = None
        self.task: Task[Plan] | None = None
        self._make_options()
        self._make_proposals()
        self._make_covered()
        self._build_layout()
        self.reload_consulates()

    def _make_options(self) -> None:
        self.consulate_combo = QComboBox()
        self.min_distance_spin = _km_spin(0, 5000, DEFAULT_MIN_DISTANCE_KM)
        self.radius_spin = _km_spin(1, 1000, DEFAULT_RADIUS_KM)
        self.sites_spin = QSpinBox()
        self.sites_spin.setRange(1, 50)
        self.sites_spin.setValue(DEFAULT_SITES)
        self.overlap_check = QCheckBox(self.tr("Count people reached by several sites for each"))
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setObjectName("planButton")
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.run_plan)
        self.summary = QLabel(self.tr("Choose the options and press Plan."))
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)

    def _make_proposals(self) -> None:
        self.model = ProposalsTableModel()
        self.table = table_view(self.model, "proposalsTable")
        for column, width in ((0, 48), (1, 150), (2, 120), (3, 64), (4, 52), (5, 78)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_proposal_changed)

    def _make_covered(self) -> None:
        """What the selected proposal covers: towns, people, hosts, needs, past visits."""
        self.towns_model = CoveredTownsModel()
        self.towns_table = table_view(self.towns_model, "coveredTowns")
        self.towns_table.setColumnWidth(0, 170)
        self.people_model = CoveredPeopleModel(self._planner)
        self.people_table = table_view(self.people_model, "coveredPeople")
        self.people_table.setColumnWidth(0, 200)
        self.people_label = QLabel()
        self.people_label.setObjectName("coveredPeopleCount")
        self.details = QLabel()
        self.details.setObjectName("proposalDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setContentsMargins(4, 4, 4, 4)
        self.visit_button = QPushButton(self.tr("Plan a visit here…"))
        self.visit_button.setObjectName("planVisitHere")
        self.visit_button.setEnabled(False)
        self.visit_button.clicked.connect(self._on_visit_clicked)

    def _build_layout(self) -> None:
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._covered_panel())
        splitter.setSizes([640, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(self._options_row())
        layout.addWidget(splitter, 1)

    def _options_row(self) -> QHBoxLayout:
        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.addRow(self.tr("Consulate"), self.consulate_combo)
        form.addRow(self.tr("At least this far from a consulate"), self.min_distance_spin)
        form.addRow(self.tr("Radius a site reaches"), self.radius_spin)
        form.addRow(self.tr("Number of sites"), self.sites_spin)
        form.addRow("", self.overlap_check)
        options.setMaximumWidth(560)
        top = QHBoxLayout()
        top.addWidget(options, 0)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(right, 1)
        return top

    def _covered_panel(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_table, 1)
        people_layout.addWidget(self.people_label)
        self.covered_tabs = QTabWidget()
        self.covered_tabs.addTab(self.towns_table, self.tr("Towns covered"))
        self.covered_tabs.addTab(people, self.tr("People covered"))
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.covered_tabs)
        vertical.addWidget(scroll)
        vertical.setSizes([260, 240])
        covered = QWidget()
        covered_layout = QVBoxLayout(covered)
        covered_layout.setContentsMargins(0, 0, 0, 0)
        covered_layout.addWidget(vertical, 1)
        covered_layout.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignLeft)
        covered.setMinimumWidth(360)
        return covered

    def on_changed(self, change: Change) -> None:
        """A consulate added or renamed, here or elsewhere, is offered at once."""
        if change.touches("consulate"):
            self.reload_consulates()

    def reload_consulates(self) -> None:
        chosen = self.consulate_combo.currentData()
        self.consulate_combo.clear()
        self.consulate_combo.addItem(self.tr("All consulates"), None)
        for consulate in self._consulates.list():
            self.consulate_combo.addItem(f"{consulate.name} ({consulate.city})", consulate.id)
        self.consulate_combo.setCurrentIndex(max(0, self.consulate_combo.findData(chosen)))

    def options(self) -> PlanOptions:
        return PlanOptions(
            consulate_id=self.consulate_combo.currentData(),
            min_distance_km=self.min_distance_spin.value(),
            radius_km=self.radius_spin.value(),
            sites=self.sites_spin.value(),
            count_overlap=self.overlap_check.isChecked(),
        )

    def run_plan(self) -> Task[Plan]:
        """Plan on a worker thread (it reads every registered person's town)."""
        options, planner = self.options(), self._planner
        self.plan_button.setEnabled(False)

        def work(_context: TaskContext) -> Plan:
            return planner.plan(options)

        def failed(exc: BaseException) -> None:
            from diaspora_desk.ui.errors import show_error

            self.plan_button.setEnabled(True)
            show_error(self, exc, "plan visits")

        self.task = run_task(self, self.tr("Planning mobile visits…"), work, self.show_plan, failed)
        return self.task

    def show_plan(self, plan: Plan) -> None:
        self.plan_button.setEnabled(True)
        self.plan = plan
        self.model.set_rows(plan.proposals)
        self._on_proposal_changed()  # none selected yet
        reached = sum(p.people for p in plan.proposals)
        self.summary.setText(
            self.tr(
                "{sites} site(s) proposed, reaching {reached} people. {far} people live more than "
                "{km} km from every consulate; {unplaced} live in towns without coordinates."
            ).format(
                sites=len(plan.proposals),
                reached=format_number(reached),
                far=format_number(plan.people_far),
                km=f"{plan.options.min_distance_km:,.0f}",
                unplaced=format_number(plan.people_without_place),
            )
        )
        self.planned.emit(plan)
        if plan.proposals:
            self.table.selectRow(0)
        self.status.emit(self.tr("Planned {n} site(s)").format(n=len(plan.proposals)))

    @property
    def current(self) -> SiteProposal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_proposal_changed(self) -> None:
        proposal = self.current
        self.visit_button.setEnabled(proposal is not None)
        self.towns_model.set_rows(proposal.towns if proposal else [])
        self._show_people(proposal)
        self.details.setText(_details_html(self, proposal) if proposal else "")
        self.proposal_selected.emit(proposal.rank if proposal else 0)

    def _show_people(self, proposal: SiteProposal | None) -> None:
        """The people the proposal counts, by name (enough to call them in), paged from SQL."""
        try:
            self.people_model.set_query(proposal)
        except Exception as exc:
            from diaspora_desk.ui.errors import show_error

            show_error(self, exc, "people covered")
            return
        total = self.people_model.rowCount()
        self.people_label.setText(
            self.tr("{total} people, by name").format(total=format_number(total)) if proposal else ""
        )

    def _on_visit_clicked(self) -> None:
        if self.current is not None:
            self.visit_requested.emit(self.current)


def _details_html(page: QWidget, proposal: SiteProposal) -> str:
    parts = [
        "<p>"
        + escape(page.tr("Nearest consulate: {name}, {km} km away.")).format(
            name=escape(proposal.nearest_consulate), km=f"{proposal.distance_km:,.0f}"
        )
        + "<br/>"
        + escape(
            page.tr("{people} people within reach ({all} including those counted for a higher-ranked site).")
        ).format(people=format_number(proposal.people), all=format_number(proposal.people_within_radius))
        + "</p>"
    ]
    if proposal.hosts:
        hosts = "".join(
            f"<li>{escape(h.name)} — {escape(h.city)}, {h.distance_km:,.0f} km</li>"
            for h in proposal.hosts[:5]
        )
        parts.append(f"<b>{escape(page.tr('Possible hosts'))}</b><ul>{hosts}</ul>")
    else:
        parts.append(f"<p><i>{escape(page.tr('No association nearby to host.'))}</i></p>")
    if proposal.likely_services:
        items = "".join(
            f"<li>{escape(service_title(s.service))}: {format_number(s.people)} — "
            f"{escape(translated(s.reason))}</li>"
            for s in proposal.likely_services
        )
        parts.append(f"<b>{escape(page.tr('Likely needs'))}</b><ul>{items}</ul>")
    if proposal.past_visits:
        items = "".join(
            f"<li>{v.starts_on:%Y-%m-%d} {escape(v.city)} ({escape(v.status.value)}), "
            f"{format_number(v.served)} {escape(page.tr('served'))}</li>"
            for v in proposal.past_visits
        )
        parts.append(f"<b>{escape(page.tr('Past visits nearby'))}</b><ul>{items}</ul>")
    return "".join(parts)


def _km_spin(low: float, high: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(0)
    spin.setSingleStep(10)
    spin.setSuffix(" km")
    spin.setValue(value)
    return spin
