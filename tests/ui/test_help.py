"""The user guide opens inside the application, offline, and says so plainly if it is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
