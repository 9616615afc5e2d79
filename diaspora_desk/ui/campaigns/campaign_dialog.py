"""Create or edit a campaign: what, when, channels, budget, audience segment, the message."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from diaspora_desk.domain.campaign_messages import MessageDraft
from diaspora_desk.domain.campaigns import (
    CHANNEL_LABELS,
    CampaignChannel,
    CampaignDraft,
    CampaignRecord,
    CampaignStatus,
)
from diaspora_desk.domain.records import PracticeNode
from diaspora_desk.services.campaigns.facade import Campaigns
from diaspora_desk.ui.campaigns.models import STATUS_LABELS
from diaspora_desk.ui.campaigns.segment_editor import SegmentEditor
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.record_dialog import RecordDialog


class CampaignDialog(RecordDialog[CampaignRecord]):
    """One campaign's form. ``saved`` holds the stored record after Save.

    The message box holds the message in the fallback language; its SMS length is shown as
    it is typed.
    """

    def __init__(
        self,
        campaigns: Campaigns,
        practices: list[PracticeNode],
        record: CampaignRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("campaignDialog", "campaignErrors", parent)
        self.setWindowTitle(self.tr("Campaign") if record else self.tr("New campaign"))
        self.saving = "saving a campaign"
        self._campaigns = campaigns
        self._record = record
        self.title_edit = QLineEdit()
        self.objective_edit = QPlainTextEdit()
        self.objective_edit.setFixedHeight(60)
        self.status_combo = QComboBox()
        for status in CampaignStatus:
            # Qt hands an enum member back as its plain value: store the value, convert on reading.
            self.status_combo.addItem(self.tr(STATUS_LABELS[status]), status.value)
        self.channel_boxes = {c: QCheckBox(self.tr(CHANNEL_LABELS[c])) for c in CampaignChannel}
        self.budget_spin = QDoubleSpinBox()
        self.budget_spin.setRange(0, 1e9)
        self.price_spin = QDoubleSpinBox()
        self.price_spin.setDecimals(3)
        self.price_spin.setRange(0, 100)
        self.currency_edit = QLineEdit()
        self.fallback_edit = QLineEdit("en")
        self.place_edit = QLineEdit()
        self.message_edit = QPlainTextEdit()
        self.message_edit.setPlaceholderText(
            self.tr("Hello {given_name}: ... ({consulate}, {date}, {place})")
        )
        self.length_label = QLabel()
        self.length_label.setObjectName("smsLength")
        self.segment_editor = SegmentEditor(campaigns.audience)
        self.practice_picker = PracticePicker(practices)
        self._layout()
        self.message_edit.textChanged.connect(self._on_message_changed)
        for box in self.channel_boxes.values():
            box.toggled.connect(self._on_channels_changed)
        if record is not None:
            self._load(record)
        else:
            self.segment_editor.recount()
        self._on_message_changed()

    def _layout(self) -> None:
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Objective"), self.objective_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        channels = QGridLayout()
        for i, box in enumerate(self.channel_boxes.values()):
            channels.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Channels"), channels)
        form.addRow(self.tr("Budget"), self.budget_spin)
        form.addRow(self.tr("Currency"), self.currency_edit)
        form.addRow(self.tr("Price per SMS segment"), self.price_spin)
        form.addRow(self.tr("Place"), self.place_edit)
        message = QWidget()
        message_form = QFormLayout(message)
        message_form.addRow(self.tr("Fallback language"), self.fallback_edit)
        message_form.addRow(self.tr("Message"), self.message_edit)
        message_form.addRow(self.tr("SMS length"), self.length_label)
        self.add_tab(general, self.tr("Campaign"))
        self.add_tab(self.segment_editor, self.tr("Audience"))
        self.add_tab(message, self.tr("Message"))
        self.add_tab(self.practice_picker, self.tr("Practices"))
        self.finish_layout()

    # Properties the tests drive ----------------------------------------------------------
    @property
    def title(self) -> str:
        return self.title_edit.text()

    @title.setter
    def title(self, value: str) -> None:
        self.title_edit.setText(value)

    @property
    def channels(self) -> tuple[CampaignChannel, ...]:
        return tuple(c for c, box in self.channel_boxes.items() if box.isChecked())

    @channels.setter
    def channels(self, value: tuple[CampaignChannel, ...]) -> None:
        for channel, box in self.channel_boxes.items():
            box.setChecked(channel in value)

    @property
    def message(self) -> str:
        return self.message_edit.toPlainText()

    @message.setter
    def message(self, value: str) -> None:
        self.message_edit.setPlainText(value)

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            title=self.title_edit.text(),
            objective=self.objective_edit.toPlainText(),
            practice_ids=self.practice_picker.checked,
            partners=self._record.partners if self._record else "",
            channels=self.channels,
            starts_on=self._record.starts_on if self._record else None,
            ends_on=self._record.ends_on if self._record else None,
            budget=self.budget_spin.value() or None,
            currency=self.currency_edit.text(),
            price_per_segment=self.price_spin.value(),
            status=CampaignStatus(str(self.status_combo.currentData())),
            owner=self._record.owner if self._record else "",
            place=self.place_edit.text(),
            fallback_language=self.fallback_edit.text(),
            segment=self.segment_editor.segment,
        )

    def store(self) -> CampaignRecord:
        registry = self._campaigns.registry
        draft = self.draft()
        record = registry.create(draft) if self._record is None else registry.update(self._record.id, draft)
        if self.message.strip():
            self._campaigns.messages.set_message(
                record.id, MessageDraft(record.fallback_language, self.message)
            )
        return record

    # Helpers -------------------------------------------------------------------------------
    def _load(self, record: CampaignRecord) -> None:
        self.title_edit.setText(record.title)
        self.objective_edit.setPlainText(record.objective)
        self.status_combo.setCurrentIndex(list(CampaignStatus).index(record.status))
        self.channels = record.channels
        self.budget_spin.setValue(record.budget or 0)
        self.currency_edit.setText(record.currency)
        self.price_spin.setValue(record.price_per_segment)
        self.place_edit.setText(record.place)
        self.fallback_edit.setText(record.fallback_language)
        self.practice_picker.checked = record.practice_ids
        message = self._campaigns.messages.messages(record.id).get(record.fallback_language)
        self.message_edit.setPlainText(message.body if message else "")
        self.segment_editor.segment = record.segment

    def _on_channels_changed(self) -> None:
        self.segment_editor.set_channels(self.channels)

    def _on_message_changed(self) -> None:
        encoding, characters, segments = self._campaigns.messages.preview(self.message)
        self.length_label.setText(
            self.tr("{characters} characters, {encoding}, {segments} segment(s)").format(
                characters=characters, encoding=encoding, segments=segments
            )
        )
