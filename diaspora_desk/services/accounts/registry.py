"""Officer accounts: create, change role, reset or change a password, disable; the idle lock time.

Every change is audited with the account's id and the fields it touched, never a password or
its hash. At least one active administrator always remains. The first account of a database
must be an administrator, and may be created by anyone (that is how accounts start).
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.account_models import OfficerAccount
from diaspora_desk.db.engine import Database
from diaspora_desk.domain.accounts import DEFAULT_IDLE_MINUTES, AccountRecord, Grant, Role, password_problem
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, NotFoundError, ValidationError, msg
from diaspora_desk.domain.text import clean_text
from diaspora_desk.services.accounts.authentication import account_record, count_accounts, fold_username
from diaspora_desk.services.accounts.passwords import Passwords
from diaspora_desk.services.accounts.session import SignedIn
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import read_setting, write_setting

IDLE_MINUTES_KEY = "idle_lock_minutes"
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def _last_admin_left(session: Session, account: OfficerAccount) -> bool:
    """Whether ``account`` is the only active administrator."""
    if account.role != Role.ADMINISTRATOR or not account.active:
        return False
    others = session.scalar(
        select(func.count()).where(
            OfficerAccount.role == Role.ADMINISTRATOR.value,
            OfficerAccount.active.is_(True),
            OfficerAccount.id != account.id,
        )
    )
    return not others


def _validate(username: str, display_name: str, password: str) -> None:
    errors: dict[str, str] = {}
    if not _USERNAME.fullmatch(username):
        errors["username"] = msg("2 to 64 letters a-z, digits, dots, dashes or underscores")
    if not display_name:
        errors["display_name"] = msg("is required")
    elif len(display_name) > 200:
        errors["display_name"] = msg("is longer than {limit} characters", limit=200)
    if (problem := password_problem(password)) is not None:
        errors["password"] = problem
    if errors:
        raise ValidationError(errors)


class AccountService:
    """The accounts of the open database, for administrators (grant ``accounts``)."""

    def __init__(self, database: Database, clock: Clock, signed_in: SignedIn, passwords: Passwords) -> None:
        self._db = database
        self._clock = clock
        self._signed_in = signed_in
        self._passwords = passwords

    def list(self) -> list[AccountRecord]:
        self._signed_in.require(Grant.ACCOUNTS)
        with self._db.unit_of_work() as uow:
            rows = uow.session.scalars(select(OfficerAccount).order_by(OfficerAccount.username))
            return [account_record(row) for row in rows]

    def create(self, username: str, display_name: str, role: Role, password: str) -> AccountRecord:
        """A new account. The first one must be an administrator, and its creator acts as it."""
        name, display = fold_username(username), clean_text(display_name)
        _validate(name, display, password)
        hashed = self._passwords.hash(password)
        if self._signed_in.accounts_exist():
            self._signed_in.require(Grant.ACCOUNTS)  # before the write: nothing happens when refused
        with self._db.unit_of_work(write=True) as uow:
            first = count_accounts(uow.session) == 0
            if first and role is not Role.ADMINISTRATOR:
                raise KnownError(msg("The first account must be an administrator."))
            if not first:
                self._signed_in.require(Grant.ACCOUNTS)
            if uow.session.scalar(select(OfficerAccount.id).where(OfficerAccount.username == name)):
                raise ValidationError({"username": msg("is taken by another account")})
            account = OfficerAccount(
                username=name, display_name=display, role=role.value, password_hash=hashed, failed_attempts=0,
                active=True, created_at=self._clock.now(),
            )  # fmt: skip
            uow.session.add(account)
            uow.session.flush()
            self._audit(uow.session, AuditAction.CREATE, account.id, {"role": role.value})
            uow.commit()
            created = account_record(account)
        if first:
            self._signed_in.act_as(created.id)
        return created

    def change_role(self, account_id: int, role: Role) -> AccountRecord:
        self._signed_in.require(Grant.ACCOUNTS)
        with self._db.unit_of_work(write=True) as uow:
            account = self._load(uow.session, account_id)
            if role is not Role.ADMINISTRATOR and _last_admin_left(uow.session, account):
                raise KnownError(msg("At least one active administrator must remain."))
            before = account.role
            account.role = role.value
            self._audit(uow.session, AuditAction.UPDATE, account_id, {"role": role.value}, {"role": before})
            uow.commit()
            return account_record(account)

    def reset_password(self, account_id: int, password: str) -> None:
        """An administrator sets a new password; the lockout is lifted."""
        self._signed_in.require(Grant.ACCOUNTS)
        self._set_password(account_id, password)

    def change_password(self, old: str, new: str) -> None:
        """The signed-in officer changes their own password (the old one is checked)."""
        account = self._signed_in.account
        if account is None:
            raise KnownError(msg("Sign in first: this database has officer accounts."))
        self._signed_in.sign_in(account.username, old)
        self._set_password(account.id, new)

    def disable(self, account_id: int) -> AccountRecord:
        self._signed_in.require(Grant.ACCOUNTS)
        with self._db.unit_of_work(write=True) as uow:
            account = self._load(uow.session, account_id)
            if _last_admin_left(uow.session, account):
                raise KnownError(msg("At least one active administrator must remain."))
            account.active = False
            self._audit(uow.session, AuditAction.ARCHIVE, account_id, {"active": False})
            uow.commit()
            return account_record(account)

    def idle_minutes(self) -> int:
        """Minutes without input before the window locks (0: never)."""
        with self._db.unit_of_work() as uow:
            value = read_setting(uow.session, IDLE_MINUTES_KEY)
        return int(value) if value.isdigit() else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        self._signed_in.require(Grant.SETTINGS)
        if not 0 <= minutes <= 24 * 60:
            raise ValidationError({"idle_minutes": msg("must be between 0 and 1440")})
        with self._db.unit_of_work(write=True) as uow:
            write_setting(uow.session, IDLE_MINUTES_KEY, str(minutes))
            self._audit(uow.session, AuditAction.SETTINGS, "idle_lock", {"idle_lock_minutes": minutes})
            uow.commit()

    def _set_password(self, account_id: int, password: str) -> None:
        if (problem := password_problem(password)) is not None:
            raise ValidationError({"password": problem})
        hashed = self._passwords.hash(password)
        with self._db.unit_of_work(write=True) as uow:
            account = self._load(uow.session, account_id)
            account.password_hash = hashed
            account.failed_attempts = 0
            account.locked_until = None
            self._audit(uow.session, AuditAction.UPDATE, account_id, {"password": True})
            uow.commit()

    def _load(self, session: Session, account_id: int) -> OfficerAccount:
        account = session.get(OfficerAccount, account_id)
        if account is None:
            raise NotFoundError(msg("There is no account {account_id}.", account_id=account_id))
        return account

    def _audit(
        self, session: Session, action: AuditAction, account_id: object, after: object, before: object = None
    ) -> None:
        record_event(
            session,
            before=before,
            officer=self._signed_in.officer(),
            action=action,
            entity_type="account",
            entity_id=account_id,
            after=after,
            at=self._clock.now(),
        )
