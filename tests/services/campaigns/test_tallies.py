"""Poll results: each person's latest answer counts once; a tally holding a small cell is
withheld whole, and no withheld count can be worked out by differencing."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.campaigns import CampaignDraft
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.campaigns.tallies import WITHHELD, Breakdown, Cell, QuestionTally, tally
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import make_person
from tests.services.campaigns.poll_files import TOPIC, YES_NO, reply_file


def test_latest_reply_counts_and_a_small_cell_withholds_its_tally(services: Services, tmp_path: Path) -> None:
    campaign = services.campaigns.registry.create(CampaignDraft(title="Poll")).id
    services.campaigns.polls.set_questions(campaign, (YES_NO, TOPIC))
    rows = []
    for i in range(8):
        phone = f"+1 559 555 02{i:02d}"
        make_person(
            services, f"P{i}", city="Fresno", phones=(phone,), preferred_language="es" if i < 6 else "en"
        )
        rows.append((phone, "2 1", "2026-11-20 10:00"))  # first: no, remittances
        rows.append((phone, "1 papeles" if i < 6 else "yes 3", "2026-11-21 10:00"))  # latest counts
    result = services.campaigns.polls.import_replies(campaign, reply_file(tmp_path / "r.csv", rows))
    assert result.matched == 16
    results = services.campaigns.tallies.results(campaign)
    assert results.respondents is None  # question 2 is withheld: 8 respondents would stand for its total
    first, second = results.questions
    assert first.overall.denominator == 8
    assert first.overall.answers["1"].count == 8
    assert first.overall.answers["1"].percent == 100.0
    assert first.overall.answers["2"].count == 0  # zero singles out nobody
    # Question 2 holds a 2: all of it is withheld, else 8 (question 1) minus the 6 shown gives 2.
    assert second.overall.denominator is None
    assert second.overall.denominator_shown == WITHHELD
    assert [c.shown for c in second.overall.answers.values()] == [WITHHELD] * 3
    # By language, question 1: "en" (2 people) is small, and "es" goes with it, else 8 - 6 = 2.
    assert [b.withheld for b in first.by_language] == [True, True]
    assert [b.group for b in second.by_country] == ["US"]


def test_a_large_poll_shows_everything(services: Services, tmp_path: Path) -> None:
    campaign = services.campaigns.registry.create(CampaignDraft(title="Poll")).id
    services.campaigns.polls.set_questions(campaign, (YES_NO,))
    rows = []
    for i in range(12):
        phone = f"+1 559 555 03{i:02d}"
        make_person(services, f"Q{i}", city="Fresno", phones=(phone,))
        rows.append((phone, "1" if i < 7 else "2", "2026-11-20 10:00"))
    services.campaigns.polls.import_replies(campaign, reply_file(tmp_path / "r.csv", rows))
    results = services.campaigns.tallies.results(campaign)
    assert results.respondents == 12
    overall = results.questions[0].overall
    assert (overall.denominator, overall.answers["1"].shown, overall.answers["2"].shown) == (
        12,
        "7 (58.3%)",
        "5 (41.7%)",
    )


# --- Differencing: an attacker who subtracts shown counts and denominators -----------------------

QUESTIONS = (
    Question("Q1", (Answer("1", "a"), Answer("2", "b")), id=1),
    Question("Q2", (Answer("1", "a"), Answer("2", "b"), Answer("3", "c")), id=2),
    Question("Q3", (Answer("1", "a"), Answer("2", "b")), id=3),
)
Var = tuple[object, ...]
Equation = tuple[dict[Var, int], int]  # sum(coefficient * variable) == constant


def _tables(tallies: Iterable[QuestionTally]) -> Iterable[tuple[int, str, Breakdown]]:
    for t in tallies:
        yield t.question_id, "all", t.overall
        yield from ((t.question_id, "country", b) for b in t.by_country)
        yield from ((t.question_id, "language", b) for b in t.by_language)


def _equations(tallies: list[QuestionTally]) -> list[Equation]:
    """What anyone knows holds: answers add up to who answered, everyone answered every question
    (so every question has the same total in a group), and the groups add up to everyone."""
    eqs: list[Equation] = []
    groups: dict[tuple[int, str], list[str]] = {}
    for q, dim, b in _tables(tallies):
        eqs.append(
            ({**{("cell", q, dim, b.group, a): 1 for a in b.answers}, ("total", q, dim, b.group): -1}, 0)
        )
        if dim != "all":
            groups.setdefault((q, dim), []).append(b.group)
    ids = [t.question_id for t in tallies]
    for dim, group in {(d, b.group) for _q, d, b in _tables(tallies)}:
        for q, other in itertools.pairwise(ids):
            eqs.append(({("total", q, dim, group): 1, ("total", other, dim, group): -1}, 0))
    for t in tallies:
        for dim in ("country", "language"):
            members = groups.get((t.question_id, dim), [])
            for name in [*(("cell", a) for a in t.labels), ("total",)]:
                key = name[0]
                rest = name[1:]
                terms = {(key, t.question_id, dim, g, *rest): 1 for g in members}
                terms[(key, t.question_id, "all", "", *rest)] = -1
                eqs.append((terms, 0))
    return eqs


def _known(tallies: list[QuestionTally]) -> dict[Var, Fraction]:
    known: dict[Var, Fraction] = {}
    for q, dim, b in _tables(tallies):
        if b.denominator is not None:
            known[("total", q, dim, b.group)] = Fraction(b.denominator)
        for a, cell in b.answers.items():
            if cell.count is not None:
                known[("cell", q, dim, b.group, a)] = Fraction(cell.count)
    return known


def _peel(eqs: list[Equation], known: dict[Var, Fraction]) -> dict[Var, Fraction]:
    """Solve every equation with one unknown left, again and again (subtraction only)."""
    progress = True
    while progress:
        progress = False
        for terms, constant in eqs:
            unknown = [v for v in terms if v not in known]
            if len(unknown) == 1:
                rest = sum((c * known[v] for v, c in terms.items() if v in known), Fraction(0))
                known[unknown[0]] = (constant - rest) / terms[unknown[0]]
                progress = True
    return known


people = st.lists(
    st.tuples(
        st.sampled_from(("US", "CA", "MX")),
        st.sampled_from(("es", "en")),
        st.sampled_from(("1", "2")),
        st.sampled_from(("1", "2", "3")),
        st.sampled_from(("1", "2")),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(people, st.integers(min_value=1, max_value=3))
def test_no_withheld_count_can_be_worked_out_by_differencing(
    crowd: list[tuple[str, str, str, str, str]], n_questions: int
) -> None:
    questions = QUESTIONS[:n_questions]
    rows = [(q.id, p[2 + i], p[0], p[1]) for p in crowd for i, q in enumerate(questions) if q.id is not None]
    tallies = tally(questions, rows)
    truth = _known(tally_unprotected(questions, rows))
    found = _peel(_equations(tallies), _known(tallies))
    for var, value in found.items():
        assert truth[var] == value  # the attacker's arithmetic is right...
        if var[0] == "cell":
            assert not 0 < value < 5, (
                f"{var} = {value} worked out from the shown figures"
            )  # ...but no small cell


def _shown(group: str, codes: list[str], chosen: list[tuple[int, str, str, str]]) -> Breakdown:
    counts = Counter(r[1] for r in chosen)
    return Breakdown(group, sum(counts.values()), {c: Cell(counts[c], None) for c in codes})


def tally_unprotected(
    questions: tuple[Question, ...], rows: list[tuple[int, str, str, str]]
) -> list[QuestionTally]:
    """The true counts: every group shown (the test's oracle)."""
    out = []
    for question in questions:
        codes = [a.code for a in question.answers]
        mine = [r for r in rows if r[0] == question.id]
        out.append(
            QuestionTally(
                question.id or 0,
                question.text,
                {a.code: a.label for a in question.answers},
                _shown("", codes, mine),
                tuple(_shown(g, codes, [r for r in mine if r[2] == g]) for g in sorted({r[2] for r in mine})),
                tuple(_shown(g, codes, [r for r in mine if r[3] == g]) for g in sorted({r[3] for r in mine})),
            )
        )
    return out
