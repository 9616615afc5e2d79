"""A campaign's poll results on screen: per question the counts, shares and who answered,
for everyone, by host country or by language; a group's answers holding a count under 5 show "x"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from diaspora_desk.domain.geography import country_name, language_name
from diaspora_desk.services.campaigns.tallies import (
    WITHHELD,
    Breakdown,
    PollResults,
    PollTallies,
    QuestionTally,
)
from diaspora_desk.services.common.privacy import SUPPRESSED
from diaspora_desk.ui.record_model import RecordTableModel

OVERALL, BY_COUNTRY, BY_LANGUAGE = "overall", "country", "language"


def _column(code: str) -> Callable[[Breakdown], str]:
    return lambda b: b.answers[code].shown


class PollResultsPanel(QWidget):
    """Results of the selected campaign's poll (read-only; counts of people only)."""

    def __init__(self, tallies: PollTallies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollResults")
        self._tallies = tallies
        self._results: PollResults | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.question_combo = QComboBox()
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Everyone"), OVERALL)
        self.group_combo.addItem(self.tr("By host country"), BY_COUNTRY)
        self.group_combo.addItem(self.tr("By preferred language"), BY_LANGUAGE)
        self.model: RecordTableModel[Breakdown] = RecordTableModel([])
        self.table = QTableView()
        self.table.setModel(self.model)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Question")))
        bar.addWidget(self.question_combo, 1)
        bar.addWidget(self.group_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.question_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.group_combo.currentIndexChanged.connect(self._on_choice_changed)

    def set_campaign(self, campaign_id: int | None) -> None:
        self._results = self._tallies.results(campaign_id) if campaign_id is not None else None
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        for number, question in enumerate(self._results.questions if self._results else (), start=1):
            self.question_combo.addItem(f"{number}. {question.text}", question.question_id)
        self.question_combo.blockSignals(False)
        self._show_summary()
        self._on_choice_changed()

    def set_grouping(self, grouping: str) -> None:
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(grouping)))

    def _show_summary(self) -> None:
        r = self._results
        if r is None or not r.questions:
            self.summary.setText(self.tr("This campaign has no poll."))
            return
        respondents = (
            self.tr("not shown (it would give a small count away)")
            if r.respondents is None
            else f"{r.respondents:,}"
        )
        opt_outs = SUPPRESSED if r.opt_outs is None else f"{r.opt_outs:,}"
        self.summary.setText(
            self.tr(
                "Respondents: {respondents} · opt-outs: {opt_outs} · replies to review: {review}. "
                "Each person's latest answered reply counts once; shares are of those who answered "
                "the question. When a count from 1 to 4 is in a group's answers to a question, that "
                "group's answers to the question show as {withheld}, so the small count cannot be "
                "worked out from the others."
            ).format(respondents=respondents, opt_outs=opt_outs, review=r.in_review, withheld=WITHHELD)
        )

    def _question(self) -> QuestionTally | None:
        if self._results is None or self.question_combo.currentIndex() < 0:
            return None
        return self._results.questions[self.question_combo.currentIndex()]

    def _on_choice_changed(self) -> None:
        question = self._question()
        if question is None:
            self.model = RecordTableModel([])
            self.table.setModel(self.model)
            return
        grouping = self.group_combo.currentData()
        label = self._group_label(grouping)
        columns: list[tuple[str, Callable[[Breakdown], str]]] = [
            (self.tr("Group"), label),
            (self.tr("Answered"), lambda b: b.denominator_shown),
            *((f"{code} {text}", _column(code)) for code, text in question.labels.items()),
        ]
        self.model = RecordTableModel(columns, numeric=range(1, len(columns)))
        self.table.setModel(self.model)
        if grouping == BY_COUNTRY:
            self.model.set_rows(question.by_country)
        elif grouping == BY_LANGUAGE:
            self.model.set_rows(question.by_language)
        else:
            self.model.set_rows([question.overall])
        self.table.resizeColumnsToContents()

    def _group_label(self, grouping: object) -> Callable[[Breakdown], str]:
        everyone = self.tr("Everyone")
        unknown = self.tr("Not recorded")
        if grouping == BY_COUNTRY:
            return lambda b: country_name(b.group) if b.group != "?" else unknown
        if grouping == BY_LANGUAGE:
            return lambda b: language_name(b.group) if b.group != "?" else unknown
        return lambda _b: everyone
