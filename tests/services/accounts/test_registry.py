"""Accounts: the first administrator, roles, passwords, disabling; never a password in the audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from diaspora_desk.db.account_models import OfficerAccount
from diaspora_desk.db.models import AuditEvent
from diaspora_desk.domain.accounts import Role
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.services.accounts.authentication import SignInError
from diaspora_desk.services.composition import Services
from tests.services.accounts.people_scene import PASSWORD, add_accounts


def test_the_first_account_must_be_an_administrator(services: Services) -> None:
    with pytest.raises(KnownError, match="first account must be an administrator"):
        services.accounts.registry.create("rosa", "Rosa Tzoc", Role.OFFICER, PASSWORD)
    first = services.accounts.registry.create("Rosa", "Rosa Tzoc", Role.ADMINISTRATOR, PASSWORD)
    assert first.username == "rosa"
    assert services.accounts.session.account == first  # its creator acts as it
    assert services.accounts.session() == "Rosa Tzoc"


def test_usernames_passwords_and_names_are_checked(services: Services) -> None:
    add_accounts(services)
    with pytest.raises(ValidationError) as caught:
        services.accounts.registry.create("x", "", Role.OFFICER, "short")
    assert set(caught.value.errors) == {"username", "display_name", "password"}
    with pytest.raises(ValidationError, match="taken"):
        services.accounts.registry.create("OFFICER", "Another", Role.OFFICER, PASSWORD)


def test_the_last_active_administrator_stays(services: Services) -> None:
    add_accounts(services)
    registry = services.accounts.registry
    admin = next(a for a in registry.list() if a.role is Role.ADMINISTRATOR)
    with pytest.raises(KnownError, match="one active administrator"):
        registry.disable(admin.id)
    with pytest.raises(KnownError, match="one active administrator"):
        registry.change_role(admin.id, Role.SUPERVISOR)
    supervisor = next(a for a in registry.list() if a.role is Role.SUPERVISOR)
    registry.change_role(supervisor.id, Role.ADMINISTRATOR)
    assert registry.disable(admin.id).active is False


def test_a_disabled_account_cannot_sign_in(services: Services) -> None:
    add_accounts(services)
    officer = next(a for a in services.accounts.registry.list() if a.role is Role.OFFICER)
    services.accounts.registry.disable(officer.id)
    with pytest.raises(SignInError, match="disabled"):
        services.accounts.session.sign_in("officer", PASSWORD)


def test_passwords_reset_and_changed_and_never_audited(services: Services) -> None:
    add_accounts(services)
    registry, session = services.accounts.registry, services.accounts.session
    officer = next(a for a in registry.list() if a.role is Role.OFFICER)
    registry.reset_password(officer.id, "a brand new secret")
    session.sign_in("officer", "a brand new secret")
    with pytest.raises(SignInError):
        registry.change_password("not the old one", "another secret 2")
    registry.change_password("a brand new secret", "another secret 2")
    session.sign_in("officer", "another secret 2")
    with services.database.unit_of_work() as uow:
        stored = uow.session.scalar(
            select(OfficerAccount.password_hash).where(OfficerAccount.username == "officer")
        )
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "account"))
        text = " ".join(f"{e.before} {e.after}" for e in events)
    assert stored is not None
    assert stored.startswith("$argon2id$")
    for secret in (PASSWORD, "a brand new secret", "another secret 2", stored):
        assert secret not in text
    assert '"password"' in text  # the field's name is kept: a password was changed, by whom


def test_the_idle_lock_time_is_a_setting(services: Services) -> None:
    assert services.accounts.registry.idle_minutes() == 10
    services.accounts.registry.set_idle_minutes(3)
    assert services.accounts.registry.idle_minutes() == 3
    with pytest.raises(ValidationError):
        services.accounts.registry.set_idle_minutes(-1)
