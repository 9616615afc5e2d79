"""Privacy rules for counts of people: the one place small cells are suppressed.

Every aggregate the application shows or prints (the skills dashboard and summary, a visit's
area profile and report) turns counts of people into text here, so that nobody can be singled
out: a count of 1 to 4 is shown as "<5"; 0 and counts of 5 or more are shown as they are
(thousands separated). Counts of the team's own acts (appointments booked, services delivered)
are not counts of people and are shown unchanged by their callers.
"""

from __future__ import annotations

from collections.abc import Sequence

SMALL_CELL = 5
"""Counts of people from 1 up to (not including) this are never shown."""

SUPPRESSED = f"<{SMALL_CELL}"
"""The text shown instead of a small count."""


def is_suppressed(count: int) -> bool:
    """True when ``count`` people would be few enough to single someone out (1 to 4)."""
    return 0 < count < SMALL_CELL


def shown(count: int) -> str:
    """A count of people as shown: "<5" for 1-4, otherwise the number ("0", "1,230")."""
    return SUPPRESSED if is_suppressed(count) else f"{count:,}"


def shown_total(parts: Sequence[int]) -> str:
    """The total of cells shown with :func:`shown`, such that no hidden cell can be worked out.

    Exact when nothing is hidden, or when the hidden (1-4) parts add up to 5 or more without
    being all 1s or all 4s (a reader who knows the total and the visible cells could otherwise
    tell each hidden cell's value). "<5" when the hidden cells are all there is and add up to
    under 5 (unless four of them must then be 1 each). Otherwise a range covering every value the
    hidden parts could take, e.g. 41 to 44 for 40 and one hidden cell.
    """
    hidden = [p for p in parts if is_suppressed(p)]
    total = sum(parts)
    if not hidden:
        return shown(total)
    visible, count, secret = total - sum(hidden), len(hidden), sum(hidden)
    if secret >= SMALL_CELL and count < secret < (SMALL_CELL - 1) * count:
        return shown(total)
    if visible == 0 and total < SMALL_CELL and count < SMALL_CELL - 1:
        return SUPPRESSED
    return f"{visible + count:,}–{visible + (SMALL_CELL - 1) * count:,}"


def grouped(counts: Sequence[tuple[str, int]], *, top: int = 15) -> tuple[list[tuple[str, int]], int, int]:
    """The rows of an aggregate that may be printed one by one, and the rest folded together.

    ``counts`` are (label, people) pairs, each person in one row. Returns the rows shown alone
    (at most ``top``, each of 5 or more, largest first), then how many rows were folded into
    "all others" and their people. Small rows never stand alone; when the folded ones could give
    a small row away (a single small row, under 5 in all, or small rows all 1s or all 4s) the
    smallest shown row joins them, so the printed total of the table cannot reveal it either.
    """
    ranked = sorted((pair for pair in counts if pair[1] > 0), key=lambda pair: (-pair[1], pair[0]))
    alone = [pair for pair in ranked[:top] if not is_suppressed(pair[1])]
    rest = [pair for pair in ranked if pair not in alone]
    while rest and alone and not _safe_fold([n for _label, n in rest]):
        rest.append(alone.pop())
    return alone, len(rest), sum(n for _label, n in rest)


def _safe_fold(parts: Sequence[int]) -> bool:
    small = [p for p in parts if is_suppressed(p)]
    if not small:
        return True
    if len(parts) < 2 or sum(parts) < SMALL_CELL:
        return False
    if len(small) == len(parts):
        return len(small) < sum(small) < (SMALL_CELL - 1) * len(small)
    return True
