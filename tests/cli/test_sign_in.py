"""Where the CLI's password comes from: the file, the environment, else a plain refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.cli.sign_in import Credentials, read_password, take_credentials
from diaspora_desk.domain.errors import KnownError


def test_user_and_password_file_are_taken_wherever_they_are() -> None:
    credentials, rest = take_credentials(["export", "--user", "ana", "people", "--password-file=pw.txt"])
    assert credentials == Credentials("ana", Path("pw.txt"))
    assert rest == ["export", "people"]


def test_the_file_comes_before_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIASPORA_DESK_PASSWORD", "from the environment")
    file = tmp_path / "pw.txt"
    file.write_text("from the file\nignored\n", encoding="utf-8")
    assert read_password(Credentials("ana", file)) == "from the file"
    assert read_password(Credentials("ana")) == "from the environment"
    with pytest.raises(KnownError, match="Cannot read a password"):
        read_password(Credentials("ana", tmp_path / "missing.txt"))


def test_no_password_without_a_terminal_is_a_plain_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIASPORA_DESK_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(KnownError, match="give --password-file FILE or set DIASPORA_DESK_PASSWORD"):
        read_password(Credentials("ana"))
