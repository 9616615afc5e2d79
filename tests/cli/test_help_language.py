"""``--help`` in the language of ``--lang``: our texts and argparse's own words."""

from __future__ import annotations

import pytest

from diaspora_desk.cli.main import main


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_the_main_help_is_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(["--lang", "es", "--help"], capsys)
    assert text.startswith("uso: diaspora-desk")
    assert "argumentos posicionales:" in text
    assert "opciones:" in text
    assert "muestra este mensaje de ayuda y sale" in text
    assert "importar registros desde CSV o XLSX" in text
    assert "options:" not in text
    assert "show this help message" not in text


def test_a_command_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(["--lang", "fr", "import", "--help"], capsys)
    assert text.startswith("utilisation : diaspora-desk import")
    assert "arguments positionnels:" in text
    assert "affiche ce message d'aide et quitte" in text
    assert "vérifie chaque ligne, n'écrit rien" in text
    assert "check every row" not in text


def test_the_command_groups_help_follows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert "motif (conservé dans le journal d'audit)" in _help(
        ["--lang", "fr", "people", "erase", "--help"], capsys
    )
    assert "import: filas rechazadas y el motivo" in _help(["--lang", "es", "partners", "--help"], capsys)
    assert "un objeto JSON por evento" in _help(["--lang", "es", "events", "list", "--help"], capsys)
    assert "eventos con el número de inscripciones y de asistentes" in _help(
        ["--lang", "es", "events", "--help"], capsys
    )


def test_usage_errors_are_translated_and_english_comes_back(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "es", "report"])
    assert "error: los siguientes argumentos son obligatorios: kind, --out" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # the command's own checks speak the officer's language too
        main(
            [
                "--lang",
                "fr",
                "report",
                "briefing",
                "--out",
                "b.pdf",
                "--from",
                "2026-12-01",
                "--to",
                "2026-01-01",
            ]
        )
    assert "--to est antérieur à --from" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "es", "visits", "plan", "--radius-km", "lejos"])
    assert "'lejos' no es un número" in capsys.readouterr().err
    assert _help(["--help"], capsys).startswith("usage: diaspora-desk")
