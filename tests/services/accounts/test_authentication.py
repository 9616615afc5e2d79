"""Signing in: five wrong passwords lock the account for fifteen minutes, with plain messages."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.services.accounts.authentication import SignInError
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.composition import Services
from tests.services.accounts.people_scene import PASSWORD, add_accounts


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(
    services: Services, clock: FixedClock
) -> None:
    add_accounts(services)
    session = services.accounts.session
    for _ in range(4):
        with pytest.raises(SignInError, match="Wrong username or password"):
            session.sign_in("officer", "wrong password!")
    with pytest.raises(SignInError, match="locked for 15 minutes"):
        session.sign_in("officer", "wrong password!")
    clock._moment = clock.now() + dt.timedelta(minutes=10)
    with pytest.raises(SignInError, match="locked for 5 minutes"):
        session.sign_in("officer", PASSWORD)  # even the right password, while locked
    clock._moment = clock.now() + dt.timedelta(minutes=6)
    assert session.sign_in("officer", PASSWORD).username == "officer"
    actions = [e.action for e in services.trust.trail.page(AuditQuery(entity_type="account"), 0, 7)]
    assert actions[:2] == ["sign_in", "sign_in_failed"]


def test_a_right_password_resets_the_count(services: Services) -> None:
    add_accounts(services)
    session = services.accounts.session
    for _ in range(4):
        with pytest.raises(SignInError):
            session.sign_in("officer", "wrong password!")
    session.sign_in("officer", PASSWORD)
    with pytest.raises(SignInError, match="Wrong username"):
        session.sign_in("officer", "wrong password!")


def test_an_unknown_username_says_the_same_as_a_wrong_password(services: Services) -> None:
    add_accounts(services)
    with pytest.raises(SignInError, match="Wrong username or password"):
        services.accounts.session.sign_in("nobody", PASSWORD)
