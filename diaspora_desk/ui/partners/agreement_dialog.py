"""Create or edit an agreement: kind, counterparts, dates, status, signed document, practices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.partners import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_STATUS_LABELS,
    AgreementDraft,
    AgreementKind,
    AgreementRecord,
    AgreementStatus,
)
from diaspora_desk.domain.records import PracticeNode
from diaspora_desk.services.partners.agreements import AgreementService
from diaspora_desk.services.partners.registry import Choice
from diaspora_desk.ui.date_input import DateInput
from diaspora_desk.ui.partners.fields import ChoiceList, chosen, read_dates
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.record_dialog import RecordDialog
from diaspora_desk.ui.widgets import TextField


class AgreementDialog(RecordDialog[AgreementRecord]):
    """One agreement's form; ``saved`` holds the stored record after Save."""

    title = TextField("title_edit")
    document_path = TextField("document_edit")

    def __init__(
        self,
        service: AgreementService,
        practices: Sequence[PracticeNode],
        partners: Sequence[Choice],
        record: AgreementRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("agreementDialog", "agreementErrors", parent)
        self.setWindowTitle(self.tr("Agreement") if record else self.tr("New agreement"))
        self.saving = "saving an agreement"
        self._service = service
        self._record = record
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in AgreementKind:
            self.kind_combo.addItem(self.tr(AGREEMENT_KIND_LABELS[kind]), kind)
        self.status_combo = QComboBox()
        for status in AgreementStatus:
            self.status_combo.addItem(self.tr(AGREEMENT_STATUS_LABELS[status]), status)
        self.counterparts = ChoiceList(partners)
        self.dates = {
            "signed_on": DateInput(self.tr("Signed on")),
            "starts_on": DateInput(self.tr("Starts on")),
            "ends_on": DateInput(self.tr("Ends on")),
        }
        self.document_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.practice_picker = PracticePicker(practices)
        self._layout()
        self.browse_button.clicked.connect(self._on_browse_clicked)
        if record is not None:
            self._load(record)

    def _layout(self) -> None:
        document = QWidget()
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document_edit, 1)
        row.addWidget(self.browse_button)
        self.form = self.add_form_tab(
            self.tr("Agreement"),
            [
                ("title", self.tr("Title *"), self.title_edit),
                ("kind", self.tr("Kind"), self.kind_combo),
                ("status", self.tr("Status"), self.status_combo),
                ("partners", self.tr("Counterparts *"), self.counterparts),
                ("signed_on", self.tr("Signed on"), self.dates["signed_on"]),
                ("starts_on", self.tr("Starts on"), self.dates["starts_on"]),
                ("ends_on", self.tr("Ends on"), self.dates["ends_on"]),
                ("document_path", self.tr("Signed document"), document),
                ("notes", self.tr("Notes"), self.notes_edit),
            ],
        )
        self.add_tab(self.practice_picker, self.tr("Practices addressed"))
        self.finish_layout()

    @property
    def status(self) -> AgreementStatus:
        return chosen(self.status_combo, AgreementStatus, AgreementStatus.DRAFT)

    @status.setter
    def status(self, value: AgreementStatus) -> None:
        self.status_combo.setCurrentIndex(list(AgreementStatus).index(value))

    def store(self) -> AgreementRecord:
        dates, errors = read_dates(self.dates)
        draft = AgreementDraft(
            title=self.title_edit.text(),
            kind=chosen(self.kind_combo, AgreementKind, AgreementKind.MOU),
            status=self.status,
            partner_ids=self.counterparts.ids,
            signed_on=dates["signed_on"],
            starts_on=dates["starts_on"],
            ends_on=dates["ends_on"],
            document_path=self.document_edit.text(),
            notes=self.notes_edit.toPlainText(),
            practice_ids=self.practice_picker.checked,
        )
        if errors:
            raise ValidationError(errors)
        if self._record is None:
            return self._service.create(draft)
        return self._service.update(self._record.id, draft)

    def _load(self, record: AgreementRecord) -> None:
        self.title_edit.setText(record.title)
        self.kind_combo.setCurrentIndex(list(AgreementKind).index(record.kind))
        self.status = record.status
        self.counterparts.ids = record.partner_ids
        self.dates["signed_on"].date = record.signed_on
        self.dates["starts_on"].date = record.starts_on
        self.dates["ends_on"].date = record.ends_on
        self.document_edit.setText(record.document_path)
        self.notes_edit.setPlainText(record.notes)
        self.practice_picker.checked = record.practice_ids

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Signed document"),
            self.document_edit.text(),
            self.tr("Documents (*.pdf *.doc *.docx *.odt);;All files (*)"),
        )
        if path:
            self.document_edit.setText(path)
