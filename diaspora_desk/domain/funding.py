"""Money of matching-fund projects: amounts as files and forms write them, and matching rules.

Amounts are `Decimal` with at most two decimal places (never float); the database keeps them as
whole minor units (cents). A matching rule such as ``1:1:1:1`` (Mexico's 3x1: the association,
the municipality, the state and the federation each put in one part) gives each funding source
its share of the total; `check_matching` says whether the amounts follow it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from diaspora_desk.domain.errors import msg

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")
MAX_RULE_PART = 100


class FundingSource(StrEnum):
    """Who puts money into a project, in the order a matching rule lists them."""

    ASSOCIATION = "association"
    MUNICIPALITY = "municipality"
    STATE = "state"
    FEDERAL = "federal"
    PARTNER = "partner"


FUNDING_SOURCE_LABELS: dict[FundingSource, str] = {
    FundingSource.ASSOCIATION: "Association (migrants)",
    FundingSource.MUNICIPALITY: "Municipality",
    FundingSource.STATE: "State or region",
    FundingSource.FEDERAL: "Federal or national government",
    FundingSource.PARTNER: "Partner",
}

_CURRENCY_SIGNS = re.compile(r"^[A-Za-z]{3}\s*|\s*[A-Za-z]{3}$|[$€£¥₡₱]")


def parse_amount(text: str) -> Decimal:
    """An amount as people write it: ``1234.5``, ``1,234.50``, ``1.234,50``, ``1 234,50``,
    ``$ 1,000``, ``MXN 250000``. Raises ``ValueError`` for negatives, more than two decimals or
    text that is not a number."""
    raw = text.strip()
    cleaned = _CURRENCY_SIGNS.sub("", raw).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not cleaned:
        raise ValueError(msg("'{text}' is not an amount", text=raw[:30]))
    number = _normalise_separators(cleaned)
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise ValueError(msg("'{text}' is not an amount", text=raw[:30])) from None
    if not value.is_finite():
        raise ValueError(msg("'{text}' is not an amount", text=raw[:30]))
    if value < 0:
        raise ValueError(msg("'{text}' is negative", text=raw[:30]))
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(msg("'{text}' has more than two decimal places", text=raw[:30]))
    if value > MAX_AMOUNT:
        raise ValueError(msg("'{text}' is too large", text=raw[:30]))
    return value.quantize(CENT)


def _normalise_separators(text: str) -> str:
    """Which of "," and "." is the decimal mark: the later one when both appear; a mark that
    appears more than once, or once before exactly three digits ("1,500", "1.500"), groups
    thousands; otherwise it is the decimal mark."""
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal_mark = "," if last_comma > last_dot else "."
    elif last_comma >= 0 or last_dot >= 0:
        mark = "," if last_comma >= 0 else "."
        head, tail = text.rsplit(mark, 1)
        grouped = text.count(mark) > 1 or (len(tail) == 3 and head.isdigit() and len(head) <= 3)
        decimal_mark = "" if grouped else mark
    else:
        decimal_mark = ""
    body = "".join(ch for ch in text if ch in "0123456789" or ch == decimal_mark or ch not in ",.")
    return body.replace(",", ".") if decimal_mark == "," else body


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def format_amount(amount: Decimal, currency: str = "") -> str:
    """``1,234,567.50 MXN``: the same in every locale, so printouts and files agree."""
    text = f"{amount:,.2f}"
    return f"{text} {currency}".strip()


@dataclass(frozen=True, slots=True)
class MatchingRule:
    """Parts of the total each source puts in, in `FundingSource` order (``1:1:1:1``)."""

    parts: tuple[int, ...]

    @classmethod
    def parse(cls, text: str) -> MatchingRule:
        raw = text.strip()
        pieces = [p.strip() for p in re.split(r"[:/-]", raw)] if raw else []
        sources = len(FundingSource)
        if not pieces or not all(p.isdigit() for p in pieces):
            raise ValueError(msg("'{text}' is not a matching rule such as 1:1:1:1", text=raw[:30]))
        if len(pieces) > sources:
            raise ValueError(msg("a matching rule has at most {n} parts", n=sources))
        parts = tuple(int(p) for p in pieces)
        if sum(parts) == 0 or max(parts) > MAX_RULE_PART:
            raise ValueError(msg("'{text}' is not a matching rule such as 1:1:1:1", text=raw[:30]))
        return cls(parts)

    @property
    def text(self) -> str:
        return ":".join(str(p) for p in self.parts)

    def weight(self, source: FundingSource) -> int:
        index = list(FundingSource).index(source)
        return self.parts[index] if index < len(self.parts) else 0


@dataclass(frozen=True, slots=True)
class SourceShare:
    source: FundingSource
    amount: Decimal
    expected: Decimal
    share_percent: Decimal | None

    @property
    def gap(self) -> Decimal:
        """How much more (positive) or less (negative) the rule asks of this source."""
        return self.expected - self.amount


@dataclass(frozen=True, slots=True)
class MatchingCheck:
    rule: MatchingRule
    total: Decimal
    shares: tuple[SourceShare, ...]
    met: bool


def check_matching(
    rule: MatchingRule, amounts: Mapping[FundingSource, Decimal], tolerance: Decimal = CENT
) -> MatchingCheck:
    """Whether ``amounts`` split their total as ``rule`` says, each source within ``tolerance``
    of its share (a cent by default, so 33.33 + 33.33 + 33.34 meets 1:1:1). Nothing pledged
    never meets a rule."""
    total = sum((amounts.get(s, Decimal(0)) for s in FundingSource), Decimal(0))
    parts = sum(rule.weight(s) for s in FundingSource)
    shares = []
    met = total > 0
    for source in FundingSource:
        amount = amounts.get(source, Decimal(0))
        expected = (total * rule.weight(source) / parts).quantize(CENT, rounding=ROUND_HALF_UP)
        percent = _percent(amount, total)
        if abs(expected - amount) > tolerance:
            met = False
        if amount or rule.weight(source):
            shares.append(SourceShare(source, amount, expected, percent))
    return MatchingCheck(rule, total, tuple(shares), met)


def _percent(amount: Decimal, total: Decimal) -> Decimal | None:
    return (amount * 100 / total).quantize(Decimal("0.1")) if total > 0 else None


def funding_shares(amounts: Mapping[FundingSource, Decimal]) -> tuple[SourceShare, ...]:
    """Each source's amount and share of the total when there is no rule to meet."""
    total = sum(amounts.values(), Decimal(0))
    return tuple(
        SourceShare(s, amounts[s], amounts[s], _percent(amounts[s], total))
        for s in FundingSource
        if s in amounts
    )
