"""Poll results: per question the answers' counts and shares of those who answered it, overall,
by host country and by language; each person's latest answered reply counts once.

Counts of 1 to 4 are suppressed (`services/common/privacy.py`, the one small-cell rule), and
so is any share computed from a suppressed count, so no person can be singled out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Row, Subquery, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import PollReply, PollReplyAnswer
from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.poll_replies import Question, ReplyKind
from diaspora_desk.services.campaigns.polls import load_questions
from diaspora_desk.services.campaigns.registry import load_campaign
from diaspora_desk.services.common.privacy import is_suppressed


@dataclass(frozen=True, slots=True)
class Cell:
    """A count (None when under 5) and its share of the denominator in percent (None likewise)."""

    count: int | None
    percent: float | None


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The answers within one group (everyone, a country, a language)."""

    group: str
    denominator: int | None
    answers: dict[str, Cell]
    """Answer code -> cell."""


@dataclass(frozen=True, slots=True)
class QuestionTally:
    question_id: int
    text: str
    labels: dict[str, str]
    overall: Breakdown
    by_country: tuple[Breakdown, ...]
    by_language: tuple[Breakdown, ...]


@dataclass(frozen=True, slots=True)
class PollResults:
    campaign_id: int
    questions: tuple[QuestionTally, ...]
    respondents: int | None
    opt_outs: int | None
    in_review: int


def suppressed(count: int) -> int | None:
    """``count``, or None when it is too small to show."""
    return None if is_suppressed(count) else count


def _breakdown(group: str, codes: list[str], counts: Counter[str]) -> Breakdown:
    total = sum(counts.values())
    shown_total = suppressed(total)
    cells = {}
    for code in codes:
        count = suppressed(counts[code])
        percent = (
            round(100 * counts[code] / total, 1) if count is not None and shown_total and total else None
        )
        cells[code] = Cell(count, percent)
    return Breakdown(group, shown_total, cells)


class PollTallies:
    def __init__(self, database: Database) -> None:
        self._db = database

    def results(self, campaign_id: int) -> PollResults:
        with self._db.unit_of_work() as uow:
            return poll_results(uow.session, campaign_id)


def poll_results(session: Session, campaign_id: int) -> PollResults:
    """The poll's results in the caller's transaction (the briefing reads several in one)."""
    load_campaign(session, campaign_id)
    questions = load_questions(session, campaign_id)
    ranked = _latest_answered(campaign_id)
    rows = session.execute(
        select(
            PollReplyAnswer.question_id,
            PollReplyAnswer.code,
            Person.country,
            Person.preferred_language,
        )
        .join(ranked, ranked.c.reply_id == PollReplyAnswer.reply_id)
        .join(Person, Person.id == ranked.c.person_id)
        .where(ranked.c.rank == 1)
    ).all()
    respondents = session.scalar(select(func.count()).select_from(ranked).where(ranked.c.rank == 1)) or 0
    status_counts = dict(
        session.execute(
            select(PollReply.status, func.count(func.distinct(PollReply.person_id)))
            .where(PollReply.campaign_id == campaign_id)
            .group_by(PollReply.status)
        ).all()
    )
    in_review = session.scalar(
        select(func.count())
        .select_from(PollReply)
        .where(PollReply.campaign_id == campaign_id, PollReply.status.in_(("unmatched", "unparsed")))
    )
    tallies = _tallies(questions, rows)
    return PollResults(
        campaign_id=campaign_id,
        questions=tuple(tallies),
        respondents=suppressed(int(respondents)),
        opt_outs=suppressed(int(status_counts.get(ReplyKind.OPT_OUT.value, 0))),
        in_review=int(in_review or 0),
    )


def _latest_answered(campaign_id: int) -> Subquery:
    """Each person's answered replies, newest first: rank 1 is the reply that counts."""
    return (
        select(
            PollReply.id.label("reply_id"),
            PollReply.person_id.label("person_id"),
            func.row_number()
            .over(
                partition_by=PollReply.person_id,
                order_by=(
                    func.coalesce(PollReply.received_at, PollReply.imported_at).desc(),
                    PollReply.id.desc(),
                ),
            )
            .label("rank"),
        )
        .where(PollReply.campaign_id == campaign_id, PollReply.status == ReplyKind.ANSWERED.value)
        .subquery()
    )


def _tallies(questions: tuple[Question, ...], rows: Sequence[Row[int, str, str, str]]) -> list[QuestionTally]:
    """Counts per answer code, overall, by host country and by language, for every question."""
    overall: dict[int, Counter[str]] = {}
    countries: dict[int, dict[str, Counter[str]]] = {}
    languages: dict[int, dict[str, Counter[str]]] = {}
    for question_id, code, country, language in rows:
        overall.setdefault(question_id, Counter())[code] += 1
        countries.setdefault(question_id, {}).setdefault(country or "?", Counter())[code] += 1
        languages.setdefault(question_id, {}).setdefault(language or "?", Counter())[code] += 1
    tallies = []
    for question in questions:
        assert question.id is not None
        codes = [a.code for a in question.answers]
        tallies.append(
            QuestionTally(
                question_id=question.id,
                text=question.text,
                labels={a.code: a.label for a in question.answers},
                overall=_breakdown("", codes, overall.get(question.id, Counter())),
                by_country=tuple(
                    _breakdown(group, codes, counts)
                    for group, counts in sorted(countries.get(question.id, {}).items())
                ),
                by_language=tuple(
                    _breakdown(group, codes, counts)
                    for group, counts in sorted(languages.get(question.id, {}).items())
                ),
            )
        )
    return tallies
