"""Create or edit an association, with inline validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QPlainTextEdit,
    QWidget,
)

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.geography import all_languages
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS, FOCUS_AREA_LABELS
from diaspora_desk.domain.records import AssociationRecord
from diaspora_desk.services.associations.registry import AssociationService, draft_from_record
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.ui.code_list import CodeList
from diaspora_desk.ui.record_dialog import RecordDialog
from diaspora_desk.ui.widgets import (
    CheckList,
    CountryCombo,
    CountryField,
    TextField,
    city_completer,
    line_edit,
)


def _split_lines(text: str) -> tuple[str, ...]:
    parts = text.replace(";", "\n").replace(",", "\n").splitlines()
    return tuple(p.strip() for p in parts if p.strip())


def _short_text(placeholder: str = "") -> QPlainTextEdit:
    """A plain-text field three lines high."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(54)
    return edit


class AssociationDialog(RecordDialog[AssociationRecord]):
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
        super().__init__("associationDialog", "generalError", parent)
        self.saving = "save association"
        self._service = service
        self._gazetteer = gazetteer
        self._record = record
        self.setWindowTitle(self.tr("Edit association") if record else self.tr("New association"))
        self.resize(620, 640)
        self._build_profile_fields()
        self._build_contact_fields()
        self._build_relation_fields()
        self.form = self.add_form_tab(self.tr("Profile"), self._profile_rows(), packed=True)
        self.add_form_tab(self.tr("Contacts"), self._contact_rows(), packed=True)
        self.add_form_tab(self.tr("Relation and notes"), self._relation_rows())
        self.finish_layout(required_note=True)
        self.registered_check.toggled.connect(self.registered_date.setEnabled)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        if record is not None:
            self.set_draft(draft_from_record(record))
        else:
            self.country_combo.code = default_country
            self.registered_date.setEnabled(False)
        self._on_country_changed()

    def _build_profile_fields(self) -> None:
        self.name_edit = line_edit(self.tr("Full name of the association"))
        self.acronym_edit = line_edit()
        self.type_combo = QComboBox()
        for kind in AssociationType:
            self.type_combo.addItem(self.tr(ASSOCIATION_TYPE_LABELS[kind]), kind.value)
        self.country_combo = CountryCombo()
        self.city_edit = line_edit(self.tr("Start typing; known towns give map coordinates"))
        self.founded_edit = line_edit(self.tr("e.g. 1998"))
        self.members_edit = line_edit(self.tr("approximate number"))
        self.focus_list = CheckList((f.value, self.tr(FOCUS_AREA_LABELS[f])) for f in FocusArea)
        self.focus_list.setFixedHeight(130)
        self.languages_list = CodeList(all_languages(), self.tr("Type a language, e.g. K'iche'"))

    def _build_contact_fields(self) -> None:
        self.address_edit = _short_text()
        self.phones_edit = _short_text(self.tr("One number per line; national format uses the host country"))
        self.emails_edit = _short_text()
        self.website_edit = line_edit()
        self.contact_edit = line_edit()
        self.leadership_edit = _short_text(self.tr("e.g. President: …; Treasurer: …"))

    def _build_relation_fields(self) -> None:
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

    def _profile_rows(self) -> list[tuple[str, str, QWidget]]:
        return [
            ("name", self.tr("Name *"), self.name_edit),
            ("acronym", self.tr("Acronym"), self.acronym_edit),
            ("type", self.tr("Type"), self.type_combo),
            ("country", self.tr("Host country *"), self.country_combo),
            ("city", self.tr("City"), self.city_edit),
            ("founded_year", self.tr("Founded (year)"), self.founded_edit),
            ("members_estimate", self.tr("Members (estimate)"), self.members_edit),
            ("focus_areas", self.tr("Focus areas"), self.focus_list),
            ("languages", self.tr("Languages"), self.languages_list),
        ]

    def _contact_rows(self) -> list[tuple[str, str, QWidget]]:
        return [
            ("address", self.tr("Address"), self.address_edit),
            ("phone", self.tr("Phone numbers"), self.phones_edit),
            ("email", self.tr("E-mail addresses"), self.emails_edit),
            ("website", self.tr("Website"), self.website_edit),
            ("contact_person", self.tr("Contact person"), self.contact_edit),
            ("leadership", self.tr("Leadership"), self.leadership_edit),
        ]

    def _relation_rows(self) -> list[tuple[str, str, QWidget]]:
        return [
            ("registered", "", self.registered_check),
            ("registered_on", self.tr("Registered on"), self.registered_date),
            ("advisory_council", "", self.advisory_check),
            ("independence_respected", "", self.independence_check),
            ("notes", self.tr("Notes"), self.notes_edit),
        ]

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
        self.languages_list.values = [(code, "") for code in draft.languages]
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
            languages=tuple(code for code, _level in self.languages_list.values),
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

    def accept(self) -> None:
        if self.languages_list.pending and not self.languages_list.add_typed():
            return  # a language typed that is not in the list: the list says so
        super().accept()

    def store(self) -> AssociationRecord:
        draft = self.draft()
        if self._record is None:
            return self._service.create(draft)
        return self._service.update(self._record.id, draft)
