"""Audit filters that cannot hold are named."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.domain.errors import ValidationError


def test_an_unknown_action_and_a_reversed_period_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        AuditQuery(action="delete", start=dt.date(2026, 2, 1), end=dt.date(2026, 1, 1)).checked()
    assert set(caught.value.errors) == {"action", "end"}


def test_a_sound_query_is_itself() -> None:
    query = AuditQuery(officer="Ana", action="export", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 1))
    assert query.checked() is query
