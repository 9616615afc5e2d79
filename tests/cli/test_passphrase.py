from __future__ import annotations

import stat
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.cli.passphrase import Options, take_options
from diaspora_desk.services.common import encryption
from diaspora_desk.services.composition import open_services

PASSPHRASE = "a passphrase for tests only"
HEADER = b"SQLite format 3\x00"


def _demo(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["demo", "--db", str(path), "--associations", "3", "--people", "12"]) == 0


def _a_family_name(path: Path) -> str:
    """A generated person's family name, read through the services with the passphrase."""
    encryption.set_passphrase(PASSPHRASE)
    services = open_services(path)
    try:
        return services.people.registry.get(1).family_name
    finally:
        services.close()
        encryption.set_passphrase(None)


def test_the_options_are_taken_wherever_they_are() -> None:
    options, rest = take_options(
        ["db", "check", "--passphrase-file", "p.txt", "--db", "x", "--no-encryption"]
    )
    assert options == Options(Path("p.txt"), no_encryption=True)
    assert rest == ["db", "check", "--db", "x"]
    assert take_options(["--passphrase-file=q"])[0].passphrase_file == Path("q")


def test_a_new_database_from_the_variable_is_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    _demo(path, monkeypatch)
    name = _a_family_name(path).encode()
    assert path.read_bytes()[:16] != HEADER
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            assert name not in file.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_wrong_passphrase_is_one_line_exit_1_and_the_file_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite"
    _demo(path, monkeypatch)
    capsys.readouterr()
    before = path.read_bytes()
    monkeypatch.setenv("DIASPORA_DESK_PASSPHRASE", "not the right passphrase")
    assert main(["visits", "list", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "The passphrase does not open" in err
    assert path.read_bytes() == before


def test_the_passphrase_file_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite"
    _demo(path, monkeypatch)
    monkeypatch.delenv("DIASPORA_DESK_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["db", "check", "--db", str(path), "--passphrase-file", str(secret)]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    assert main(["db", "check", "--db", str(path)]) == 1  # no passphrase at all (not a terminal)
    assert "is encrypted" in capsys.readouterr().err
    assert main(["--passphrase-file", str(tmp_path / "missing.txt"), "db", "check", "--db", str(path)]) == 1
    assert "Cannot read the passphrase file" in capsys.readouterr().err


def test_a_new_database_without_a_passphrase_is_refused_unless_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DIASPORA_DESK_PASSPHRASE", raising=False)
    path = tmp_path / "desk.sqlite"
    assert main(["demo", "--db", str(path), "--associations", "2"]) == 1
    assert "--no-encryption" in capsys.readouterr().err
    assert not path.exists()
    assert main(["--no-encryption", "demo", "--db", str(path), "--associations", "2"]) == 0
    assert path.read_bytes()[:16] == HEADER


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_new_passphrase_is_asked_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DIASPORA_DESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal())
    typed = iter([PASSPHRASE, PASSPHRASE + " typo"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(typed))
    path = tmp_path / "desk.sqlite"
    assert main(["demo", "--db", str(path), "--associations", "1"]) == 1
    err = capsys.readouterr().err
    assert "cannot be recovered" in err
    assert "The two passphrases differ." in err
    assert not path.exists()
    typed = iter([PASSPHRASE, PASSPHRASE])
    assert main(["demo", "--db", str(path), "--associations", "1"]) == 0
    assert encryption.check_passphrase(path, PASSPHRASE)
