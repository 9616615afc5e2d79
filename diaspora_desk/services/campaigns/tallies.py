"""Poll results: per question the answers' counts and shares of those who answered it, overall,
by host country and by language; each person's latest answered reply counts once.

Counts of 1 to 4 are suppressed (`services/common/privacy.py`, the one small-cell rule); in a
group where one is, the exact denominator and the shares are suppressed too, and the number who
answered is shown as `privacy.shown_total` gives it, so no hidden count can be worked out.
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
from diaspora_desk.services.common.privacy import SUPPRESSED, is_suppressed, shown_total


@dataclass(frozen=True, slots=True)
class Cell:
    """A count (None when under 5) and its share of the denominator in percent (None likewise)."""

    count: int | None
    percent: float | None

    @property
    def shown(self) -> str:
        """As screens and reports show it: "14 (77.8%)", "14" without a share, or "<5"."""
        if self.count is None:
            return SUPPRESSED
        return f"{self.count:,}" + (f" ({self.percent:.1f}%)" if self.percent is not None else "")


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The answers within one group (everyone, a country, a language)."""

    group: str
    denominator: int | None
    """Who answered, exactly; None when that would give a suppressed answer away."""
    answers: dict[str, Cell]
    """Answer code -> cell."""
    denominator_shown: str = ""
    """Who answered as shown: exact, "<5", or a range that hides the suppressed answers."""


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
    """Counts and shares; when an answer is suppressed, so are the exact denominator and every
    share (either would give the hidden count away: 8 answered, 6 said A, 0 said B...)."""
    total = sum(counts.values())
    hidden = any(is_suppressed(counts[code]) for code in codes) or is_suppressed(total)
    cells = {}
    for code in codes:
        count = suppressed(counts[code])
        percent = round(100 * counts[code] / total, 1) if not hidden and total else None
        cells[code] = Cell(count, percent)
    return Breakdown(group, None if hidden else total, cells, shown_total([counts[code] for code in codes]))


class PollTallies:
    def __init__(self, database: Database) -> None:
        self._db = database

    def results(self, campaign_id: int) -> PollResults:
        with self._db.unit_of_work() as uow:
            return poll_results(uow.session, campaign_id)


def poll_results(session: Session, campaign_id: int) -> PollResults:
    """The campaign's poll results, read in the caller's transaction (reports use it so)."""
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
    tallies = tuple(_tallies(questions, rows))
    # When a question hides a count, the number of respondents would often give it away too.
    hiding = any(t.overall.denominator is None for t in tallies if t.overall.denominator_shown != "0")
    return PollResults(
        campaign_id=campaign_id,
        questions=tallies,
        respondents=None if hiding else suppressed(int(respondents)),
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
