"""Poll replies waiting for an officer: whose number is it, what does the text answer.

The officer picks the person by name (searching the register as they type) and each answer from
the question's answers by label: no ids or answer codes to type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.people_records import PersonRow
from diaspora_desk.domain.poll_replies import Question
from diaspora_desk.services.campaigns.polls import PollService, ReviewItem
from diaspora_desk.ui.campaigns.models import ReviewTableModel
from diaspora_desk.ui.empty_hint import EmptyHint
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.fit_columns import FitColumns
from diaspora_desk.ui.people.person_picker import PersonPicker

FindPeople = Callable[[str], Sequence[PersonRow]]


def _nobody(_text: str) -> Sequence[PersonRow]:
    return []


class ReviewPage(QWidget):
    """The review queue of one campaign. Signals: ``status(str)``.

    ``find_people`` is the register's paged search by name, phone or e-mail (a few rows).
    """

    status = Signal(str)

    def __init__(
        self, polls: PollService, find_people: FindPeople = _nobody, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._polls = polls
        self._questions: tuple[Question, ...] = ()
        self.model = ReviewTableModel(polls)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((140, 400, 140, 200, 80)):
            self.table.setColumnWidth(column, width)
        self.fit_columns = FitColumns(self.table, (ReviewTableModel.TEXT, ReviewTableModel.STATUS))
        self.person_picker = PersonPicker(
            find_people, self.tr("Whose reply: type part of a name, a phone or an e-mail")
        )
        self.person_picker.setObjectName("replyPerson")
        self.person_picker.setToolTip(self.tr("Leave empty to keep the person the reply was matched to."))
        self.answer_boxes: list[QComboBox] = []
        self.answers_form = QFormLayout()
        self.assign_button = QPushButton(self.tr("Assign"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.summary = QLabel()
        self._layout()
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No reply waiting for review.<br>Imported poll replies that could not be matched to "
                "a person or read as answers come here (import them with "
                "<code>diaspora-desk import replies</code>)."
            ),
        )
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)

    def _layout(self) -> None:
        person_row = QHBoxLayout()
        person_row.addWidget(QLabel(self.tr("Person")))
        person_row.addWidget(self.person_picker, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(person_row)
        layout.addLayout(self.answers_form)
        layout.addLayout(buttons)

    def set_campaign(self, campaign_id: int | None) -> None:
        self.model.set_campaign(campaign_id)
        self._questions = self._polls.questions(campaign_id) if campaign_id is not None else ()
        self._build_answer_boxes()
        self._show_summary()

    def _build_answer_boxes(self) -> None:
        while self.answers_form.rowCount():
            self.answers_form.removeRow(0)
        self.answer_boxes = []
        for question in self._questions:
            box = QComboBox()
            box.addItem(self.tr("(read from the text)"), None)
            for answer in question.answers:
                box.addItem(answer.label, answer.code)
            box.setToolTip(question.text)
            self.answer_boxes.append(box)
            self.answers_form.addRow(question.text, box)

    def choose_answer(self, question: int, label: str) -> None:
        """Pick the answer shown as ``label`` for the ``question``-th question (what the list does)."""
        box = self.answer_boxes[question]
        box.setCurrentIndex(box.findText(label))

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def current(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _chosen_answers(self) -> tuple[str | None, ...] | None:
        codes = tuple(box.currentData() for box in self.answer_boxes)
        return codes if any(code is not None for code in codes) else None

    def _on_assign_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            status = self._polls.assign(
                item.id, person_id=self.person_picker.person_id, answers=self._chosen_answers()
            )
        except KnownError as exc:
            show_error(self, exc, "assigning a reply")
            return
        self.status.emit(self._outcome(status))
        self.person_picker.set_person(None)
        for box in self.answer_boxes:
            box.setCurrentIndex(0)
        self.model.refresh()
        self._show_summary()

    def _on_dismiss_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        self._polls.dismiss(item.id)
        self.model.refresh()
        self._show_summary()

    def _outcome(self, status: str) -> str:
        """What became of an assigned reply, in words (never the stored status value)."""
        outcomes = {
            "answered": self.tr("Reply assigned and counted."),
            "opt_out": self.tr("Reply assigned: an opt-out, consent to contact withdrawn."),
            "unparsed": self.tr("Reply assigned; its answer could not be read: choose the answer."),
        }
        return outcomes.get(status, self.tr("Reply assigned."))

    def _show_summary(self) -> None:
        self.summary.setText(self.tr("{n} replies to review").format(n=self.model.rowCount()))
