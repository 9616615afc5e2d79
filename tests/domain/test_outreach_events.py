"""Event drafts: cleaned, and refused field by field."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.outreach_events import EventDraft, EventKind, validate_event

DAY = dt.date(2026, 12, 12)


def test_a_draft_is_cleaned() -> None:
    clean = validate_event(
        EventDraft(
            " Diaspora  day ", EventKind.DIASPORA_DAY, "us", " Fresno ", DAY, DAY, practice_ids=("a", "a")
        )
    )
    assert (clean.title, clean.country, clean.city, clean.practice_ids) == (
        "Diaspora day",
        "US",
        "Fresno",
        ("a",),
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"country": "USA"}, "country"),
        ({"ends_on": DAY - dt.timedelta(days=1)}, "ends_on"),
        ({"ends_on": DAY + dt.timedelta(days=31)}, "ends_on"),
        ({"capacity": 0}, "capacity"),
    ],
)
def test_bad_fields_are_named(changes: dict[str, object], field: str) -> None:
    assert field in _refused(**changes)


@pytest.mark.parametrize(
    ("field", "value", "limit"),
    [
        ("title", "T" * 201, 200),
        ("city", "C" * 201, 200),
        ("venue", "V" * 201, 200),
        ("notes", "n" * 5001, 5000),
    ],
)
def test_an_over_long_text_is_refused_naming_the_limit(field: str, value: str, limit: int) -> None:
    assert _refused(**{field: value}) == {field: f"is longer than {limit} characters"}


def _refused(**changes: object) -> dict[str, str]:
    """The errors of a forum in Fresno with these changes."""
    fields: dict[str, object] = {
        "title": "Forum",
        "kind": EventKind.BUSINESS_FORUM,
        "country": "US",
        "city": "Fresno",
        "starts_on": DAY,
        "ends_on": DAY,
        **changes,
    }
    with pytest.raises(ValidationError) as caught:
        validate_event(EventDraft(**fields))  # type: ignore[arg-type]
    return caught.value.errors
