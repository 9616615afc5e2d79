"""The Reports screen: which reports exist and how to make them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class ReportsPage(QWidget):
    """Signals: ``association_profile_requested()`` when the officer asks for that report."""

    association_profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        intro = QLabel(
            self.tr(
                "<h2>Reports</h2>"
                "<p><b>Association profile</b> — the association's record, its interactions log and the "
                "recommended practices it has helped put into effect, as a PDF marked CONFIDENTIAL. "
                "Select the association in <i>Associations</i> and press Ctrl+P, or use the button below "
                "for the association selected there.</p>"
                "<p>Skills inventory, need shortlists, person records and mobile-visit briefings are not "
                "available yet; they arrive with the People &amp; Skills and Mobile Visits areas.</p>"
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.profile_button = QPushButton(self.tr("Association profile of the selected association…"))
        self.profile_button.clicked.connect(self.association_profile_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
