"""Preparing a send (the app sends nothing itself) and the delivery log.

- SMS: a gateway CSV, `phone_e164,message,...`, one row per consenting person with a phone; one
  file per language when asked (`name-es.csv`, `name-fr.csv`...).
- E-mail: a folder with `mail-merge.csv` and one `.eml` draft per recipient (X-Unsent, so mail
  clients open it as a message to send).
- Letters and call sheets: PDFs laid out by `reports/campaign_printouts.py` (A4 or US Letter).
Each prepared send writes a `delivery` row with its recipients, and an audit event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.policy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import Delivery, DeliveryAssociation, DeliveryRecipient
from diaspora_desk.db.engine import Database
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignRecord
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.sms import sms_length
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.campaigns.audience import all_recipients
from diaspora_desk.services.campaigns.messages import Personalised, load_messages, personalise
from diaspora_desk.services.campaigns.registry import ENTITY, campaign_record, load_campaign
from diaspora_desk.services.common.audit import Auditor, write_audited
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import write_csv

SMS_COLUMNS = ("phone_e164", "message", "person_id", "language", "encoding", "segments", "association_id")
MAIL_COLUMNS = (
    "email",
    "subject",
    "body",
    "person_id",
    "given_name",
    "family_name",
    "language",
    "association_id",
)
MAIL_MERGE_FILE = "mail-merge.csv"


@dataclass(frozen=True, slots=True)
class DeliveryWritten:
    """What a prepared send wrote: files, recipients, SMS segments and who got nothing."""

    delivery_id: int
    channel: CampaignChannel
    files: tuple[Path, ...]
    recipients: int
    segments: int
    no_message: int
    """Consenting people with the contact detail but no message in their language or the fallback."""
    associations: int = 0
    """Of the recipients, how many are associations."""


@dataclass(frozen=True, slots=True)
class Printout:
    """What a letters PDF or a call sheet shows: each recipient's message, addressed."""

    campaign_title: str
    consulate: str
    generated_on: dt.date
    items: tuple[Personalised, ...]


@dataclass(frozen=True, slots=True)
class DeliveryLogEntry:
    id: int
    channel: CampaignChannel
    prepared_at: dt.datetime
    officer: str
    target: str
    recipients: int
    segments: int
    associations: int = 0
    """Of the recipients, how many were associations."""


