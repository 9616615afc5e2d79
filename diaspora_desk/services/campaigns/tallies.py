"""Poll results: per question the answers' counts and shares of those who answered it, overall,
by host country and by language; each person's latest answered reply counts once.

Small cells (1 to 4, `services/common/privacy.py`) are protected against differencing, across
answers, across questions and across groups. A question's tally in one group (everyone, a
country, a language) is shown whole or withheld whole: when any of its answers or the number who
answered it is from 1 to 4, every count, share and the denominator of that question in that
group show as ``WITHHELD``. Other questions of the same group stay shown: their totals may equal
this question's, but with at least two answers withheld that total tells no single one. Within
the countries (or languages) of a question, when "everyone" is shown and exactly one group is
withheld, the smallest other group is withheld too, so "everyone" minus the shown groups gives
only the sum of two withheld groups. The number of respondents is shown only when no question's
"everyone" tally is withheld. See docs/campaigns.md.
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

WITHHELD = "x"
"""What a withheld cell or denominator shows (a count under 5 is somewhere in its tally)."""


@dataclass(frozen=True, slots=True)
class Cell:
    """A count and its share of the denominator in percent; both None when withheld."""

    count: int | None
    percent: float | None

    @property
    def shown(self) -> str:
        """As screens and reports show it: "14 (77.8%)", "14" without a share, or "x"."""
        if self.count is None:
            return WITHHELD
        return f"{self.count:,}" + (f" ({self.percent:.1f}%)" if self.percent is not None else "")


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The answers within one group (everyone, a country, a language)."""

    group: str
    denominator: int | None
    """Who answered, exactly; None when the group's tally is withheld."""
    answers: dict[str, Cell]
    """Answer code -> cell."""
    denominator_shown: str = ""
    """Who answered as shown: exact, or "x" when withheld."""

    @property
    def withheld(self) -> bool:
        return self.denominator is None


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


def _small(codes: list[str], counts: Counter[str]) -> bool:
    """True when an answer's count or the number who answered is from 1 to 4."""
    return any(is_suppressed(counts[code]) for code in codes) or is_suppressed(sum(counts.values()))


def _breakdown(group: str, codes: list[str], counts: Counter[str], withheld: bool) -> Breakdown:
    """The group's counts and shares, or every cell withheld."""
    if withheld:
        return Breakdown(group, None, {code: Cell(None, None) for code in codes}, WITHHELD)
    total = sum(counts.values())
    cells = {
        code: Cell(counts[code], round(100 * counts[code] / total, 1) if total else None) for code in codes
    }
    return Breakdown(group, total, cells, f"{total:,}")


def withheld_groups(codes: list[str], groups: dict[str, Counter[str]], everyone_withheld: bool) -> set[str]:
    """The groups of one question and dimension whose tallies are withheld.

    Those with a small cell; and, when "everyone" is shown and only one group is withheld, also
    the smallest other one (else "everyone" minus the shown groups would give it away).
    """
    hidden = {group for group, counts in groups.items() if _small(codes, counts)}
    if len(hidden) == 1 and not everyone_withheld:
        rest = sorted((sum(c.values()), group) for group, c in groups.items() if group not in hidden)
        if rest:
            hidden.add(rest[0][1])
    return hidden


def _dimension(
    codes: list[str], groups: dict[str, Counter[str]], everyone_withheld: bool
) -> tuple[Breakdown, ...]:
    hidden = withheld_groups(codes, groups, everyone_withheld)
    return tuple(
        _breakdown(group, codes, counts, group in hidden) for group, counts in sorted(groups.items())
    )


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
    tallies = tuple(tally(questions, rows))
    # When a question's tally is withheld, the number of respondents could stand in for its total.
    hiding = any(t.overall.withheld for t in tallies)
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


def tally(
    questions: tuple[Question, ...],
    rows: Sequence[Row[int, str, str, str]] | Sequence[tuple[int, str, str, str]],
) -> list[QuestionTally]:
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
        everyone = overall.get(question.id, Counter())
        hidden = _small(codes, everyone)
        tallies.append(
            QuestionTally(
                question_id=question.id,
                text=question.text,
                labels={a.code: a.label for a in question.answers},
                overall=_breakdown("", codes, everyone, hidden),
                by_country=_dimension(codes, countries.get(question.id, {}), hidden),
                by_language=_dimension(codes, languages.get(question.id, {}), hidden),
            )
        )
    return tallies
