"""argon2 hashes: a password verifies, another does not, a damaged hash is a plain no."""

from __future__ import annotations

from diaspora_desk.services.accounts.passwords import Passwords


def test_a_hash_verifies_its_password_only() -> None:
    passwords = Passwords()
    stored = passwords.hash("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert "correct" not in stored
    assert passwords.verify(stored, "correct horse battery")
    assert not passwords.verify(stored, "Correct horse battery")
    assert not passwords.verify("not a hash", "correct horse battery")
    assert not passwords.needs_rehash(stored)
