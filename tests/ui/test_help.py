"""The user guide opens inside the application, offline, and says so plainly if it is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk import i18n
from diaspora_desk.ui import help as user_help
from diaspora_desk.ui.help import GUIDE, UserGuideDialog


def test_the_guide_is_shown_from_the_file_shipped_with_the_application(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    first_heading = next(
        line.lstrip("# ").strip()
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    assert first_heading in dialog.browser.toPlainText()
    assert dialog.width() <= 1366
    assert dialog.height() <= 768


def test_a_missing_guide_is_named(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(user_help, "GUIDE", tmp_path / "missing.md")
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert "could not be found" in dialog.browser.toPlainText()
    assert "missing.md" in dialog.browser.toPlainText()


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.set_language("es")
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.mark.usefixtures("spanish")
def test_the_spanish_window_opens_the_spanish_guide(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Diaspora Desk — guía del usuario" in text
    assert "Consentimiento por finalidad" in text
    assert "Moving around" not in text


@pytest.mark.usefixtures("spanish")
def test_a_language_without_its_guide_gets_the_english_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    english = tmp_path / "user-guide.md"
    english.write_text("# The English guide\n", encoding="utf-8")
    monkeypatch.setattr(user_help, "GUIDE", english)
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert "The English guide" in dialog.browser.toPlainText()


def test_french_and_spanish_guides_have_every_section_of_the_english_one() -> None:
    def headings(path: Path) -> int:
        return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))

    for language in ("es", "fr"):
        path = user_help.guide_path(language)
        assert path.name == f"user-guide.{language}.md"
        assert headings(path) == headings(GUIDE)
