"""A campaign's messages per language, their personalisation, and what an SMS send costs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import CampaignMessage
from diaspora_desk.db.engine import Database
from diaspora_desk.domain.campaign_messages import (
    MessageDraft,
    SmsEstimate,
    choose_language,
    message_length,
    render_message,
    validate_message,
)
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignRecord
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, msg
from diaspora_desk.domain.sms import sms_length
from diaspora_desk.services.campaigns.audience import Recipient, recipients
from diaspora_desk.services.campaigns.registry import ENTITY, campaign_record, load_campaign
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock


@dataclass(frozen=True, slots=True)
class Personalised:
    """One recipient's message: in which language, subject and text with placeholders filled."""

    recipient: Recipient
    language: str
    subject: str
    text: str


def load_messages(session: Session, campaign_id: int) -> dict[str, MessageDraft]:
    rows = session.scalars(
        select(CampaignMessage)
        .where(CampaignMessage.campaign_id == campaign_id)
        .order_by(CampaignMessage.language)
    )
    return {r.language: MessageDraft(r.language, r.body, r.subject) for r in rows}


def personalise(
    campaign: CampaignRecord, messages: dict[str, MessageDraft], recipient: Recipient, consulate: str
) -> Personalised | None:
    """The recipient's message, or None when there is none in their language or the fallback."""
    language = choose_language(recipient.language, frozenset(messages), campaign.fallback_language)
    if language is None:
        return None
    message = messages[language]
    values = {
        "given_name": recipient.given_name,
        "family_name": recipient.family_name,
        "consulate": consulate,
        "date": campaign.starts_on.strftime("%d/%m/%Y") if campaign.starts_on else "",
        "place": campaign.place,
    }
    return Personalised(
        recipient, language, render_message(message.subject, values), render_message(message.body, values)
    )


class MessageService:
    """Writes and reads a campaign's messages; counts SMS characters, segments and cost."""

    def __init__(
        self, database: Database, clock: Clock, officer: Callable[[], str], consulate: Callable[[], str]
    ) -> None:
        self._db = database
        self._clock = clock
        self._consulate = consulate
        self._auditor = Auditor(ENTITY, officer, clock)

    def messages(self, campaign_id: int) -> dict[str, MessageDraft]:
        with self._db.unit_of_work() as uow:
            load_campaign(uow.session, campaign_id)
            return load_messages(uow.session, campaign_id)

    def set_message(self, campaign_id: int, draft: MessageDraft) -> MessageDraft:
        """Add or replace the message in `draft.language`."""
        clean = validate_message(draft)
        with self._db.unit_of_work(write=True) as uow:
            load_campaign(uow.session, campaign_id)
            row = uow.session.get(CampaignMessage, (campaign_id, clean.language))
            before = MessageDraft(row.language, row.body, row.subject) if row else None
            if row is None:
                row = CampaignMessage(campaign_id=campaign_id, language=clean.language)
                uow.session.add(row)
            row.subject, row.body = clean.subject, clean.body
            self._auditor.record(
                uow.session, AuditAction.UPDATE, campaign_id, {"message": before}, {"message": clean}
            )
            uow.commit()
            return clean

    def remove_message(self, campaign_id: int, language: str) -> None:
        with self._db.unit_of_work(write=True) as uow:
            row = uow.session.get(CampaignMessage, (campaign_id, language))
            if row is None:
                raise NotFoundError(msg("The campaign has no message in {language}.", language=language))
            before = MessageDraft(row.language, row.body, row.subject)
            uow.session.execute(
                delete(CampaignMessage).where(
                    CampaignMessage.campaign_id == campaign_id, CampaignMessage.language == language
                )
            )
            self._auditor.record(uow.session, AuditAction.UPDATE, campaign_id, {"message": before}, None)
            uow.commit()

    def preview(self, template: str) -> tuple[str, int, int]:
        """Encoding, characters and segments of a message as typed (sample values filled in)."""
        length = message_length(template)
        return length.encoding, length.characters, length.segments

    def sms_estimate(self, campaign_id: int) -> SmsEstimate:
        """Every personalised SMS of the send counted: segments in all and their cost."""
        with self._db.unit_of_work() as uow:
            campaign = campaign_record(uow.session, load_campaign(uow.session, campaign_id))
            messages = load_messages(uow.session, campaign_id)
            consulate = self._consulate()
            count = segments = 0
            for recipient in recipients(
                uow.session, campaign.segment, CampaignChannel.SMS, self._clock.today()
            ):
                personal = personalise(campaign, messages, recipient, consulate)
                if personal is None:
                    continue
                count += 1
                segments += sms_length(personal.text).segments
        return SmsEstimate(
            per_language={language: message_length(m.body) for language, m in messages.items()},
            recipients=count,
            segments=segments,
            cost=round(segments * campaign.price_per_segment, 2),
        )
