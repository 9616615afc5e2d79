"""Password hashing with argon2id (``argon2-cffi``): hash, verify, and rehash when the cost rises."""

from __future__ import annotations

from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults (RFC 9106 "low memory": 3 passes, 64 MiB). Tests lower them.
COST: dict[str, Any] = {}


class Passwords:
    """Hashes and checks passwords; never keeps or logs a password."""

    def __init__(self) -> None:
        self._hasher = PasswordHasher(**COST)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
