"""Create or edit a project: what and where, stage, funding by source against the matching rule,
associations and partners involved, milestones, beneficiaries, practices."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from diaspora_desk.domain.errors import ValidationError, message_of
from diaspora_desk.domain.funding import parse_amount
from diaspora_desk.domain.projects import (
    DEFAULT_RULES,
    PROGRAMME_LABELS,
    SECTOR_LABELS,
    STAGE_LABELS,
    Milestone,
    ProjectDraft,
    ProjectProgramme,
    ProjectRecord,
    ProjectSector,
    ProjectStage,
)
from diaspora_desk.domain.records import PracticeNode
from diaspora_desk.services.partners.projects import ProjectService
from diaspora_desk.services.partners.registry import Choice
from diaspora_desk.ui.date_input import DateInput, read_date
from diaspora_desk.ui.editable_table import EditableTable
from diaspora_desk.ui.partners.fields import ChoiceList, chosen, read_dates
from diaspora_desk.ui.partners.funding_panel import FundingPanel
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.record_dialog import RecordDialog
from diaspora_desk.ui.widgets import CountryCombo, TextField


def _combo(labels: Iterable[tuple[StrEnum, str]], translate: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    for code, label in labels:
        combo.addItem(translate(label), code)
    return combo


class ProjectDialog(RecordDialog[ProjectRecord]):
    """One project's form; ``saved`` holds the stored record after Save."""

    title = TextField("title_edit")
    matching_rule = TextField("rule_edit")

    def __init__(
        self,
        service: ProjectService,
        practices: Sequence[PracticeNode],
        associations: Sequence[Choice],
        partners: Sequence[Choice],
        record: ProjectRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("projectDialog", "projectErrors", parent)
        self.setWindowTitle(self.tr("Project") if record else self.tr("New project"))
        self.resize(640, 560)
        self.saving = "saving a project"
        self.fields_hint = self.tr("Please correct the fields marked in red.")
        self._service = service
        self._record = record
        self.title_edit = QLineEdit()
        self.programme_combo = _combo(PROGRAMME_LABELS.items(), self.tr)
        self.sector_combo = _combo(SECTOR_LABELS.items(), self.tr)
        self.stage_combo = _combo(STAGE_LABELS.items(), self.tr)
        self.country_combo = CountryCombo()
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Home-country municipality"))
        self.currency_edit = QLineEdit()
        self.currency_edit.setPlaceholderText("MXN, USD…")
        self.budget_edit = QLineEdit()
        self.rule_edit = QLineEdit()
        self.rule_edit.setPlaceholderText(
            self.tr("1:1:1:1 = association : municipality : state : federal : partner")
        )
        self.beneficiaries_spin = QSpinBox()
        self.beneficiaries_spin.setRange(0, 100_000_000)
        self.dates = {"starts_on": DateInput(self.tr("Starts on")), "ends_on": DateInput(self.tr("Ends on"))}
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(50)
        self.funding_panel = FundingPanel()
        self.associations = ChoiceList(associations)
        self.partners = ChoiceList(partners)
        self.milestones = EditableTable(
            (self.tr("Milestone"), self.tr("Due"), self.tr("Done on")),
            dates={1: self.tr("Due"), 2: self.tr("Done on")},
        )
        self.practice_picker = PracticePicker(practices)
        self._layout()
        self.rule_edit.textChanged.connect(self._on_rule_changed)
        self.currency_edit.textChanged.connect(self._on_rule_changed)
        self.programme_combo.currentIndexChanged.connect(self._on_programme_changed)
        if record is not None:
            self._load(record)

    def _layout(self) -> None:
        self.form = self.add_form_tab(
            self.tr("Project"),
            [
                ("title", self.tr("Title *"), self.title_edit),
                ("programme", self.tr("Programme"), self.programme_combo),
                ("sector", self.tr("Sector"), self.sector_combo),
                ("country", self.tr("Country *"), self.country_combo),
                ("place", self.tr("Place"), self.place_edit),
                ("stage", self.tr("Stage"), self.stage_combo),
                ("beneficiaries", self.tr("Beneficiaries"), self.beneficiaries_spin),
                ("starts_on", self.tr("Starts on"), self.dates["starts_on"]),
                ("ends_on", self.tr("Ends on"), self.dates["ends_on"]),
                ("notes", self.tr("Notes"), self.notes_edit),
            ],
        )
        self.money_form = self.add_form_tab(
            self.tr("Funding"),
            [
                ("currency", self.tr("Currency *"), self.currency_edit),
                ("budget", self.tr("Budget"), self.budget_edit),
                ("matching_rule", self.tr("Matching rule"), self.rule_edit),
                ("funding", self.tr("Funding by source"), self.funding_panel),
            ],
        )
        links = QWidget()
        links_form = QFormLayout(links)
        links_form.addRow(self.tr("Associations"), self.associations)
        links_form.addRow(self.tr("Partners"), self.partners)
        self.add_tab(links, self.tr("Who is involved"))
        self.add_tab(self.milestones, self.tr("Milestones"))
        self.add_tab(self.practice_picker, self.tr("Practices addressed"))
        self.finish_layout()

    def _draft(self) -> tuple[ProjectDraft, dict[str, str]]:
        """The draft from the form, and the errors found before validation (dates, amounts)."""
        dates, errors = read_dates(self.dates)
        budget = None
        try:
            budget = parse_amount(self.budget_edit.text()) if self.budget_edit.text().strip() else None
        except ValueError as exc:
            errors["budget"] = message_of(exc)
        try:
            funding = self.funding_panel.funding
        except ValueError as exc:
            funding, errors["funding"] = (), message_of(exc)
        milestones = []
        for row in self.milestones.rows:
            title, due, done = [*row, "", "", ""][:3]
            try:
                due_on, done_on = read_date(due, self.tr("Due")), read_date(done, self.tr("Done on"))
                milestones.append(Milestone(title, due_on, done_on))
            except ValueError as exc:
                errors["milestones"] = str(exc)
        draft = ProjectDraft(
            title=self.title_edit.text(),
            programme=chosen(self.programme_combo, ProjectProgramme, ProjectProgramme.OTHER),
            sector=chosen(self.sector_combo, ProjectSector, ProjectSector.OTHER),
            country=self.country_combo.code,
            place=self.place_edit.text(),
            stage=chosen(self.stage_combo, ProjectStage, ProjectStage.IDENTIFICATION),
            currency=self.currency_edit.text(),
            budget=budget,
            matching_rule=self.rule_edit.text(),
            funding=funding,
            association_ids=self.associations.ids,
            partner_ids=self.partners.ids,
            milestones=tuple(milestones),
            beneficiaries=self.beneficiaries_spin.value() or None,
            starts_on=dates["starts_on"],
            ends_on=dates["ends_on"],
            notes=self.notes_edit.toPlainText(),
            practice_ids=self.practice_picker.checked,
        )
        return draft, errors

    def store(self) -> ProjectRecord:
        draft, errors = self._draft()
        if errors:
            raise ValidationError(errors)
        if self._record is None:
            return self._service.create(draft)
        return self._service.update(self._record.id, draft)

    def _load(self, record: ProjectRecord) -> None:
        self.title_edit.setText(record.title)
        for combo, value in (
            (self.programme_combo, record.programme),
            (self.sector_combo, record.sector),
            (self.stage_combo, record.stage),
        ):
            combo.setCurrentIndex(combo.findData(value))
        self.country_combo.code = record.country
        self.place_edit.setText(record.place)
        self.currency_edit.setText(record.currency)
        self.budget_edit.setText("" if record.budget is None else str(record.budget))
        self.rule_edit.setText(record.matching_rule)
        self.funding_panel.funding = record.funding
        self.associations.ids = record.association_ids
        self.partners.ids = record.partner_ids
        self.milestones.rows = [
            [m.title, m.due_on.isoformat() if m.due_on else "", m.done_on.isoformat() if m.done_on else ""]
            for m in record.milestones
        ]
        self.beneficiaries_spin.setValue(record.beneficiaries or 0)
        self.dates["starts_on"].date = record.starts_on
        self.dates["ends_on"].date = record.ends_on
        self.notes_edit.setPlainText(record.notes)
        self.practice_picker.checked = record.practice_ids

    def _on_rule_changed(self) -> None:
        self.funding_panel.set_rule(self.rule_edit.text(), self.currency_edit.text())

    def _on_programme_changed(self) -> None:
        rule = DEFAULT_RULES.get(chosen(self.programme_combo, ProjectProgramme, ProjectProgramme.OTHER))
        if rule and not self.rule_edit.text().strip():
            self.rule_edit.setText(rule)
