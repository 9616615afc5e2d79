"""UI test fixtures: `marking`, a translator that marks every text of Qt's "messages" context;
cycles collected on the GUI thread only during every UI test, as in the application."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from diaspora_desk.ui.collector import GuiThreadCollector


class _Marking(QTranslator):
    """Marks every "messages" text so a test can see it was translated."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"<{source}>" if context == "messages" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = _Marking()
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """A widget left in a reference cycle by one test must not be freed by a worker thread of the
    next (Qt crashes when a widget is destroyed off the GUI thread): the application's collector."""
    collector = GuiThreadCollector()
    yield
    collector.collect_if_due()
    collector.stop()
    collector.deleteLater()
