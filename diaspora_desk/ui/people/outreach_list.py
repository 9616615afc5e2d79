"""The person's outreach on screen: campaign messages prepared for them, poll replies, events."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget

from diaspora_desk.domain.campaigns import CHANNEL_LABELS, CampaignChannel
from diaspora_desk.domain.geography import language_name
from diaspora_desk.domain.outreach_events import (
    EVENT_KIND_LABELS,
    REGISTRATION_LABELS,
    EventKind,
    RegistrationStatus,
)
from diaspora_desk.services.people.outreach_history import REPLY_LABELS, PersonOutreach


class OutreachList(QListWidget):
    """One line per message, reply and event registration, oldest first within each kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personOutreach")

    def show_outreach(self, outreach: PersonOutreach) -> None:
        self.clear()
        for m in outreach.messages:
            channel = self.tr(CHANNEL_LABELS[CampaignChannel(m.channel)])
            language = f" ({language_name(m.language)})" if m.language else ""
            self.addItem(
                self.tr("{day} · message · {campaign} — {channel}{language}").format(
                    day=m.prepared_on.isoformat(),
                    campaign=m.campaign_title,
                    channel=channel,
                    language=language,
                )
            )
        for r in outreach.replies:
            self.addItem(
                self.tr("{day} · poll reply · {campaign} — {status}").format(
                    day=r.received_on.isoformat() if r.received_on else "—",
                    campaign=r.campaign_title,
                    status=self.tr(REPLY_LABELS.get(r.status, r.status)),
                )
            )
        for e in outreach.events:
            self.addItem(
                self.tr("{day} · event · {title}, {city} — {kind}; {status}").format(
                    day=e.starts_on.isoformat(),
                    title=e.title,
                    city=e.city,
                    kind=self.tr(EVENT_KIND_LABELS[EventKind(e.kind)]),
                    status=self.tr(REGISTRATION_LABELS[RegistrationStatus(e.status)]),
                )
            )
        if not self.count():
            self.addItem(self.tr("No campaign, message or event has reached this person."))
