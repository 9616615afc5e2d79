"""Create or edit an association, with inline validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS, FOCUS_AREA_LABELS
from diaspora_desk.domain.records import AssociationRecord
from diaspora_desk.services.associations.registry import AssociationService, draft_from_record
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.widgets import (
    CheckList,
    CountryCombo,
    CountryField,
    ErrorLabel,
    TextField,
    ValidatedForm,
    city_completer,
    line_edit,
)


def _split_lines(text: str) -> tuple[str, ...]:
    parts = text.replace(";", "\n").replace(",", "\n").splitlines()
    return tuple(p.strip() for p in parts if p.strip())


class AssociationDialog(QDialog):
    """Form for one association. ``saved`` holds the stored record after Save."""

    def __init__(
        self,
        service: AssociationService,
        gazetteer: Gazetteer,
        record: AssociationRecord | None = None,
        parent: QWidget | None = None,
        *,
        default_country: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("associationDialog")
        self._service = service
        self._gazetteer = gazetteer
        self._record = record
        self.saved: AssociationRecord | None = None
        self.setWindowTitle(self.tr("Edit association") if record else self.tr("New association"))
        self.resize(620, 640)

        self.name_edit = line_edit(self.tr("Full name of the association"))
        self.acronym_edit = line_edit()
        self.type_combo = QComboBox()
        for kind in AssociationType:
            self.type_combo.addItem(self.tr(ASSOCIATION_TYPE_LABELS[kind]), kind.value)
        self.country_combo = CountryCombo()
        self.city_edit = line_edit(self.tr("Start typing; known towns give map coordinates"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setFixedHeight(54)
        self.founded_edit = line_edit(self.tr("e.g. 1998"), max_length=6)
        self.members_edit = line_edit(self.tr("approximate number"), max_length=12)
        self.focus_list = CheckList((f.value, self.tr(FOCUS_AREA_LABELS[f])) for f in FocusArea)
        self.focus_list.setFixedHeight(130)
        self.languages_edit = line_edit(self.tr("ISO 639 codes, e.g. es, en, quc"))
        self.phones_edit = QPlainTextEdit()
        self.phones_edit.setPlaceholderText(
            self.tr("One number per line; national format uses the host country")
        )
        self.phones_edit.setFixedHeight(54)
        self.emails_edit = QPlainTextEdit()
        self.emails_edit.setFixedHeight(54)
        self.website_edit = line_edit(max_length=2000)
        self.contact_edit = line_edit()
        self.leadership_edit = QPlainTextEdit()
        self.leadership_edit.setPlaceholderText(self.tr("e.g. President: …; Treasurer: …"))
        self.leadership_edit.setFixedHeight(54)
        self.registered_check = QCheckBox(self.tr("Registered with the consulate"))
        self.registered_date = QDateEdit()
        self.registered_date.setCalendarPopup(True)
        self.registered_date.setDisplayFormat("yyyy-MM-dd")
        self.registered_date.setMaximumDate(QDate.currentDate())
        self.registered_date.setDate(QDate.currentDate())
        self.advisory_check = QCheckBox(self.tr("Member of the consulate's advisory council"))
        self.independence_check = QCheckBox(self.tr("Independence from government respected"))
        self.independence_check.setChecked(True)
        self.notes_edit = QPlainTextEdit()

        tabs = QTabWidget()
        profile = QWidget()
        self.form = ValidatedForm(QFormLayout(profile))
        self.form.add("name", self.tr("Name *"), self.name_edit)
        self.form.add("acronym", self.tr("Acronym"), self.acronym_edit)
        self.form.add("type", self.tr("Type"), self.type_combo)
        self.form.add("country", self.tr("Host country *"), self.country_combo)
        self.form.add("city", self.tr("City"), self.city_edit)
        self.form.add("founded_year", self.tr("Founded (year)"), self.founded_edit)
        self.form.add("members_estimate", self.tr("Members (estimate)"), self.members_edit)
        self.form.add("focus_areas", self.tr("Focus areas"), self.focus_list)
        self.form.add("languages", self.tr("Languages"), self.languages_edit)
        contacts = QWidget()
        contact_form = ValidatedForm(QFormLayout(contacts))
        contact_form.add("address", self.tr("Address"), self.address_edit)
        contact_form.add("phone", self.tr("Phone numbers"), self.phones_edit)
        contact_form.add("email", self.tr("E-mail addresses"), self.emails_edit)
        contact_form.add("website", self.tr("Website"), self.website_edit)
        contact_form.add("contact_person", self.tr("Contact person"), self.contact_edit)
        contact_form.add("leadership", self.tr("Leadership"), self.leadership_edit)
        relation = QWidget()
        relation_form = ValidatedForm(QFormLayout(relation))
        relation_form.add("registered", "", self.registered_check)
        relation_form.add("registered_on", self.tr("Registered on"), self.registered_date)
        relation_form.add("advisory_council", "", self.advisory_check)
        relation_form.add("independence_respected", "", self.independence_check)
        relation_form.add("notes", self.tr("Notes"), self.notes_edit)
        self._forms = (self.form, contact_form, relation_form)
        tabs.addTab(profile, self.tr("Profile"))
        tabs.addTab(contacts, self.tr("Contacts"))
        tabs.addTab(relation, self.tr("Relation and notes"))
        self.tabs = tabs

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(QLabel(self.tr("* required")))
        layout.addWidget(buttons)

        self.registered_check.toggled.connect(self.registered_date.setEnabled)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        if record is not None:
            self.set_draft(draft_from_record(record))
        else:
            self.country_combo.code = default_country
            self.registered_date.setEnabled(False)
        self._on_country_changed()

    # Properties so tests and callers drive the form without poking widgets.
    name = TextField("name_edit")

    country = CountryField("country_combo")

    city = TextField("city_edit")

    @property
    def phones(self) -> str:
        return self.phones_edit.toPlainText()

    @phones.setter
    def phones(self, value: str) -> None:
        self.phones_edit.setPlainText(value)

    @property
    def association_type(self) -> str:
        return str(self.type_combo.currentData())

    @association_type.setter
    def association_type(self, value: str) -> None:
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(value)))

    def _on_country_changed(self) -> None:
        code = self.country_combo.code
        if len(code) == 2:
            self.city_edit.setCompleter(city_completer(self, self._gazetteer.names(code)))

    def set_draft(self, draft: AssociationDraft) -> None:
        self.name_edit.setText(draft.name)
        self.acronym_edit.setText(draft.acronym)
        self.association_type = draft.type
        self.country_combo.code = draft.country
        self.city_edit.setText(draft.city)
        self.address_edit.setPlainText(draft.address)
        self.founded_edit.setText(draft.founded_year)
        self.members_edit.setText(draft.members_estimate)
        self.focus_list.values = draft.focus_areas
        self.languages_edit.setText(", ".join(draft.languages))
        self.phones_edit.setPlainText("\n".join(draft.phones))
        self.emails_edit.setPlainText("\n".join(draft.emails))
        self.website_edit.setText(draft.website)
        self.contact_edit.setText(draft.contact_person)
        self.leadership_edit.setPlainText(draft.leadership)
        self.registered_check.setChecked(draft.registered)
        self.registered_date.setEnabled(draft.registered)
        if draft.registered_on:
            self.registered_date.setDate(
                QDate(draft.registered_on.year, draft.registered_on.month, draft.registered_on.day)
            )
        self.advisory_check.setChecked(draft.advisory_council)
        self.independence_check.setChecked(draft.independence_respected)
        self.notes_edit.setPlainText(draft.notes)

    def draft(self) -> AssociationDraft:
        registered_on = None
        if self.registered_check.isChecked():
            qdate = self.registered_date.date()
            registered_on = dt.date(qdate.year(), qdate.month(), qdate.day())
        return AssociationDraft(
            name=self.name_edit.text(),
            acronym=self.acronym_edit.text(),
            type=self.association_type,
            country=self.country_combo.code,
            city=self.city_edit.text(),
            address=self.address_edit.toPlainText(),
            founded_year=self.founded_edit.text(),
            members_estimate=self.members_edit.text(),
            focus_areas=self.focus_list.values,
            languages=_split_lines(self.languages_edit.text()),
            phones=tuple(p.strip() for p in self.phones_edit.toPlainText().splitlines() if p.strip()),
            emails=_split_lines(self.emails_edit.toPlainText()),
            website=self.website_edit.text(),
            contact_person=self.contact_edit.text(),
            leadership=self.leadership_edit.toPlainText(),
            registered=self.registered_check.isChecked(),
            registered_on=registered_on,
            advisory_council=self.advisory_check.isChecked(),
            independence_respected=self.independence_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        unplaced: list[str] = []
        for form in self._forms:
            unplaced = [m for m in form.show_errors(errors) if m.split(":")[0] not in self._all_keys()]
        self.general_error.show_message("\n".join(unplaced))
        for index, form in enumerate(self._forms):
            if any(label.isVisible() for label in form.errors.values()):
                self.tabs.setCurrentIndex(index)
                break

    def _all_keys(self) -> set[str]:
        return {key for form in self._forms for key in form.errors}

    def _on_save_clicked(self) -> None:
        draft = self.draft()
        try:
            if self._record is None:
                self.saved = self._service.create(draft)
            else:
                self.saved = self._service.update(self._record.id, draft)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except KnownError as exc:
            show_error(self, exc, "save association")
            return
        self.accept()
