"""Help > About opens a dialog listing the version, the schema and every credit."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk import __version__
from diaspora_desk.services.common.about import CREDITS
from diaspora_desk.ui.about import AboutDialog


def test_about_lists_version_schema_and_credits(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.heading.text()
    assert "schema" in dialog.heading.text()
    items = [dialog.credits.item(row, 1) for row in range(dialog.credits.rowCount())]
    works = [item.text() if item else "" for item in items]
    assert works == [c.work for c in CREDITS]
    assert any("Noto" in w for w in works)
