from __future__ import annotations

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.common import encryption
from diaspora_desk.services.composition import Services, open_services

PASSPHRASE = "a passphrase for tests only"


def test_a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() -> None:
    assert encryption.passphrase_problem("short", "short") == "The passphrase needs at least 10 characters."
    assert encryption.passphrase_problem(PASSPHRASE, PASSPHRASE + " ") == "The two passphrases differ."
    assert encryption.passphrase_problem(PASSPHRASE, PASSPHRASE) is None


def test_encrypting_keeps_the_data_and_names_the_plaintext_copies_left(services: Services) -> None:
    club = services.associations.registry.create(
        AssociationDraft(name="Club Uno", country="US", city="Fresno")
    )
    old_backup = services.trust.backups.back_up().path  # made before: still in plaintext
    path = services.database_path
    services.close()
    with pytest.raises(KnownError, match="at least 10 characters"):
        encryption.encrypt_database(path, "short")
    done = encryption.encrypt_database(path, PASSPHRASE)
    assert encryption.is_encrypted(path)
    assert encryption.is_encrypted(done.backup)
    assert done.plaintext_copies == (old_backup,)
    encryption.set_passphrase(PASSPHRASE)
    reopened = open_services(path)
    try:
        assert reopened.associations.registry.get(club.id).name == "Club Uno"
    finally:
        reopened.close()
    encryption.change_passphrase(path, PASSPHRASE, "another long passphrase")
    assert encryption.check_passphrase(path, "another long passphrase")
    assert not encryption.check_passphrase(path, PASSPHRASE)
