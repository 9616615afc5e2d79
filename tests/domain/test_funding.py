"""Amounts as files write them, and matching rules checked against the money pledged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.funding import (
    FundingSource,
    MatchingRule,
    check_matching,
    format_amount,
    from_cents,
    parse_amount,
    to_cents,
)

SOURCES = list(FundingSource)
cents = st.integers(min_value=0, max_value=10**13)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("$ 1,000", "1000.00"),
        ("MXN 250000", "250000.00"),
        ("250.000 USD", "250000.00"),
        ("12,5", "12.50"),
        ("1.500.000", "1500000.00"),
        ("0", "0.00"),
    ],
)
def test_amounts_read_in_either_decimal_convention(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "-5", "12.345,678", "1.2.3,4,5", "NaN", "1e5x"])
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"amount|negative|decimal"):
        parse_amount(text)


@given(cents)
def test_an_amount_written_with_grouping_reads_back_exactly(value: int) -> None:
    amount = from_cents(value)
    english = format_amount(amount)
    continental = english.replace(",", " ").replace(".", ",")
    assert parse_amount(english) == amount
    assert parse_amount(continental) == amount
    assert to_cents(parse_amount(english)) == value


@pytest.mark.parametrize("text", ["1:1:1:1", "1:1:2", "1-1-1-1", "1/1"])
def test_rules_as_written(text: str) -> None:
    assert sum(MatchingRule.parse(text).parts) > 0


@pytest.mark.parametrize("text", ["", "one to one", "0:0", "1:1:1:1:1:1", "1:a"])
def test_what_is_not_a_rule_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="rule"):
        MatchingRule.parse(text)


rules = st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=5).filter(lambda p: sum(p) > 0)


@given(rules, st.integers(min_value=1, max_value=10**8))
def test_amounts_in_the_rules_proportions_meet_it(parts: list[int], unit_cents: int) -> None:
    rule = MatchingRule(tuple(parts))
    amounts = {s: from_cents(unit_cents * rule.weight(s)) for s in SOURCES}
    check = check_matching(rule, amounts)
    assert check.met
    assert check.total == sum(amounts.values())


@given(rules, st.integers(min_value=100, max_value=10**8), st.data())
def test_a_source_short_of_its_share_fails_the_rule(
    parts: list[int], unit_cents: int, data: st.DataObject
) -> None:
    rule = MatchingRule(tuple(parts))
    amounts = {s: from_cents(unit_cents * rule.weight(s) * 10) for s in SOURCES}
    contributing = [s for s in SOURCES if rule.weight(s) > 0]
    short = data.draw(st.sampled_from(contributing))
    amounts[short] = amounts[short] / 2
    if len(contributing) == 1 and sum(1 for v in amounts.values() if v) == 1:
        return  # a single source is always its whole share
    assert not check_matching(rule, amounts).met


def test_rounded_thirds_still_meet_a_three_way_rule() -> None:
    amounts = {
        FundingSource.ASSOCIATION: Decimal("33.33"),
        FundingSource.MUNICIPALITY: Decimal("33.33"),
        FundingSource.STATE: Decimal("33.34"),
    }
    assert check_matching(MatchingRule.parse("1:1:1"), amounts).met


def test_the_check_names_each_sources_share_and_gap() -> None:
    amounts = {s: Decimal(100) for s in SOURCES[:4]} | {FundingSource.MUNICIPALITY: Decimal(50)}
    check = check_matching(MatchingRule.parse("1:1:1:1"), amounts)
    assert not check.met
    municipality = next(s for s in check.shares if s.source is FundingSource.MUNICIPALITY)
    assert municipality.expected == Decimal("87.50")
    assert municipality.gap == Decimal("37.50")
    assert municipality.share_percent == Decimal("14.3")


def test_nothing_pledged_never_meets_a_rule() -> None:
    assert not check_matching(MatchingRule.parse("1:1"), {}).met
