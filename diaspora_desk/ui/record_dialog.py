"""The form of one record: fields on tabs, each error under its field, Save and Cancel.

Every create-or-edit dialog (partners, agreements, projects, campaigns, events, visits,
associations) shares this plumbing; a dialog adds its tabs and says how it stores its record.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.widgets import ErrorLabel, ValidatedForm

R = TypeVar("R")


class RecordDialog(QDialog, Generic[R]):
    """A dialog that stores one record through its service; ``saved`` holds it after Save.

    A subclass builds its fields, adds its tabs with :meth:`add_form_tab` / :meth:`add_tab`, calls
    :meth:`finish_layout` and implements :meth:`store` (create or update; it raises
    ``ValidationError`` or ``KnownError``). Save (or ``accept()``) stores the record and closes;
    a refused record keeps the dialog open with each message under its field, the first tab
    with an error in view, and the messages no field shows in ``errors_label``. Signals: those
    of QDialog (``accepted`` once the record is stored).
    """

    def __init__(self, object_name: str, errors_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.saved: R | None = None
        self.tabs = QTabWidget()
        self.forms: list[tuple[QWidget, ValidatedForm]] = []
        self.errors_label = ErrorLabel()
        self.errors_label.setObjectName(errors_name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # What the log says was being done when a save fails on a bug.
        self.saving = f"saving ({object_name})"
        # Shown when every message stands under its field (a long form may hide some of them).
        self.fields_hint = ""

    # Building --------------------------------------------------------------------------------
    def add_form_tab(
        self, title: str, rows: list[tuple[str, str, QWidget]], *, packed: bool = False
    ) -> ValidatedForm:
        """A tab holding a form of ``rows`` (key of its errors, label, field). ``packed`` keeps
        the rows at the top of the tab instead of letting a field grow to fill it."""
        page = QWidget()
        form = ValidatedForm(QFormLayout())
        layout = QVBoxLayout(page)
        layout.addLayout(form.layout)
        for key, label, widget in rows:
            form.add(key, label, widget)
        if packed:
            layout.addStretch(1)
        self.add_tab(page, title, form)
        return form

    def add_tab(self, page: QWidget, title: str, form: ValidatedForm | None = None) -> None:
        """A tab; its ``form``, if any, shows the errors of its fields."""
        self.tabs.addTab(page, title)
        if form is not None:
            self.forms.append((page, form))

    def finish_layout(self, *, required_note: bool = False) -> None:
        """Tabs, the error line, an optional "* required" note, then Save and Cancel."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors_label)
        if required_note:
            layout.addWidget(QLabel(self.tr("* required")))
        layout.addWidget(self.buttons)

    # Saving ------------------------------------------------------------------------------------
    def store(self) -> R:
        """Create or update the record from the form; raises ValidationError or KnownError."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            record = self.store()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except KnownError as exc:
            show_error(self, exc, self.saving)
            return
        self.saved = record
        super().accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field, the first tab with one in view, the rest below the tabs."""
        placed: set[str] = set()
        for _page, form in self.forms:
            form.show_errors(errors)
            placed |= form.errors.keys()
        unplaced = [f"{key}: {translated(text)}" for key, text in errors.items() if key not in placed]
        hint = self.fields_hint if errors and not unplaced else ""
        self.errors_label.show_message("\n".join(unplaced) or hint)
        for page, form in self.forms:
            # isHidden, not isVisible: the labels of a tab not in view are never visible.
            if any(not label.isHidden() for label in form.errors.values()):
                self.tabs.setCurrentWidget(page)
                break
