"""Signing in: the argon2 check, the lockout after repeated failures, the audit of both."""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.account_models import OfficerAccount
from diaspora_desk.db.engine import Database
from diaspora_desk.domain.accounts import LOCK_FOR, MAX_FAILURES, AccountRecord, Role
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.services.accounts.passwords import Passwords
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock


class SignInError(KnownError):
    """A wrong username or password, a locked or a disabled account."""


def fold_username(username: str) -> str:
    return username.strip().casefold()


def account_record(account: OfficerAccount) -> AccountRecord:
    return AccountRecord(
        id=account.id,
        username=account.username,
        display_name=account.display_name,
        role=Role(account.role),
        active=account.active,
        failed_attempts=account.failed_attempts,
        locked_until=account.locked_until,
        created_at=account.created_at,
        last_sign_in=account.last_sign_in,
    )


def find_account(session: Session, username: str) -> OfficerAccount | None:
    return session.scalar(select(OfficerAccount).where(OfficerAccount.username == fold_username(username)))


def count_accounts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(OfficerAccount)) or 0)


def _record(
    session: Session,
    account: OfficerAccount,
    action: AuditAction,
    now: dt.datetime,
    after: dict[str, str] | None = None,
) -> None:
    record_event(
        session,
        officer=account.display_name,
        action=action,
        entity_type="account",
        entity_id=account.id,
        after=after,
        at=now,
    )


def _locked(minutes: int) -> SignInError:
    return SignInError(
        msg("Too many wrong passwords: this account is locked for {minutes} minutes.", minutes=minutes)
    )


def authenticate(
    database: Database, clock: Clock, passwords: Passwords, username: str, password: str
) -> AccountRecord:
    """The account of ``username`` when ``password`` is its password; else a plain `SignInError`.

    A wrong password counts; the fifth in a row locks the account for 15 minutes. A locked
    account is refused without checking the password (so guessing gains nothing).
    """
    wrong = SignInError(msg("Wrong username or password."))
    with database.unit_of_work(write=True) as uow:
        session = uow.session
        account = find_account(session, username)
        now = clock.now()
        if account is None:
            raise wrong
        if not account.active:
            raise SignInError(msg("This account is disabled; ask an administrator."))
        if account.locked_until is not None and account.locked_until > now:
            # Minutes left, not a time of day: the clock is UTC, the officer's day is not.
            raise _locked(math.ceil((account.locked_until - now).total_seconds() / 60))
        if not passwords.verify(account.password_hash, password):
            account.failed_attempts += 1
            locked = account.failed_attempts >= MAX_FAILURES
            if locked:
                account.locked_until = now + LOCK_FOR
                account.failed_attempts = 0
            _record(session, account, AuditAction.SIGN_IN_FAILED, now, {"status": "locked" if locked else ""})
            uow.commit()
            if locked:
                raise _locked(int(LOCK_FOR.total_seconds() // 60))
            raise wrong
        account.failed_attempts = 0
        account.locked_until = None
        account.last_sign_in = now
        if passwords.needs_rehash(account.password_hash):
            account.password_hash = passwords.hash(password)
        _record(session, account, AuditAction.SIGN_IN, now)
        uow.commit()
        return account_record(account)
