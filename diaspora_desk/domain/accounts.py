"""Officer accounts: roles, the actions each role is granted (one table), the password rule.

Pure: the services check grants (``services/accounts/session.py``), the UI hides what is not
granted; both read `GRANTS`. The table is documented in docs/accounts.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.errors import KnownError, Message, msg

# Sign-in: an account locks after this many failed passwords in a row, for this long.
MAX_FAILURES = 5
LOCK_FOR = dt.timedelta(minutes=15)
MIN_PASSWORD = 10
# The window locks after this many minutes without keyboard or mouse input (a setting).
DEFAULT_IDLE_MINUTES = 10


class Role(StrEnum):
    VIEWER = "viewer"
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Grant(StrEnum):
    """An action a role may be granted; checked in the service that does it."""

    EDIT_RECORDS = "edit_records"  # create, edit, archive and import records (people, associations ...)
    LEGAL_STATUS = "legal_status"  # read the sensitive field (and export it)
    EXPORT_PEOPLE = "export_people"
    EXPORT_ASSOCIATIONS = "export_associations"
    EXPORT_DELIVERIES = "export_deliveries"  # campaign SMS/e-mail/letter files, reminders
    EXPORT_AUDIT = "export_audit"
    EXPORT_MATCHES = "export_matches"  # match output leaving the app
    PERSONAL_REPORTS = "personal_reports"  # person record, slips, day schedules, shortlists
    MERGE = "merge"
    ERASE = "erase"  # erase or anonymise, the retention rule
    CONSENT_OVERRIDE = "consent_override"  # give or withdraw consent on a person's behalf
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    BACKUPS = "backups"  # back up and restore


_OFFICER = frozenset(
    {
        Grant.EDIT_RECORDS,
        Grant.EXPORT_ASSOCIATIONS,
        Grant.EXPORT_DELIVERIES,
        Grant.EXPORT_MATCHES,
        Grant.PERSONAL_REPORTS,
        Grant.CONSENT_OVERRIDE,
    }
)
_SUPERVISOR = _OFFICER | {
    Grant.LEGAL_STATUS,
    Grant.EXPORT_PEOPLE,
    Grant.EXPORT_AUDIT,
    Grant.MERGE,
    Grant.ERASE,
}
GRANTS: dict[Role, frozenset[Grant]] = {
    Role.VIEWER: frozenset(),
    Role.OFFICER: _OFFICER,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(Grant),
}

ROLE_LABELS: dict[Role, Message] = {
    Role.VIEWER: msg("Viewer"),
    Role.OFFICER: msg("Officer"),
    Role.SUPERVISOR: msg("Supervisor"),
    Role.ADMINISTRATOR: msg("Administrator"),
}

GRANT_LABELS: dict[Grant, Message] = {
    Grant.EDIT_RECORDS: msg("create, edit, archive or import records"),
    Grant.LEGAL_STATUS: msg("view the legal status"),
    Grant.EXPORT_PEOPLE: msg("export people"),
    Grant.EXPORT_ASSOCIATIONS: msg("export associations"),
    Grant.EXPORT_DELIVERIES: msg("export campaign deliveries and reminders"),
    Grant.EXPORT_AUDIT: msg("export the audit trail"),
    Grant.EXPORT_MATCHES: msg("export match results"),
    Grant.PERSONAL_REPORTS: msg("print reports that name people"),
    Grant.MERGE: msg("merge people"),
    Grant.ERASE: msg("erase or anonymise people"),
    Grant.CONSENT_OVERRIDE: msg("record consent on a person's behalf"),
    Grant.SETTINGS: msg("change the settings"),
    Grant.ACCOUNTS: msg("manage accounts"),
    Grant.BACKUPS: msg("back up and restore"),
}


def allowed(role: Role, grant: Grant) -> bool:
    return grant in GRANTS[role]


class PermissionDenied(KnownError):
    """The signed-in account (or nobody) may not do this."""


def denied(role: Role | None, grant: Grant) -> PermissionDenied:
    if role is None:
        return PermissionDenied(msg("Sign in first: this database has officer accounts."))
    return PermissionDenied(
        msg(
            "Your role ({role}) may not {action}; ask an administrator.",
            role=ROLE_LABELS[role],
            action=GRANT_LABELS[grant],
        )
    )


def password_problem(password: str) -> Message | None:
    """Why ``password`` is not acceptable for an account, or None."""
    if len(password) < MIN_PASSWORD:
        return msg("use at least {n} characters", n=MIN_PASSWORD)
    if password.strip() != password:
        return msg("must not start or end with a space")
    return None


@dataclass(frozen=True, slots=True)
class AccountRecord:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None
    created_at: dt.datetime
    last_sign_in: dt.datetime | None

    def locked_at(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now