class DeliveryService:
    """Writes the files a campaign is sent from, and logs each send."""

    def __init__(
        self, database: Database, clock: Clock, officer: Callable[[], str], consulate: Callable[[], str]
    ) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer
        self._consulate = consulate
        self._auditor = Auditor(ENTITY, officer, clock)

    def prepare(
        self, campaign_id: int, channel: CampaignChannel
    ) -> tuple[CampaignRecord, list[Personalised], int]:
        """The campaign, each consenting recipient's message for `channel`, and how many had none.

        Every delivery file is made from it, so the grant to export deliveries is checked here."""
        require(self._officer, Grant.EXPORT_DELIVERIES)
        with self._db.unit_of_work() as uow:
            campaign = campaign_record(uow.session, load_campaign(uow.session, campaign_id))
            messages = load_messages(uow.session, campaign_id)
            if not messages:
                raise KnownError(msg("Campaign {id} has no message yet; write one first.", id=campaign_id))
            consulate = self._consulate()
            personal, missing = [], 0
            for recipient in all_recipients(uow.session, campaign.segment, channel, self._clock.today()):
                item = personalise(campaign, messages, recipient, consulate)
                if item is None:
                    missing += 1
                else:
                    personal.append(item)
        return campaign, personal, missing

    def sms_csv(self, campaign_id: int, path: Path, *, per_language: bool = False) -> DeliveryWritten:
        _, personal, missing = self.prepare(campaign_id, CampaignChannel.SMS)
        groups: dict[Path, list[list[str]]] = {}
        segments = 0
        for item in personal:
            length = sms_length(item.text)
            segments += length.segments
            target = path.with_name(f"{path.stem}-{item.language}{path.suffix}") if per_language else path
            groups.setdefault(target, []).append(
                [
                    item.recipient.phone,
                    item.text,
                    _ids(item)[0],
                    item.language,
                    length.encoding,
                    str(length.segments),
                    _ids(item)[1],
                ]
            )
        if not per_language:
            groups.setdefault(path, [])

        def write() -> None:
            for target, rows in sorted(groups.items()):
                write_csv(target, SMS_COLUMNS, rows, keep_plus=[0])

        files = tuple(sorted(groups))
        return self._log(campaign_id, CampaignChannel.SMS, files, personal, (segments, missing, None), write)

    def email_drafts(self, campaign_id: int, directory: Path, *, sender: str = "") -> DeliveryWritten:
        """`mail-merge.csv` and one `<person id>.eml` per recipient in `directory`."""
        _, personal, missing = self.prepare(campaign_id, CampaignChannel.EMAIL)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KnownError(
                msg("Cannot create {path}: {reason}", path=directory, reason=exc.strerror or str(exc))
            ) from None
        rows = [
            [
                p.recipient.email,
                p.subject,
                p.text,
                _ids(p)[0],
                p.recipient.given_name,
                p.recipient.family_name,
                p.language,
                _ids(p)[1],
            ]
            for p in personal
        ]
        merge = directory / MAIL_MERGE_FILE
        drafts = {directory / _eml_name(p): p for p in personal}

        def write() -> None:
            write_csv(merge, MAIL_COLUMNS, rows)
            for target, item in drafts.items():
                _write_bytes(target, self._eml(item, sender))

        counts = (0, missing, len(drafts) + 1)
        written = self._log(campaign_id, CampaignChannel.EMAIL, (merge, *drafts), personal, counts, write)
        return dataclasses.replace(written, files=(merge,))

    def log(self, campaign_id: int) -> list[DeliveryLogEntry]:
        """Prepared sends of a campaign, newest first."""
        with self._db.unit_of_work() as uow:
            load_campaign(uow.session, campaign_id)
            organisations = (
                select(func.count())
                .where(DeliveryAssociation.delivery_id == Delivery.id)
                .correlate(Delivery)
                .scalar_subquery()
            )
            rows = uow.session.execute(
                select(Delivery, organisations)
                .where(Delivery.campaign_id == campaign_id)
                .order_by(Delivery.id.desc())
            )
            return [
                DeliveryLogEntry(
                    r.id,
                    CampaignChannel(r.channel),
                    r.prepared_at,
                    r.officer,
                    r.target,
                    r.recipients,
                    r.segments,
                    int(n),
                )
                for r, n in rows
            ]

    def recipients_of(self, delivery_id: int) -> list[int]:
        with self._db.unit_of_work() as uow:
            return list(
                uow.session.scalars(
                    select(DeliveryRecipient.person_id)
                    .where(DeliveryRecipient.delivery_id == delivery_id)
                    .order_by(DeliveryRecipient.person_id)
                )
            )

    def campaigns_of_person(self, person_id: int) -> list[tuple[int, CampaignChannel, int]]:
        """(campaign id, channel, delivery id) of every send a person was part of."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                select(Delivery.campaign_id, Delivery.channel, func.max(Delivery.id))
                .join(DeliveryRecipient, DeliveryRecipient.delivery_id == Delivery.id)
                .where(DeliveryRecipient.person_id == person_id)
                .group_by(Delivery.campaign_id, Delivery.channel)
                .order_by(Delivery.campaign_id)
            ).all()
            return [(c, CampaignChannel(ch), d) for c, ch, d in rows]

    def printout(
        self,
        campaign_id: int,
        channel: CampaignChannel,
        path: Path,
        write: Callable[[Printout, Path], object],
    ) -> DeliveryWritten:
        """Letters (channel LETTER) or a call sheet (PHONE_CALL): `write` lays out the PDF at `path`.

        The PDF builders live in `reports/`; the send is logged and audited with the writing.
        """
        if channel not in (CampaignChannel.LETTER, CampaignChannel.PHONE_CALL):
            raise ValueError(channel)
        campaign, personal, missing = self.prepare(campaign_id, channel)
        printout = Printout(campaign.title, self._consulate(), self._clock.today(), tuple(personal))
        return self._log(
            campaign_id, channel, (path,), personal, (0, missing, None), lambda: write(printout, path)
        )

    # Helpers -------------------------------------------------------------------------------
    def _eml(self, item: Personalised, sender: str) -> bytes:
        message = EmailMessage(policy=email.policy.SMTP)
        name = f"{item.recipient.given_name} {item.recipient.family_name}".strip()
        message["To"] = formataddr((name, item.recipient.email))
        if sender:
            message["From"] = sender
        message["Subject"] = item.subject or self._consulate()
        message["Message-ID"] = make_msgid(domain="diaspora-desk.invalid")
        message["Content-Language"] = item.language
        message["X-Unsent"] = "1"
        message.set_content(item.text)
        return message.as_bytes()

    def _log(
        self,
        campaign_id: int,
        channel: CampaignChannel,
        files: tuple[Path, ...],
        personal: Sequence[Personalised],
        counts: tuple[int, int, int | None],
        write: Callable[[], object],
    ) -> DeliveryWritten:
        """Log and audit the send and write its files in one transaction: a file is never on disk
        without its audit event (``counts``: SMS segments, people without a message, files)."""
        segments, missing, file_count = counts
        target = (
            "; ".join(str(f) for f in files[:1])
            if channel is CampaignChannel.EMAIL
            else "; ".join(str(f) for f in files)
        )
        delivery: list[int] = []
        organisations = sum(1 for p in personal if p.recipient.association_id is not None)

        def audit(session: Session) -> None:
            row = Delivery(
                campaign_id=campaign_id,
                channel=channel.value,
                prepared_at=self._clock.now(),
                officer=self._officer() or "(unknown officer)",
                target=target,
                recipients=len(personal),
                segments=segments,
            )
            session.add(row)
            session.flush()
            people = [p for p in personal if p.recipient.association_id is None]
            if people:
                session.execute(
                    insert(DeliveryRecipient),
                    [
                        {"delivery_id": row.id, "person_id": p.recipient.person_id, "language": p.language}
                        for p in people
                    ],
                )
            if len(people) < len(personal):
                session.execute(
                    insert(DeliveryAssociation),
                    [
                        {
                            "delivery_id": row.id,
                            "association_id": p.recipient.association_id,
                            "language": p.language,
                        }
                        for p in personal
                        if p.recipient.association_id is not None
                    ],
                )
            self._auditor.record(
                session,
                AuditAction.EXPORT,
                campaign_id,
                None,
                {
                    "export": f"campaign_{channel.value}",
                    "delivery_id": row.id,
                    "files": target,
                    "file_count": file_count or len(files),
                    "recipients": len(personal),
                    "associations": organisations,
                    "segments": segments,
                    "no_message": missing,
                },
            )
            delivery.append(row.id)

        write_audited(self._db, files, audit, write)
        return DeliveryWritten(delivery[0], channel, files, len(personal), segments, missing, organisations)


def _ids(item: Personalised) -> tuple[str, str]:
    """(person id, association id) as the files write them: one of the two is empty."""
    association = item.recipient.association_id
    return ("", str(association)) if association is not None else (str(item.recipient.person_id), "")


def _eml_name(item: Personalised) -> str:
    association = item.recipient.association_id
    return f"A{association:07d}.eml" if association is not None else f"{item.recipient.person_id:07d}.eml"


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise KnownError(
            msg("Cannot write {path}: {reason}", path=path, reason=exc.strerror or str(exc))
        ) from None
