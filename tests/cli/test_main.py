"""The global --lang: messages and reports in Spanish or French, wherever the option stands."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from diaspora_desk import i18n
from diaspora_desk.cli.main import main, take_language


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_lang_is_taken_wherever_it_stands() -> None:
    assert take_language(["--lang", "es", "report", "skills"]) == ("es", ["report", "skills"])
    assert take_language(["report", "skills", "--lang=fr"]) == ("fr", ["report", "skills"])
    assert take_language(["report", "skills"]) == (None, ["report", "skills"])


def test_reports_and_messages_follow_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "desk.sqlite"
    assert main(["demo", "--db", str(db), "--associations", "3"]) == 0
    out = tmp_path / "perfil.pdf"
    assert main(["--lang", "es", "report", "association", "1", "--db", str(db), "--out", str(out)]) == 0
    text = _pdf_text(out)
    assert "CONFIDENCIAL" in text
    assert "Perfil de la asociación" in text
    capsys.readouterr()
    assert main(["report", "association", "999", "--db", str(db), "--out", str(out), "--lang", "fr"]) == 1
    assert "Il n'existe aucune association portant l'identifiant 999." in capsys.readouterr().err
    # The same command without --lang: English again (the conftest pins the environment to en).
    assert main(["report", "association", "999", "--db", str(db), "--out", str(out)]) == 1
    assert "There is no association with id 999." in capsys.readouterr().err


def test_an_unshipped_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "de", "campaigns", "list", "--db", "x.sqlite"])
    assert exit_info.value.code == 2
    assert "--lang" in capsys.readouterr().err
