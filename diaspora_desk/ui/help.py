"""The user guide, shown in the application (offline: it is a file shipped with it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from diaspora_desk.paths import RESOURCES_DIR

GUIDE = RESOURCES_DIR / "help" / "user-guide.md"


class UserGuideDialog(QDialog):
    """The user guide in a browser pane; it fits a 1366x768 screen and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Diaspora Desk — user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The user guide could not be found: {path}").format(path=GUIDE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)
