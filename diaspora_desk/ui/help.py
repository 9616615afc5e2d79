"""The user guide, shown in the application (offline: it is a file shipped with it).

It is shown in the language of the window: ``user-guide.<lang>.md`` beside the English
``user-guide.md`` (Spanish and French are shipped), the English guide when there is none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from diaspora_desk.i18n import current_language
from diaspora_desk.paths import RESOURCES_DIR

GUIDE = RESOURCES_DIR / "help" / "user-guide.md"


def guide_path(language: str) -> Path:
    """The guide in ``language`` when it is shipped, else the English one."""
    translated = GUIDE.with_name(f"{GUIDE.stem}.{language}{GUIDE.suffix}")
    return translated if language != "en" and translated.is_file() else GUIDE


class UserGuideDialog(QDialog):
    """The user guide in a browser pane; it fits a 1366x768 screen and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Diaspora Desk — user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = guide_path(current_language())
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The user guide could not be found: {path}").format(path=path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)
