"""Create or edit a partner: who, what kind, where, at what level, contacts, practices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from diaspora_desk.domain.partners import (
    LEVEL_LABELS,
    PARTNER_KIND_LABELS,
    PartnerDraft,
    PartnerKind,
    PartnerLevel,
    PartnerRecord,
)
from diaspora_desk.domain.records import PracticeNode
from diaspora_desk.services.partners.registry import Choice, PartnerService
from diaspora_desk.ui.partners.fields import chosen
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.record_dialog import RecordDialog
from diaspora_desk.ui.widgets import CountryCombo, CountryField, TextField


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class PartnerDialog(RecordDialog[PartnerRecord]):
    """One partner's form; ``saved`` holds the stored record after Save."""

    name = TextField("name_edit")
    country = CountryField("country_combo")

    def __init__(
        self,
        service: PartnerService,
        practices: Sequence[PracticeNode],
        associations: Sequence[Choice],
        record: PartnerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("partnerDialog", "partnerErrors", parent)
        self.setWindowTitle(self.tr("Partner") if record else self.tr("New partner"))
        self.saving = "saving a partner"
        self._service = service
        self._record = record
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in PartnerKind:
            self.kind_combo.addItem(self.tr(PARTNER_KIND_LABELS[kind]), kind)
        self.country_combo = CountryCombo()
        self.city_edit = QLineEdit()
        self.level_combo = QComboBox()
        for level in PartnerLevel:
            self.level_combo.addItem(self.tr(LEVEL_LABELS[level]), level)
        self.association_combo = QComboBox()
        self.association_combo.addItem(self.tr("(none)"), None)
        for choice in associations:
            self.association_combo.addItem(choice.name, choice.id)
        self.contact_edit = QLineEdit()
        self.phones_edit = QPlainTextEdit()
        self.phones_edit.setPlaceholderText(
            self.tr("One number per line; national format uses the partner's country")
        )
        self.phones_edit.setFixedHeight(54)
        self.emails_edit = QPlainTextEdit()
        self.emails_edit.setFixedHeight(54)
        self.website_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.practice_picker = PracticePicker(practices)
        self._layout()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        if record is not None:
            self._load(record)
        self._on_kind_changed()

    def _layout(self) -> None:
        self.form = self.add_form_tab(
            self.tr("Partner"),
            [
                ("name", self.tr("Name *"), self.name_edit),
                ("kind", self.tr("Kind"), self.kind_combo),
                ("association", self.tr("Diaspora association"), self.association_combo),
                ("country", self.tr("Country *"), self.country_combo),
                ("city", self.tr("City"), self.city_edit),
                ("level", self.tr("Level"), self.level_combo),
                ("contact_person", self.tr("Contact person"), self.contact_edit),
                ("phone", self.tr("Phones"), self.phones_edit),
                ("email", self.tr("E-mails"), self.emails_edit),
                ("website", self.tr("Website"), self.website_edit),
                ("notes", self.tr("Notes"), self.notes_edit),
            ],
        )
        self.add_tab(self.practice_picker, self.tr("Practices addressed"))
        self.finish_layout()

    @property
    def kind(self) -> PartnerKind:
        return chosen(self.kind_combo, PartnerKind, PartnerKind.OTHER)

    @kind.setter
    def kind(self, value: PartnerKind) -> None:
        self.kind_combo.setCurrentIndex(list(PartnerKind).index(value))

    @property
    def phones(self) -> tuple[str, ...]:
        return _lines(self.phones_edit)

    @phones.setter
    def phones(self, value: Sequence[str]) -> None:
        self.phones_edit.setPlainText("\n".join(value))

    @property
    def association_id(self) -> int | None:
        value = self.association_combo.currentData()
        return value if isinstance(value, int) else None

    @association_id.setter
    def association_id(self, value: int | None) -> None:
        self.association_combo.setCurrentIndex(max(0, self.association_combo.findData(value)))

    def draft(self) -> PartnerDraft:
        return PartnerDraft(
            name=self.name_edit.text(),
            kind=self.kind.value,
            country=self.country_combo.code,
            city=self.city_edit.text(),
            level=chosen(self.level_combo, PartnerLevel, PartnerLevel.LOCAL).value,
            association_id=self.association_id,
            contact_person=self.contact_edit.text(),
            phones=self.phones,
            emails=_lines(self.emails_edit),
            website=self.website_edit.text(),
            notes=self.notes_edit.toPlainText(),
            practice_ids=self.practice_picker.checked,
        )

    def store(self) -> PartnerRecord:
        if self._record is None:
            return self._service.create(self.draft())
        return self._service.update(self._record.id, self.draft())

    def _load(self, record: PartnerRecord) -> None:
        self.name_edit.setText(record.name)
        self.kind = record.kind
        self.country_combo.code = record.country
        self.city_edit.setText(record.city)
        self.level_combo.setCurrentIndex(list(PartnerLevel).index(record.level))
        self.association_id = record.association_id
        self.contact_edit.setText(record.contact_person)
        self.phones = record.phones
        self.emails_edit.setPlainText("\n".join(record.emails))
        self.website_edit.setText(record.website)
        self.notes_edit.setPlainText(record.notes)
        self.practice_picker.checked = record.practice_ids

    def _on_kind_changed(self) -> None:
        self.association_combo.setEnabled(self.kind is PartnerKind.DIASPORA_ASSOCIATION)
