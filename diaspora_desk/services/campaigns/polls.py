"""Text-message polls: questions, the gateway's reply file, the review queue, the tallies.

A reply file has a number, a text and a timestamp per row (CSV or XLSX, read like every other
import). Each row ends as exactly one of: matched (to a person, with answers), unmatched (no
person has the number), unparsed (a person, but no answer read), opt-out (a person sending
STOP, ALTO, BAJA...: their campaigns consent is withdrawn at once, audited). Unmatched and
unparsed rows wait in the review queue; nothing is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import PollAnswer, PollQuestion, PollReply, PollReplyAnswer
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.poll_replies import (
    Answer,
    ParsedReply,
    Question,
    ReplyKind,
    ReplyParser,
    parse_reply,
    validate_questions,
)
from diaspora_desk.services.campaigns.registry import ENTITY, campaign_record, load_campaign
from diaspora_desk.services.campaigns.reply_file import read_replies
from diaspora_desk.services.campaigns.reply_numbers import CHUNK, match_numbers
from diaspora_desk.services.common.audit import Auditor, record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import Rejection
from diaspora_desk.services.people.consent import apply_consent

UNMATCHED = "unmatched"
DISMISSED = "dismissed"
REVIEW = (UNMATCHED, ReplyKind.UNPARSED.value)


@dataclass(frozen=True, slots=True)
class RepliesImported:
    matched: int
    unmatched: int
    unparsed: int
    opt_outs: int
    rejected: tuple[Rejection, ...] = ()
    """Rows not imported (a number or text too long, a cell running over line ends)."""

    @property
    def rows(self) -> int:
        return self.matched + self.unmatched + self.unparsed + self.opt_outs + len(self.rejected)


def counts_of(result: RepliesImported) -> dict[str, int]:
    """The counts of an import (the audit keeps these, never the rows' numbers or texts)."""
    return {
        "matched": result.matched,
        "unmatched": result.unmatched,
        "unparsed": result.unparsed,
        "opt_outs": result.opt_outs,
    }


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A reply waiting for an officer: whose it is, or what it answers, is not known."""

    id: int
    phone: str
    text: str
    received_at: dt.datetime | None
    status: str
    person_id: int | None
    row_number: int


def load_questions(session: Session, campaign_id: int) -> tuple[Question, ...]:
    questions = list(
        session.scalars(
            select(PollQuestion)
            .where(PollQuestion.campaign_id == campaign_id)
            .order_by(PollQuestion.position)
        )
    )
    answers: dict[int, list[Answer]] = {q.id: [] for q in questions}
    for row in session.scalars(
        select(PollAnswer).where(PollAnswer.question_id.in_(answers)).order_by(PollAnswer.position)
    ):
        answers[row.question_id].append(
            Answer(row.code, row.label, tuple(k for k in row.keywords.split("|") if k))
        )
    return tuple(Question(q.text, tuple(answers[q.id]), q.id) for q in questions)


class PollService:
    """Questions, reply import and review, for the poll of a campaign."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer
        self._auditor = Auditor(ENTITY, officer, clock)

    def questions(self, campaign_id: int) -> tuple[Question, ...]:
        with self._db.unit_of_work() as uow:
            load_campaign(uow.session, campaign_id)
            return load_questions(uow.session, campaign_id)

    def set_questions(self, campaign_id: int, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        """Replace the poll's questions; refused once replies were read against them."""
        clean = validate_questions(questions)
        with self._db.unit_of_work(write=True) as uow:
            load_campaign(uow.session, campaign_id)
            before = load_questions(uow.session, campaign_id)
            replies = uow.session.scalar(
                select(func.count()).select_from(PollReply).where(PollReply.campaign_id == campaign_id)
            )
            if replies:
                raise ValidationError(
                    {"questions": msg("{n} replies were already read against these questions", n=replies)}
                )
            uow.session.execute(delete(PollQuestion).where(PollQuestion.campaign_id == campaign_id))
            for position, question in enumerate(clean):
                row = PollQuestion(campaign_id=campaign_id, position=position, text=question.text)
                uow.session.add(row)
                uow.session.flush()
                uow.session.add_all(
                    PollAnswer(
                        question_id=row.id,
                        code=a.code,
                        label=a.label,
                        keywords="|".join(a.keywords),
                        position=i,
                    )
                    for i, a in enumerate(question.answers)
                )
            uow.session.flush()
            after = load_questions(uow.session, campaign_id)
            self._auditor.record(
                uow.session, AuditAction.UPDATE, campaign_id, {"questions": before}, {"questions": after}
            )
            uow.commit()
            return after

    # Import --------------------------------------------------------------------------------
    def import_replies(self, campaign_id: int, path: Path) -> RepliesImported:
        """Read the gateway's reply file into the campaign's replies, in one transaction."""
        rows, rejected = read_replies(path)
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            campaign = campaign_record(session, load_campaign(session, campaign_id))
            questions = load_questions(session, campaign_id)
            people = match_numbers(session, rows, campaign.segment.countries)
            parser = ReplyParser(questions)
            first_id = int(session.scalar(select(func.max(PollReply.id))) or 0) + 1
            now = self._clock.now()
            counts = {UNMATCHED: 0, ReplyKind.ANSWERED: 0, ReplyKind.UNPARSED: 0, ReplyKind.OPT_OUT: 0}
            records: list[dict[str, Any]] = []
            answers: list[tuple[str | None, ...]] = []
            opt_outs: set[int] = set()
            for row in rows:
                person_id = people.get(row.row_number)
                parsed = parser(row.text) if person_id else ParsedReply(ReplyKind.UNPARSED)
                status = parsed.kind.value if person_id else UNMATCHED
                counts[status if status == UNMATCHED else parsed.kind] += 1
                if parsed.kind is ReplyKind.OPT_OUT and person_id:
                    opt_outs.add(person_id)
                records.append(
                    {
                        "id": first_id + len(records),
                        "campaign_id": campaign_id,
                        "person_id": person_id,
                        "phone": row.phone,
                        "text": row.text,
                        "received_at": row.received_at,
                        "status": status,
                        "source": path.name[:300],
                        "row_number": row.row_number,
                        "imported_at": now,
                    }
                )
                answers.append(parsed.answers if parsed.kind is ReplyKind.ANSWERED else ())
            # Ids given here (the write transaction holds the database): a plain executemany,
            # several times faster than inserting with RETURNING.
            if records:
                session.execute(insert(PollReply.metadata.tables["poll_reply"]), records)
            links = [
                {"reply_id": record["id"], "question_id": q.id, "code": code}
                for record, codes in zip(records, answers, strict=True)
                for q, code in zip(questions, codes, strict=False)
                if code is not None
            ]
            if links:
                session.execute(insert(PollReplyAnswer.metadata.tables["poll_reply_answer"]), links)
            self._withdraw_all(session, sorted(opt_outs), campaign_id)
            result = RepliesImported(
                matched=counts[ReplyKind.ANSWERED],
                unmatched=counts[UNMATCHED],
                unparsed=counts[ReplyKind.UNPARSED],
                opt_outs=counts[ReplyKind.OPT_OUT],
                rejected=tuple(rejected),
            )
            self._auditor.record(
                session,
                AuditAction.IMPORT,
                campaign_id,
                None,
                {"replies": str(path), "result": {**counts_of(result), "rejected": len(rejected)}},
            )
            uow.commit()
        return result

    # Review queue --------------------------------------------------------------------------
    def review_count(self, campaign_id: int) -> int:
        with self._db.unit_of_work() as uow:
            return int(
                uow.session.scalar(
                    select(func.count())
                    .select_from(PollReply)
                    .where(PollReply.campaign_id == campaign_id, PollReply.status.in_(REVIEW))
                )
                or 0
            )

    def review_queue(self, campaign_id: int, offset: int = 0, limit: int = 200) -> list[ReviewItem]:
        """Unmatched and unparsed replies, oldest first."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.scalars(
                select(PollReply)
                .where(PollReply.campaign_id == campaign_id, PollReply.status.in_(REVIEW))
                .order_by(PollReply.id)
                .offset(offset)
                .limit(limit)
            )
            return [
                ReviewItem(r.id, r.phone, r.text, r.received_at, r.status, r.person_id, r.row_number)
                for r in rows
            ]

    def assign(
        self, reply_id: int, *, person_id: int | None = None, answers: tuple[str | None, ...] | None = None
    ) -> str:
        """Settle a reply of the queue: whose it is and/or what it answers; returns its new status.

        A reply given a person is read again (and, if it is an opt-out word, withdraws consent).
        """
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            reply = session.get(PollReply, reply_id)
            if reply is None:
                raise NotFoundError(msg("There is no reply with id {reply_id}.", reply_id=reply_id))
            before = {"status": reply.status, "person_id": reply.person_id}
            if person_id is not None:
                person = session.get(Person, person_id)
                if person is None or person.merged_into_id is not None:
                    raise NotFoundError(msg("There is no person with id {person_id}.", person_id=person_id))
                reply.person_id = person_id
            if reply.person_id is None:
                raise ValidationError({"person_id": msg("say whose reply this is first")})
            questions = load_questions(session, reply.campaign_id)
            if answers is not None:
                parsed = self._checked(questions, answers)
            else:
                parsed = parse_reply(reply.text, questions)
            reply.status = parsed.kind.value
            session.execute(delete(PollReplyAnswer).where(PollReplyAnswer.reply_id == reply.id))
            if parsed.kind is ReplyKind.ANSWERED:
                session.add_all(
                    PollReplyAnswer(reply_id=reply.id, question_id=q.id, code=code)
                    for q, code in zip(questions, parsed.answers, strict=False)
                    if code is not None
                )
            elif parsed.kind is ReplyKind.OPT_OUT:
                self._withdraw(session, reply.person_id, reply.campaign_id)
            self._auditor.record(
                session,
                AuditAction.UPDATE,
                reply.campaign_id,
                {"reply": reply_id, **before},
                {"reply": reply_id, "status": reply.status, "person_id": reply.person_id},
            )
            status = reply.status
            uow.commit()
            return status

    def dismiss(self, reply_id: int) -> None:
        """Take a reply out of the queue without counting it (kept, with who dismissed it)."""
        with self._db.unit_of_work(write=True) as uow:
            reply = uow.session.get(PollReply, reply_id)
            if reply is None:
                raise NotFoundError(msg("There is no reply with id {reply_id}.", reply_id=reply_id))
            before = reply.status
            reply.status = DISMISSED
            self._auditor.record(
                uow.session,
                AuditAction.UPDATE,
                reply.campaign_id,
                {"reply": reply_id, "status": before},
                {"reply": reply_id, "status": DISMISSED},
            )
            uow.commit()

    # Helpers -------------------------------------------------------------------------------
    @staticmethod
    def _checked(questions: tuple[Question, ...], answers: tuple[str | None, ...]) -> ParsedReply:
        if len(answers) != len(questions) or all(a is None for a in answers):
            raise ValidationError({"answers": msg("give an answer to at least one of the questions")})
        for question, code in zip(questions, answers, strict=True):
            if code is not None and code not in {a.code for a in question.answers}:
                raise ValidationError(
                    {
                        "answers": msg(
                            "'{code}' is not an answer of {question}", code=code, question=question.text
                        )
                    }
                )
        return ParsedReply(ReplyKind.ANSWERED, answers)

    def _withdraw_all(self, session: Session, person_ids: list[int], campaign_id: int) -> None:
        """`_withdraw` for many people at once: two UPDATEs and one audit event per person.

        Same effect as `apply_consent(..., given=False)`: the active consent is withdrawn today
        and the person's flag, which audiences read, is cleared in the same transaction.
        """
        how = f"opt-out reply to campaign {campaign_id}"
        today, now, officer = self._clock.today(), self._clock.now(), self._officer()
        for start in range(0, len(person_ids), CHUNK):
            chunk = person_ids[start : start + CHUNK]
            active = sorted(
                set(
                    session.scalars(
                        select(Consent.person_id).where(
                            Consent.person_id.in_(chunk),
                            Consent.purpose == ConsentPurpose.CAMPAIGNS.value,
                            Consent.withdrawn_on.is_(None),
                        )
                    )
                )
            )
            if not active:
                continue
            session.execute(
                update(Consent)
                .where(
                    Consent.person_id.in_(active),
                    Consent.purpose == ConsentPurpose.CAMPAIGNS.value,
                    Consent.withdrawn_on.is_(None),
                )
                .values(withdrawn_on=today)
            )
            session.execute(update(Person).where(Person.id.in_(active)).values(consent_campaigns=False))
            for person_id in active:
                record_event(
                    session,
                    officer=officer,
                    action=AuditAction.CONSENT,
                    entity_type="person",
                    entity_id=person_id,
                    before={"campaigns": True},
                    after={"campaigns": False, "how": how},
                    at=now,
                )

    def _withdraw(self, session: Session, person_id: int, campaign_id: int) -> None:
        person = session.get(Person, person_id)
        if person is None:
            return
        how = f"opt-out reply to campaign {campaign_id}"
        if apply_consent(
            session,
            person,
            ConsentPurpose.CAMPAIGNS,
            False,
            on=self._clock.today(),
            how=how,
            officer=self._officer(),
        ):
            record_event(
                session,
                officer=self._officer(),
                action=AuditAction.CONSENT,
                entity_type="person",
                entity_id=person_id,
                before={"campaigns": True},
                after={"campaigns": False, "how": how},
                at=self._clock.now(),
            )
