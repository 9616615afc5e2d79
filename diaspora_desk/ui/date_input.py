"""The one optional-date input of the forms, and its table-cell delegate.

An officer types a date the way people write it (14/03/2027, 14.03.2027, 14-03-2027, 2027-03-14,
"14 mar 2027") or picks it from a calendar; empty is no date. Numbers are read day first, as the
consular field offices write them: 03/04/2027 is 3 April 2027 (the tooltip says so). The date is
shown back as the language writes it (:func:`diaspora_desk.i18n.formats.format_date`), and the
services receive a ``dt.date`` or its ISO 8601 text, as before.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.i18n.formats import format_date, parse_date


def tr(text: str) -> str:
    return QCoreApplication.translate("DateInput", text)


def read_date(text: str, field: str) -> dt.date | None:
    """None for blank text, else the date typed; ValueError naming ``field`` when it is not one."""
    value = text.strip()
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise ValueError(
            tr("{field}: '{text}' is not a date. Type a date such as 14/03/2027, or pick one.").format(
                field=field, text=value[:30]
            )
        ) from None


def shown_date(text: str) -> str:
    """A stored ISO date as the language writes it; any other text as it is."""
    try:
        return format_date(dt.date.fromisoformat(text)) if text else ""
    except ValueError:
        return text


def stored_date(text: str) -> str:
    """What a date cell keeps: the ISO date typed, "" for none, or the text when it is no date
    (for the form to name when it is saved)."""
    try:
        day = read_date(text, "")
    except ValueError:
        return text.strip()
    return day.isoformat() if day else ""


class _CalendarPopup(QFrame):
    """The calendar under a date field: arrows move, Enter or a click picks, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateInput(QLineEdit):
    """A line edit for an optional date, with a calendar button at its end.

    Signals: ``datePicked`` when a day is chosen in the calendar (plus QLineEdit's own).
    """

    datePicked = Signal()

    def __init__(self, field: str, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(placeholder or tr("e.g. 14/03/2027"))
        self.setToolTip(
            tr(
                "Type a date such as 14/03/2027 or 2027-03-14, or pick one from the calendar. "
                "Numbers are read day first: 03/04/2027 is 3 April 2027. Leave empty for no date."
            )
        )
        icon = QIcon.fromTheme(
            "x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        )
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(tr("Pick the date from a calendar"))
        self.calendar_action.triggered.connect(self._on_calendar_action_triggered)
        # The popup is the editor's child, so a table keeps the cell editor open while it shows.
        self.popup = _CalendarPopup(self)
        self.calendar = self.popup.calendar
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        self.editingFinished.connect(self._on_editing_finished)

    @property
    def date(self) -> dt.date | None:
        """The date typed or picked (None when empty); ValueError naming the field if not a date."""
        return read_date(self.text(), self.field)

    @date.setter
    def date(self, value: dt.date | None) -> None:
        self.setText(format_date(value) if value else "")

    def iso(self, key: str) -> str:
        """The date as ISO 8601 text ("" when empty); a ValidationError under ``key`` if not one."""
        try:
            value = self.date
        except ValueError as exc:
            raise ValidationError({key: str(exc)}) from None
        return value.isoformat() if value else ""

    def show_calendar(self) -> None:
        """Open the calendar below the field, on the date typed (or today)."""
        try:
            value = self.date or dt.date.today()
        except ValueError:
            value = dt.date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_calendar_action_triggered(self) -> None:
        self.show_calendar()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.popup.hide()
        self.date = dt.date(day.year(), day.month(), day.day())
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.datePicked.emit()

    def _on_editing_finished(self) -> None:
        try:
            value = self.date
        except ValueError:
            return  # left as typed: the form names the field when it is saved
        self.date = value


class DateDelegate(QStyledItemDelegate):
    """Table cells of optional dates: edited with a :class:`DateInput`, shown as the language
    writes dates, kept as ISO 8601 text (see :func:`stored_date`)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = DateInput(self.field, parent)
        editor.datePicked.connect(lambda: self._on_editor_date_picked(editor))
        return editor

    def _on_editor_date_picked(self, editor: DateInput) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, DateInput):
            editor.setText(shown_date(str(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, DateInput):
            model.setData(index, stored_date(editor.text()), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, _locale: object) -> str:
        return shown_date(str(value or ""))
