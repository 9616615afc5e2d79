"""Small-cell suppression: no count of 1-4 people is ever shown or can be worked out."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.services.common.privacy import SMALL_CELL, SUPPRESSED, is_suppressed, shown, shown_total

HIDDEN_VALUES = range(1, SMALL_CELL)


def _possible_totals(text: str) -> range:
    """What a reader learns from a shown total: the range of totals it allows."""
    if text == SUPPRESSED:
        return range(1, SMALL_CELL)
    low, _dash, high = text.replace(",", "").partition("–")
    return range(int(low), int(high or low) + 1)


def _values_a_reader_can_deduce(parts: list[int]) -> list[set[int]]:
    """For each hidden cell, every value consistent with the visible cells and the shown total."""
    visible = sum(p for p in parts if not is_suppressed(p))
    hidden = [p for p in parts if is_suppressed(p)]
    totals = _possible_totals(shown_total(parts))
    possible: list[set[int]] = [set() for _ in hidden]
    for guess in itertools.product(HIDDEN_VALUES, repeat=len(hidden)):
        if visible + sum(guess) in totals:
            for cell, value in zip(possible, guess, strict=True):
                cell.add(value)
    return possible


@given(st.integers(min_value=0, max_value=10**9))
def test_a_count_of_one_to_four_is_never_shown(count: int) -> None:
    text = shown(count)
    assert text not in {"1", "2", "3", "4"}
    if 0 < count < SMALL_CELL:
        assert text == "<5"
    else:
        assert int(text.replace(",", "")) == count


def test_zero_and_large_counts_are_shown_as_they_are() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 1234)] == ["0", "<5", "<5", "5", "1,234"]


@settings(deadline=None)  # enumerates up to 4**5 guesses per example
@given(
    st.lists(
        st.one_of(st.integers(0, SMALL_CELL - 1), st.integers(0, 3000)),
        max_size=12,
    ).filter(lambda parts: sum(1 for p in parts if is_suppressed(p)) <= 5)
)
def test_a_total_never_lets_a_reader_work_out_a_hidden_cell(parts: list[int]) -> None:
    assert sum(parts) in _possible_totals(shown_total(parts))
    for values in _values_a_reader_can_deduce(parts):
        assert len(values) >= 2


def test_totals_are_exact_when_nothing_can_be_worked_out_from_them() -> None:
    assert shown_total([40, 3]) == "41–44"  # one hidden cell: the exact total would give it away
    assert shown_total([40, 3, 4]) == "47"  # 3+4: each hidden cell could be 3 or 4
    assert shown_total([40, 4, 4]) == "42–48"  # 48 would mean both are 4
    assert shown_total([1, 1, 1, 1, 1]) == "5–20"  # 5 would mean every one is 1
    assert shown_total([1, 2]) == "<5"
    assert shown_total([0, 0]) == "0"
    assert shown_total([1200, 30]) == "1,230"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=12))
def test_a_grouped_table_never_shows_a_small_row_or_lets_one_be_worked_out(counts: list[int]) -> None:
    """Rows of 1-4 people never stand alone, and the total of everything (printed elsewhere,
    e.g. "nationals registered") minus the rows shown never comes to a lone small row."""
    from diaspora_desk.services.common.privacy import grouped

    rows = [(f"place {i}", n) for i, n in enumerate(counts)]
    alone, folded, folded_people = grouped(rows, top=5)
    assert all(n >= SMALL_CELL for _label, n in alone)
    assert len(alone) <= 5
    assert sum(n for _label, n in alone) + folded_people == sum(counts)
    hidden = [n for n in counts if is_suppressed(n)]
    if hidden and alone:
        # What the folded rows hold can never be read as one small row's count.
        assert folded >= 2
        assert folded_people >= SMALL_CELL


def test_a_single_small_place_is_folded_with_the_smallest_shown_one() -> None:
    from diaspora_desk.services.common.privacy import grouped

    alone, folded, people = grouped([("Los Angeles", 40), ("Fresno", 9), ("Reno", 2)])
    assert alone == [("Los Angeles", 40)]
    assert (folded, people) == (2, 11)
