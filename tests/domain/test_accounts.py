"""The grant table and the password rule."""

from __future__ import annotations

import datetime as dt
import itertools

from diaspora_desk.domain.accounts import (
    GRANT_LABELS,
    GRANTS,
    AccountRecord,
    Grant,
    Role,
    allowed,
    denied,
    password_problem,
)


def test_each_role_has_what_the_one_below_has() -> None:
    order = [Role.VIEWER, Role.OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR]
    for lower, higher in itertools.pairwise(order):
        assert GRANTS[lower] < GRANTS[higher]
    assert set(GRANT_LABELS) == set(Grant)


def test_only_administrators_manage_accounts_settings_and_backups() -> None:
    for grant in (Grant.ACCOUNTS, Grant.SETTINGS, Grant.BACKUPS):
        assert [r for r in Role if allowed(r, grant)] == [Role.ADMINISTRATOR]


def test_refusals_say_who_and_what_plainly() -> None:
    assert str(denied(Role.OFFICER, Grant.LEGAL_STATUS)) == (
        "Your role (Officer) may not view the legal status; ask an administrator."
    )
    assert "Sign in first" in str(denied(None, Grant.ERASE))


def test_passwords_are_long_enough_and_not_padded() -> None:
    assert password_problem("short") == "use at least 10 characters"
    assert password_problem(" ten chars ok ") == "must not start or end with a space"
    assert password_problem("correct horse battery") is None


def test_a_lock_lasts_until_its_time() -> None:
    at = dt.datetime(2026, 12, 3, 9, 0)
    record = AccountRecord(1, "rosa", "Rosa", Role.OFFICER, True, 0, at, at, None)
    assert record.locked_at(at - dt.timedelta(minutes=1))
    assert not record.locked_at(at)
