"""Accounts: officers who sign in, their roles, and who is signed in now.

`Accounts` groups its use cases:
- `registry`: list, create, change role, reset or change a password, disable (`AccountRecord`s);
  the idle-lock time. Only administrators, except the very first account (an administrator).
- `session`: the signed-in account (`SignedIn`): sign in (argon2, lockout after 5 failures for
  15 minutes), confirm the password at the idle lock, sign out; `officer()` for the audit and
  `can`/`require` for grants. Every service receives this same object as its officer.
See docs/accounts.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.accounts.registry import AccountService
from diaspora_desk.services.accounts.session import SignedIn


@dataclass(frozen=True, slots=True)
class Accounts:
    registry: AccountService
    session: SignedIn
