"""Commands that read a database never make one, and a demo that fails leaves no file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.domain.errors import KnownError


@pytest.mark.parametrize(
    "command",
    [
        ["export", "people", "--out", "people.csv"],
        ["export", "visits", "--ics", "visits.ics"],
        ["visits", "list"],
        ["report", "skills", "--out", "skills.pdf"],
        ["campaigns", "list"],
    ],
)
def test_an_empty_file_is_not_turned_into_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    outputs = [str(tmp_path / a) if "." in a and not a.startswith("-") else a for a in command]
    assert main([*outputs, "--db", str(path)]) == 1
    assert "is an empty file (0 bytes), not a Diaspora Desk database" in capsys.readouterr().err
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_a_failed_demo_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise KnownError("The disk is full. Free some space; nothing was saved from this change.")

    monkeypatch.setattr("diaspora_desk.services.demo.visits.build_full_demo", fail)
    path = tmp_path / "demo.sqlite"
    assert main(["--no-encryption", "demo", "--db", str(path)]) == 1
    assert "disk is full" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_failed_demo_leaves_an_existing_database_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["--no-encryption", "demo", "--db", str(path), "--associations", "2"]) == 0
    size = path.stat().st_size
    assert main(["--no-encryption", "demo", "--db", str(path), "--associations", "2"]) == 1
    assert "already holds associations" in capsys.readouterr().err
    assert path.stat().st_size == size
