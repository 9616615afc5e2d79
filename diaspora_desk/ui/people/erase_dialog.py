"""People → Erase…: erase or anonymise the selected person, with a reason and, when the policy
asks, a second officer's name; the erasure service does it (audited, the file checked after)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.people_records import PersonRecord
from diaspora_desk.services.trust.erasure import Erased, ErasureService
from diaspora_desk.ui.errors import error_message, show_error, translated


def button_menu(table: QTableView, *buttons: QAbstractButton) -> None:
    """A right-click menu on ``table`` offering the ``buttons`` that are shown and enabled now
    (so a button hidden from a role, such as Erase…, is not in the menu either)."""

    def show_menu(point: QPoint) -> None:
        menu = QMenu(table)
        menu.setObjectName("tableContextMenu")
        for button in buttons:
            if button.isVisibleTo(table.window()) and button.isEnabled():
                menu.addAction(button.text(), button.click)
        menu.aboutToHide.connect(menu.deleteLater)
        if not menu.isEmpty():
            menu.popup(table.viewport().mapToGlobal(point))

    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(show_menu)


class EraseDialog(QDialog):
    """Names the person and what erasing does; `erased` holds the result once accepted.

    Properties for tests: ``reason``, ``second_officer``, ``anonymise`` (the form's fields).
    """

    def __init__(self, erasure: ErasureService, person: PersonRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._erasure = erasure
        self._person = person
        self.erased: Erased | None = None
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase {name}").format(name=person.display_name))
        warning = QLabel(
            self.tr(
                "Erase {name} (number {id}) and everything held on them: phones, skills, consents, "
                "memberships, appointments, campaign and poll records. This cannot be undone; the "
                "audit trail keeps only that it was done, by whom and why."
            ).format(name=person.display_name, id=person.id)
        )
        warning.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. the person asked in writing on 3 Dec"))
        self.second_edit = QLineEdit()
        self.second_edit.setPlaceholderText(self.tr("the officer who confirms"))
        self.anonymise_check = QCheckBox(
            self.tr("Anonymise instead (keep the record for counts, without who it is)")
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #a00;")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Second officer"), self.second_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Erase"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.anonymise_check)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def fill(self, reason: str, second_officer: str = "", *, anonymise: bool = False) -> None:
        """Type into the form (tests)."""
        self.reason_edit.setText(reason)
        self.second_edit.setText(second_officer)
        self.anonymise_check.setChecked(anonymise)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def accept(self) -> None:
        try:
            self.erased = self._erasure.erase(
                self._person.id,
                self.reason_edit.text(),
                second_officer=self.second_edit.text(),
                anonymise=self.anonymise_check.isChecked(),
            )
        except ValidationError as exc:
            self.message_label.setText("\n".join(translated(m) for m in exc.errors.values()))
            return
        except KnownError as exc:
            self.message_label.setText(error_message(exc, "erase person"))
            return
        except Exception as exc:
            show_error(self, exc, "erase person")
            return
        super().accept()
