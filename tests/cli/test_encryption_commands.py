"""``db encrypt``, ``db rekey``, and backups of an encrypted database through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.common import encryption
from diaspora_desk.services.composition import open_services
from tests.database_copies import DatabaseCopies

PASSPHRASE = "a passphrase for tests only"
HEADER = b"SQLite format 3\x00"


def _people(path: Path, passphrase: str | None) -> tuple[int, str]:
    """How many people, and the last word of person 1's name (if still there)."""
    encryption.set_passphrase(passphrase)
    services = open_services(path)
    try:
        count = services.people.registry.count(PeopleQuery())
        first = [p.name for p in services.people.registry.page(PeopleQuery(), 0, 100) if p.id == 1]
        return count, (first[0].split()[-1] if first else "")
    finally:
        services.close()
        encryption.set_passphrase(None)


def _plain_demo(path: Path) -> None:
    assert main(["--no-encryption", "demo", "--db", str(path), "--associations", "2", "--people", "8"]) == 0


@pytest.fixture
def plain_db(tmp_path: Path, database_copies: DatabaseCopies) -> Path:
    """A copy of a plaintext demo the CLI made once for this process."""
    path = tmp_path / "desk.sqlite"
    if not database_copies.place("cli-demo-2-8", _plain_demo, path):
        _plain_demo(path)
    return path


def test_db_encrypt_converts_in_place_and_the_data_survives(
    plain_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _people(plain_db, None)
    capsys.readouterr()
    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", "--db", str(plain_db)]) == 0
    out = capsys.readouterr().out
    assert "is encrypted" in out
    data = plain_db.read_bytes()
    assert data[:16] != HEADER
    assert before[1].encode() not in data
    assert _people(plain_db, PASSPHRASE) == before
    backups = list(plain_db.parent.glob("desk.*.before-encryption.sqlite"))
    assert len(backups) == 1
    assert backups[0].read_bytes()[:16] != HEADER

    again = plain_db.read_bytes()
    assert main(["db", "encrypt", "--db", str(plain_db)]) == 1
    assert "already encrypted" in capsys.readouterr().err
    assert plain_db.read_bytes() == again


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(
    plain_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", "--db", str(plain_db)]) == 0
    count, name = _people(plain_db, PASSPHRASE)
    copy = tmp_path / "copies" / "copy.sqlite"
    assert main(["db", "backup", "--db", str(plain_db), "--to", str(copy)]) == 0
    data = copy.read_bytes()
    assert data[:16] != HEADER
    assert name.encode() not in data
    assert main(["people", "erase", "1", "--db", str(plain_db), "--reason", "asked in person"]) == 0
    assert _people(plain_db, PASSPHRASE)[0] == count - 1
    capsys.readouterr()

    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", "not the right passphrase")
    assert main(["db", "restore", str(copy), "--db", str(plain_db)]) == 1
    assert "passphrase does not open" in capsys.readouterr().err
    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["db", "restore", str(copy), "--db", str(plain_db)]) == 0
    assert _people(plain_db, PASSPHRASE)[0] == count


def test_db_rekey_changes_the_passphrase(
    plain_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", "--db", str(plain_db)]) == 0
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n", encoding="utf-8")
    assert main(["db", "rekey", "--db", str(plain_db), "--new-passphrase-file", str(new)]) == 0
    assert "passphrase changed" in capsys.readouterr().out
    assert not encryption.check_passphrase(plain_db, PASSPHRASE)
    assert encryption.check_passphrase(plain_db, "a brand new passphrase")
    assert main(["db", "rekey", "--db", str(plain_db), "--new-passphrase-file", str(new)]) == 1
    assert "does not open" in capsys.readouterr().err
