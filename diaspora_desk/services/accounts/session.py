"""Who is signed in: the officer the audit names and the grants every service checks.

One `SignedIn` is built per open database (``services/composition.py``) and handed to every
service as its ``officer`` callable, so the audit names the signed-in account. Services that do
a granted action call `require(self._officer, Grant.X)` before they open their unit of work:
nothing is read, written or exported when it is refused.

Compatibility: a database without any account runs as before accounts existed (the officer is
the name typed in Settings, every action allowed). Once the first administrator exists, sign-in
is required and grants are enforced; accounts are disabled, never deleted, so that stays so.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.account_models import OfficerAccount
from diaspora_desk.db.engine import Database
from diaspora_desk.domain.accounts import GRANTS, AccountRecord, Grant, Role, allowed, denied
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.services.accounts.authentication import account_record, authenticate, count_accounts
from diaspora_desk.services.accounts.passwords import Passwords
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import OFFICER_NAME, read_setting

EDIT_ACTIONS = frozenset(
    a.value
    for a in (
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.ARCHIVE,
        AuditAction.RESTORE,
        AuditAction.IMPORT,
    )
)


class SignedIn:
    """The signed-in account (or none); calling it gives the officer's name for the audit."""

    def __init__(self, database: Database, clock: Clock, passwords: Passwords) -> None:
        self._db = database
        self._clock = clock
        self._passwords = passwords
        self._account: AccountRecord | None = None
        self._accounts_exist = False
        database.commit_checks.append(self._check_commit)

    def __call__(self) -> str:
        return self.officer()

    def officer(self) -> str:
        """The name the audit records: the account's display name, else the one in Settings."""
        if self._account is not None:
            return self._account.display_name
        with self._db.unit_of_work() as uow:
            return read_setting(uow.session, OFFICER_NAME)

    @property
    def account(self) -> AccountRecord | None:
        return self._account

    def accounts_exist(self) -> bool:
        """Whether sign-in is required (once true it stays true: accounts are never deleted)."""
        if not self._accounts_exist:
            with self._db.unit_of_work() as uow:
                self._accounts_exist = count_accounts(uow.session) > 0
        return self._accounts_exist

    def role(self) -> Role | None:
        """The signed-in account's role as stored now (a change by an administrator counts at once)."""
        if self._account is None:
            return None
        with self._db.unit_of_work() as uow:
            row = uow.session.scalar(select(OfficerAccount).where(OfficerAccount.id == self._account.id))
            return Role(row.role) if row is not None and row.active else None

    def can(self, grant: Grant) -> bool:
        if not self.accounts_exist():
            return True
        role = self.role()
        return role is not None and allowed(role, grant)

    def granted(self) -> frozenset[Grant]:
        """What the signed-in account may do now (everything while the database has no accounts)."""
        if not self.accounts_exist():
            return frozenset(Grant)
        role = self.role()
        return GRANTS[role] if role is not None else frozenset()

    def require(self, grant: Grant) -> None:
        """Raise `PermissionDenied` (a plain message) unless the signed-in account has ``grant``."""
        if not self.accounts_exist():
            return
        role = self.role()
        if role is None or not allowed(role, grant):
            raise denied(role, grant)

    def require_in(self, session: Session, *grants: Grant) -> str:
        """`require` read in ``session``'s transaction (a report read in one snapshot); the
        officer's name for its audit. Raised before anything is written, it rolls back nothing."""
        if self._account is None:
            if count_accounts(session) > 0:
                raise denied(None, grants[0] if grants else Grant.SETTINGS)
            return read_setting(session, OFFICER_NAME)
        row = session.get(OfficerAccount, self._account.id)
        role = Role(row.role) if row is not None and row.active else None
        for grant in grants:
            if role is None or not allowed(role, grant):
                raise denied(role, grant)
        return self._account.display_name

    def _check_commit(self, session: Session, acts: set[tuple[str, str]]) -> None:
        """Creating, editing, archiving and importing records is a grant too, checked once for
        every service as the transaction commits (each such act writes an audit event). Accounts
        are left to the accounts service's own checks: the first administrator is created by
        nobody, and everyone may change their own password."""
        if any(action in EDIT_ACTIONS and entity != "account" for action, entity in acts):
            self.require_in(session, Grant.EDIT_RECORDS)

    def sign_in(self, username: str, password: str) -> AccountRecord:
        """Check the password (lockout, audit) and act as that account from now on."""
        self._account = authenticate(self._db, self._clock, self._passwords, username, password)
        self._accounts_exist = True
        return self._account

    def confirm(self, password: str) -> AccountRecord:
        """The signed-in officer types their password again (the idle lock); same lockout."""
        if self._account is None:
            raise denied(None, Grant.SETTINGS)
        return self.sign_in(self._account.username, password)

    def act_as(self, account_id: int) -> None:
        """Act as a just-created account without a password check (the first administrator)."""
        with self._db.unit_of_work() as uow:
            row = uow.session.get(OfficerAccount, account_id)
            self._account = account_record(row) if row is not None else None
        self._accounts_exist = self._accounts_exist or self._account is not None

    def sign_out(self) -> None:
        self._account = None


def require_in(officer: Callable[[], str], session: Session, *grants: Grant) -> str:
    """`SignedIn.require_in` when ``officer`` is the signed-in object; else its name."""
    if isinstance(officer, SignedIn):
        return officer.require_in(session, *grants)
    return officer()


def require(officer: Callable[[], str], grant: Grant) -> None:
    """`SignedIn.require` when ``officer`` is the signed-in object; a plain name allows all
    (services built by hand in tests, before accounts existed)."""
    if isinstance(officer, SignedIn):
        officer.require(grant)
