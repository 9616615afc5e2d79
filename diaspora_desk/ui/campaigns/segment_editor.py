"""The audience segment as the officer edits it, with the count of who it reaches (from SQL)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from diaspora_desk.domain.campaigns import CHANNEL_LABELS, AudienceCount, CampaignChannel, Segment
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.i18n.formats import format_number
from diaspora_desk.services.campaigns.audience import AudienceService
from diaspora_desk.ui.errors import translated

DELAY_MS = 250
NO_AGE = -1


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class SegmentEditor(QWidget):
    """Fields of a segment; the count below them follows each edit.

    Signals: ``counted(AudienceCount)`` after each count.
    """

    counted = Signal(object)

    def __init__(self, audience: AudienceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self._audience = audience
        self._channels: tuple[CampaignChannel, ...] = ()
        self.countries_edit = QLineEdit()
        self.countries_edit.setPlaceholderText(self.tr("e.g. US, CA (empty: every country)"))
        self.cities_edit = QLineEdit()
        self.languages_edit = QLineEdit()
        self.languages_edit.setPlaceholderText(self.tr("e.g. es, fr"))
        self.isco_edit = QLineEdit()
        self.isco_edit.setPlaceholderText(self.tr("ISCO-08 groups, e.g. 22, 2211"))
        self.min_age_spin = self._age_spin()
        self.max_age_spin = self._age_spin()
        self.count_label = QLabel()
        self.count_label.setObjectName("audienceCount")
        self.count_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Host countries"), self.countries_edit)
        form.addRow(self.tr("Towns"), self.cities_edit)
        form.addRow(self.tr("Languages"), self.languages_edit)
        form.addRow(self.tr("Occupations"), self.isco_edit)
        form.addRow(self.tr("Age from"), self.min_age_spin)
        form.addRow(self.tr("Age to"), self.max_age_spin)
        form.addRow(self.tr("Audience"), self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.recount)
        for edit in (self.countries_edit, self.cities_edit, self.languages_edit, self.isco_edit):
            edit.textChanged.connect(self._on_segment_edited)
        for spin in (self.min_age_spin, self.max_age_spin):
            spin.valueChanged.connect(self._on_segment_edited)
        self._extra = Segment()

    def _age_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NO_AGE, 120)
        spin.setSpecialValueText(self.tr("any"))
        spin.setValue(NO_AGE)
        return spin

    @property
    def segment(self) -> Segment:
        """The segment as typed (criteria the editor does not show are kept as they were)."""
        return Segment(
            countries=_codes(self.countries_edit.text()),
            cities=_codes(self.cities_edit.text()),
            radius=self._extra.radius,
            association_ids=self._extra.association_ids,
            isco_codes=_codes(self.isco_edit.text()),
            min_isced=self._extra.min_isced,
            languages=_codes(self.languages_edit.text()),
            available_on=self._extra.available_on,
            return_intentions=self._extra.return_intentions,
            min_age=None if self.min_age_spin.value() == NO_AGE else self.min_age_spin.value(),
            max_age=None if self.max_age_spin.value() == NO_AGE else self.max_age_spin.value(),
        )

    @segment.setter
    def segment(self, segment: Segment) -> None:
        self._extra = segment
        self.countries_edit.setText(", ".join(segment.countries))
        self.cities_edit.setText(", ".join(segment.cities))
        self.languages_edit.setText(", ".join(segment.languages))
        self.isco_edit.setText(", ".join(segment.isco_codes))
        self.min_age_spin.setValue(NO_AGE if segment.min_age is None else segment.min_age)
        self.max_age_spin.setValue(NO_AGE if segment.max_age is None else segment.max_age)
        self.recount()

    def set_channels(self, channels: tuple[CampaignChannel, ...]) -> None:
        self._channels = channels
        self._on_segment_edited()

    def _on_segment_edited(self) -> None:
        self._timer.start()

    def recount(self) -> None:
        """Count now (the editor also counts by itself shortly after each edit)."""
        self._timer.stop()
        try:
            count = self._audience.count(self.segment, self._channels)
        except ValidationError as exc:
            self.count_label.setText("; ".join(translated(m) for m in exc.errors.values()))
            return
        self.count_label.setText(self.describe(count))
        self.counted.emit(count)

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
        return "\n".join(lines)
