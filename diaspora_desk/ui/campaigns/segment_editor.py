"""The audience segment as the officer edits it, with the count of who it reaches (from SQL).

Nothing is typed as a code: host countries and languages are chosen by name (in the interface
language), occupations by ISCO-08 group label, towns from the gazetteer of the chosen
countries, associations by name. The count follows each edit; it runs on a pool thread, and
only the newest answer is shown.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.campaigns import CHANNEL_LABELS, AudienceCount, CampaignChannel, Segment
from diaspora_desk.domain.enums import AssociationType
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS
from diaspora_desk.i18n.formats import all_countries, all_languages, format_number
from diaspora_desk.services.campaigns.audience import AudienceService
from diaspora_desk.ui.code_list import CODE_ROLE, CodeList
from diaspora_desk.ui.errors import error_message, translated
from diaspora_desk.ui.search_picker import SearchPicker
from diaspora_desk.ui.tasks import run_quietly
from diaspora_desk.ui.widgets import CheckList

DELAY_MS = 250
LIST_HEIGHT = 48
NO_AGE = -1


class AssociationChoices(QWidget):
    """Associations chosen by name (search as you type, Add); :attr:`ids` are the chosen ones.

    Signals: ``changed()`` when one is added or removed.
    """

    changed = Signal()

    def __init__(self, audience: AudienceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audience = audience
        self.picker = SearchPicker(audience.find_associations, self.tr("Type part of an association's name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_chosen)
        self.picker.returnPressed.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list = QListWidget()
        self.list.setMaximumHeight(LIST_HEIGHT)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(int(self.list.item(i).data(CODE_ROLE)) for i in range(self.list.count()))

    @ids.setter
    def ids(self, chosen: tuple[int, ...]) -> None:
        self.list.clear()
        labels = self._audience.association_labels(chosen)
        for association_id in chosen:
            self._add(
                association_id,
                labels.get(association_id, self.tr("Association {id}").format(id=association_id)),
            )
        self.changed.emit()

    def add_chosen(self) -> None:
        """Add the association picked in the completion list (typing alone picks none)."""
        chosen = self.picker.chosen_id
        if chosen is None or chosen in self.ids:
            return
        self._add(chosen, self.picker.text())
        self.picker.set_choice(None)
        self.changed.emit()

    def _add(self, association_id: int, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(CODE_ROLE, association_id)
        self.list.addItem(item)

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()


class SegmentEditor(QWidget):
    """Fields of a segment; the count below them follows each edit.

    Signals: ``counted(AudienceCount)`` after each count shown.
    """

    counted = Signal(object)

    def __init__(self, audience: AudienceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self._audience = audience
        self._channels: tuple[CampaignChannel, ...] = ()
        self._generation = 0
        self.countries_list = CodeList(
            all_countries(), self.tr("Type a country, e.g. Mexico (none: every country)")
        )
        self.towns_list = CodeList([], self.tr("Type a town of the chosen countries"))
        self.languages_list = CodeList(all_languages(), self.tr("Type a language, e.g. Spanish"))
        self.occupations_list = CodeList(
            sorted(audience.isco_groups().items()), self.tr("Type an occupation group, e.g. nurses")
        )
        self.associations = AssociationChoices(audience)
        self.include_associations_check = QCheckBox(
            self.tr("Also send to associations in these countries and towns (through their own contacts)")
        )
        self.association_types_list = CheckList(
            (t.value, self.tr(ASSOCIATION_TYPE_LABELS[t])) for t in AssociationType
        )
        self.association_types_list.setMaximumHeight(3 * LIST_HEIGHT)
        self.association_types_list.setToolTip(self.tr("None ticked: associations of every type"))
        self.association_types_list.setEnabled(False)
        self.include_associations_check.toggled.connect(self.association_types_list.setEnabled)
        self.include_associations_check.toggled.connect(self._on_segment_edited)
        self.association_types_list.itemChanged.connect(self._on_segment_edited)
        self.min_age_spin = self._age_spin()
        self.max_age_spin = self._age_spin()
        self.count_label = QLabel()
        self.count_label.setObjectName("audienceCount")
        self.count_label.setWordWrap(True)
        self._lay_out()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.count_in_background)
        for chooser in (self.countries_list, self.towns_list, self.languages_list, self.occupations_list):
            chooser.list.setMaximumHeight(LIST_HEIGHT)
            chooser.changed.connect(self._on_segment_edited)
            chooser.picker.returnPressed.connect(chooser.add_typed)
        self.countries_list.changed.connect(self._offer_towns)
        self.associations.changed.connect(self._on_segment_edited)
        for spin in (self.min_age_spin, self.max_age_spin):
            spin.valueChanged.connect(self._on_segment_edited)
        self._extra = Segment()

    def _lay_out(self) -> None:
        fields = QWidget()
        form = QFormLayout(fields)
        form.addRow(self.tr("Host countries"), self.countries_list)
        form.addRow(self.tr("Towns"), self.towns_list)
        form.addRow(self.tr("Languages"), self.languages_list)
        form.addRow(self.tr("Occupations"), self.occupations_list)
        form.addRow(self.tr("Members of"), self.associations)
        ages = QHBoxLayout()
        ages.addWidget(self.min_age_spin)
        ages.addWidget(QLabel(self.tr("to")))
        ages.addWidget(self.max_age_spin)
        ages.addStretch(1)
        form.addRow(self.tr("Age from"), ages)
        form.addRow(self.tr("Associations"), self.include_associations_check)
        form.addRow(self.tr("Association types"), self.association_types_list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.count_label)

    def _age_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NO_AGE, 120)
        spin.setSpecialValueText(self.tr("any"))
        spin.setValue(NO_AGE)
        return spin

    @property
    def segment(self) -> Segment:
        """The segment as chosen (criteria the editor does not show are kept as they were)."""
        return Segment(
            countries=tuple(code for code, _ in self.countries_list.values),
            cities=tuple(name for name, _ in self.towns_list.values),
            radius=self._extra.radius,
            association_ids=self.associations.ids,
            isco_codes=tuple(code for code, _ in self.occupations_list.values),
            min_isced=self._extra.min_isced,
            languages=tuple(code for code, _ in self.languages_list.values),
            available_on=self._extra.available_on,
            return_intentions=self._extra.return_intentions,
            min_age=None if self.min_age_spin.value() == NO_AGE else self.min_age_spin.value(),
            max_age=None if self.max_age_spin.value() == NO_AGE else self.max_age_spin.value(),
            include_associations=self.include_associations_check.isChecked(),
            association_types=self.association_types_list.values,
        )

    @segment.setter
    def segment(self, segment: Segment) -> None:
        self._extra = segment
        self.countries_list.values = [(code, "") for code in segment.countries]
        self.towns_list.values = [(name, "") for name in segment.cities]
        self.languages_list.values = [(code, "") for code in segment.languages]
        self.occupations_list.values = [(code, "") for code in segment.isco_codes]
        self.associations.ids = segment.association_ids
        self.min_age_spin.setValue(NO_AGE if segment.min_age is None else segment.min_age)
        self.max_age_spin.setValue(NO_AGE if segment.max_age is None else segment.max_age)
        self.include_associations_check.setChecked(segment.include_associations)
        self.association_types_list.values = segment.association_types
        self.recount()

    def set_channels(self, channels: tuple[CampaignChannel, ...]) -> None:
        self._channels = channels
        self._on_segment_edited()

    def _offer_towns(self) -> None:
        names = self._audience.town_names(self.segment.countries)
        self.towns_list.set_choices([(name, name) for name in names])

    def _on_segment_edited(self) -> None:
        self._timer.start()

    def recount(self) -> None:
        """Count now, on this thread (the editor also counts by itself shortly after each edit)."""
        self._timer.stop()
        self._generation += 1
        try:
            result: object = self._audience.count(self.segment, self._channels)
        except ValidationError as exc:
            result = exc
        self._on_counted(self._generation, result)

    def count_in_background(self) -> None:
        """Count on a pool thread; an answer overtaken by a newer edit is dropped."""
        self._timer.stop()
        self._generation += 1
        self.count_label.setText(self.tr("Counting…"))
        generation, audience, segment, channels = (
            self._generation,
            self._audience,
            self.segment,
            self._channels,
        )
        # The work holds plain Python objects only; the answers come back on the GUI thread.
        run_quietly(
            lambda: audience.count(segment, channels),
            lambda result: self._answer(generation, result),
            lambda exc: self._answer(generation, exc),
        )

    def _answer(self, generation: int, result: object) -> None:
        with contextlib.suppress(RuntimeError):  # the editor's window closed while counting
            self._on_counted(generation, result)

    def _on_counted(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        if isinstance(result, ValidationError):
            self.count_label.setText("; ".join(translated(m) for m in result.errors.values()))
            return
        if isinstance(result, Exception):
            self.count_label.setText(error_message(result, "count a segment"))
            return
        assert isinstance(result, AudienceCount)
        self.count_label.setText(self.describe(result))
        self.counted.emit(result)

    def describe(self, count: AudienceCount) -> str:
        lines = [
            self.tr("{n} people in the segment; {c} consent to campaigns").format(
                n=format_number(count.matching), c=format_number(count.consenting)
            ),
            self.tr("Left out: {a} without consent, {b} opted out").format(
                a=format_number(count.no_consent), b=format_number(count.opted_out)
            ),
        ]
        for channel, reachable in count.reachable.items():
            missing = count.without_contact.get(channel)
            line = self.tr("{channel}: {n} reachable").format(
                channel=self.tr(CHANNEL_LABELS[channel]), n=format_number(reachable)
            )
            if missing:
                line += " " + self.tr("({m} without the contact detail)").format(m=format_number(missing))
            lines.append(line)
        if self.include_associations_check.isChecked():
            lines.append(
                self.tr("Associations in the segment: {n}").format(n=format_number(count.associations))
            )
            for channel, reachable in count.associations_reachable.items():
                line = self.tr("{channel} — associations reachable: {n}").format(
                    channel=self.tr(CHANNEL_LABELS[channel]), n=format_number(reachable)
                )
                missing = count.associations_without_contact.get(channel)
                if missing:
                    line += " " + self.tr("({m} without the contact detail)").format(m=format_number(missing))
                lines.append(line)
        return "\n".join(lines)
