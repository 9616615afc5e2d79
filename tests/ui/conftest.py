"""UI test fixtures: `marking`, a translator that marks every text of Qt's "messages" context."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication


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
