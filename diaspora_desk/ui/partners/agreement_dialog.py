"""Create or edit an agreement: kind, counterparts, dates, status, signed document, practices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError
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
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.partners.fields import ChoiceList, DateEdit, chosen, read_dates
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.widgets import TextField, ValidatedForm


class AgreementDialog(QDialog):
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
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement") if record else self.tr("New agreement"))
        self._service = service
        self._record = record
        self.saved: AgreementRecord | None = None
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in AgreementKind:
            self.kind_combo.addItem(self.tr(AGREEMENT_KIND_LABELS[kind]), kind)
        self.status_combo = QComboBox()
        for status in AgreementStatus:
            self.status_combo.addItem(self.tr(AGREEMENT_STATUS_LABELS[status]), status)
        self.counterparts = ChoiceList(partners)
        self.dates = {"signed_on": DateEdit(), "starts_on": DateEdit(), "ends_on": DateEdit()}
        self.document_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.practice_picker = PracticePicker(practices)
        self.errors_label = QLabel()
        self.errors_label.setObjectName("agreementErrors")
        self.errors_label.setStyleSheet("color: #a40000;")
        self.errors_label.setWordWrap(True)
        self._layout()
        self.browse_button.clicked.connect(self._on_browse_clicked)
        if record is not None:
            self._load(record)

    def _layout(self) -> None:
        general = QWidget()
        self.form = ValidatedForm(QFormLayout(general))
        self.form.add("title", self.tr("Title *"), self.title_edit)
        self.form.add("kind", self.tr("Kind"), self.kind_combo)
        self.form.add("status", self.tr("Status"), self.status_combo)
        self.form.add("partners", self.tr("Counterparts *"), self.counterparts)
        self.form.add("signed_on", self.tr("Signed on"), self.dates["signed_on"])
        self.form.add("starts_on", self.tr("Starts on"), self.dates["starts_on"])
        self.form.add("ends_on", self.tr("Ends on"), self.dates["ends_on"])
        document = QWidget()
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document_edit, 1)
        row.addWidget(self.browse_button)
        self.form.add("document_path", self.tr("Signed document"), document)
        self.form.add("notes", self.tr("Notes"), self.notes_edit)
        tabs = QTabWidget()
        tabs.addTab(general, self.tr("Agreement"))
        tabs.addTab(self.practice_picker, self.tr("Practices addressed"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.errors_label)
        layout.addWidget(buttons)

    @property
    def status(self) -> AgreementStatus:
        return chosen(self.status_combo, AgreementStatus, AgreementStatus.DRAFT)

    @status.setter
    def status(self, value: AgreementStatus) -> None:
        self.status_combo.setCurrentIndex(list(AgreementStatus).index(value))

    def accept(self) -> None:
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
        try:
            if errors:
                raise ValidationError(errors)
            if self._record is None:
                record = self._service.create(draft)
            else:
                record = self._service.update(self._record.id, draft)
        except ValidationError as exc:
            self.errors_label.setText("\n".join(self.form.show_errors(exc.errors)))
            return
        except KnownError as exc:
            show_error(self, exc, "saving an agreement")
            return
        self.saved = record
        super().accept()

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
