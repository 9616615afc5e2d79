"""A placeholder page says what will come there, and shows no made-up data."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.placeholder import PlaceholderPage


def test_the_page_shows_its_title_and_text(qtbot: QtBot) -> None:
    page = PlaceholderPage("Partners", "Partner organisations will be listed here.")
    qtbot.addWidget(page)
    label = page.findChild(QLabel, "placeholderText")
    assert label is not None
    assert "<h2>Partners</h2>" in label.text()
    assert "Partner organisations will be listed here." in label.text()
    assert len(page.findChildren(QLabel)) == 1
