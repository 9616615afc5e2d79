"""``accounts list|add|role|reset|disable`` and the global ``--user`` on real runs of the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.cli.main import main

SECRET = "correct horse battery"


@pytest.fixture
def accounts_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small demo database whose first account, the administrator "ana", was added by the CLI."""
    path = tmp_path / "desk.sqlite"
    assert main(["demo", "--db", str(path), "--associations", "3", "--seed", "2"]) == 0
    monkeypatch.setenv("DIASPORA_DESK_NEW_PASSWORD", SECRET)
    assert (
        main(["accounts", "add", "ana", "--name", "Ana Admin", "--role", "administrator", "--db", str(path)])
        == 0
    )
    return path


def test_the_first_administrator_then_commands_need_user(
    accounts_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "people.csv"
    capsys.readouterr()
    assert main(["export", "people", "--out", str(out), "--db", str(accounts_db)]) == 1
    assert "has officer accounts: give --user NAME" in capsys.readouterr().err
    monkeypatch.setenv("DIASPORA_DESK_PASSWORD", "not the password")
    assert main(["--user", "ana", "export", "people", "--out", str(out), "--db", str(accounts_db)]) == 1
    assert capsys.readouterr().err == "diaspora-desk: Wrong username or password.\n"
    assert not out.exists()
    monkeypatch.setenv("DIASPORA_DESK_PASSWORD", SECRET)
    assert main(["export", "people", "--out", str(out), "--db", str(accounts_db), "--user", "ana"]) == 0
    assert out.exists()
    assert main(["audit", "list", "--limit", "1", "--db", str(accounts_db), "--user=ana"]) == 0
    assert "Ana Admin" in capsys.readouterr().out.splitlines()[-2]
    copy = tmp_path / "copy.sqlite"
    assert main(["db", "backup", "--to", str(copy), "--db", str(accounts_db), "--user", "ana"]) == 0
    capsys.readouterr()
    assert main(["audit", "list", "--action", "backup", "--db", str(accounts_db), "--user", "ana"]) == 0
    assert "Ana Admin" in capsys.readouterr().out.splitlines()[0]


def test_roles_reset_and_disable(
    accounts_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(accounts_db)]
    monkeypatch.setenv("DIASPORA_DESK_PASSWORD", SECRET)
    assert (
        main(["accounts", "add", "vic", "--name", "Vic Viewer", "--role", "viewer", *db, "--user", "ana"])
        == 0
    )
    password_file = tmp_path / "vic.txt"
    password_file.write_text(SECRET + "\n", encoding="utf-8")
    as_vic = ["--user", "vic", "--password-file", str(password_file)]
    out = tmp_path / "people.csv"
    capsys.readouterr()
    assert main(["export", "people", "--out", str(out), *db, *as_vic]) == 1
    assert "Your role (Viewer) may not export people" in capsys.readouterr().err
    assert main(["db", "backup", "--to", str(tmp_path / "copy.sqlite"), *db, *as_vic]) == 1
    assert not (tmp_path / "copy.sqlite").exists()
    assert main(["accounts", "list", *db, *as_vic]) == 1
    assert main(["accounts", "role", "vic", "supervisor", *db, "--user", "ana"]) == 0
    assert main(["export", "people", "--out", str(out), *db, *as_vic]) == 0
    monkeypatch.setenv("DIASPORA_DESK_NEW_PASSWORD", "another long secret")
    assert main(["accounts", "reset", "vic", *db, "--user", "ana"]) == 0
    assert main(["accounts", "list", *db, *as_vic]) == 1  # the old password no longer works
    assert main(["accounts", "disable", "vic", *db, "--user", "ana"]) == 0
    capsys.readouterr()
    assert main(["accounts", "list", *db, "--user", "ana"]) == 0
    listing = capsys.readouterr().out
    assert "vic" in listing
    assert "disabled" in listing
    assert main(["accounts", "disable", "ana", *db, "--user", "ana"]) == 1
    assert "one active administrator must remain" in capsys.readouterr().err


def test_user_on_a_database_without_accounts_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.sqlite"
    assert main(["demo", "--db", str(path), "--associations", "2"]) == 0
    assert main(["visits", "list", "--db", str(path), "--user", "ana"]) == 1
    assert "no accounts yet" in capsys.readouterr().err
