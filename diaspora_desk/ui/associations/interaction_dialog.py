"""Log (or correct) a meeting, call, event, visit or letter, tagged with practices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.enums import InteractionKind
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.labels import INTERACTION_KIND_LABELS
from diaspora_desk.domain.records import AssociationRecord, InteractionRecord, PracticeNode
from diaspora_desk.services.associations.interactions import InteractionDraft, InteractionService
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.widgets import ErrorLabel, ValidatedForm, line_edit


class InteractionDialog(QDialog):
    """``saved`` holds the stored interaction after Save."""

    def __init__(
        self,
        service: InteractionService,
        association: AssociationRecord,
        practices: Sequence[PracticeNode],
        record: InteractionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionDialog")
        self._service = service
        self._association_id = association.id
        self._record = record
        self.saved: InteractionRecord | None = None
        self.setWindowTitle(self.tr("Interaction with {name}").format(name=association.name))
        self.resize(640, 620)
        self._build_fields(practices)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.form.add("occurred_on", self.tr("Date"), self.date_edit)
        self.form.add("kind", self.tr("Kind"), self.kind_combo)
        self.form.add("officer", self.tr("Officer"), self.officer_edit)
        self.form.add("summary", self.tr("Summary *"), self.summary_edit)
        self.form.add("practices", self.tr("Practices put into effect"), self.picker)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(self.general_error)
        layout.addWidget(QLabel(self.tr("* required")))
        layout.addWidget(self.buttons)
        if record is not None:
            self._fill(record)

    def _build_fields(self, practices: Sequence[PracticeNode]) -> None:
        today = self._service.today()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.kind_combo = QComboBox()
        for kind in InteractionKind:
            self.kind_combo.addItem(self.tr(INTERACTION_KIND_LABELS[kind]), kind.value)
        self.officer_edit = line_edit()
        self.officer_edit.setText(self._service.officer())
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("What was discussed or agreed"))
        self.picker = PracticePicker(practices)

    def _fill(self, record: InteractionRecord) -> None:
        self.occurred_on = record.occurred_on
        self.kind = record.kind.value
        self.officer_edit.setText(record.officer)
        self.summary = record.summary
        self.picker.checked = record.practice_ids

    @property
    def occurred_on(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    @occurred_on.setter
    def occurred_on(self, value: dt.date) -> None:
        self.date_edit.setDate(QDate(value.year, value.month, value.day))

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @kind.setter
    def kind(self, value: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(value)))

    @property
    def summary(self) -> str:
        return self.summary_edit.toPlainText()

    @summary.setter
    def summary(self, value: str) -> None:
        self.summary_edit.setPlainText(value)

    def draft(self) -> InteractionDraft:
        return InteractionDraft(
            occurred_on=self.occurred_on,
            kind=self.kind,
            officer=self.officer_edit.text(),
            summary=self.summary,
            practice_ids=self.picker.checked,
        )

    def _on_save_clicked(self) -> None:
        try:
            if self._record is None:
                self.saved = self._service.add(self._association_id, self.draft())
            else:
                self.saved = self._service.update(self._record.id, self.draft())
        except ValidationError as exc:
            unplaced = self.form.show_errors(exc.errors)
            self.general_error.show_message("\n".join(unplaced))
            return
        except KnownError as exc:
            show_error(self, exc, "save interaction")
            return
        self.accept()
