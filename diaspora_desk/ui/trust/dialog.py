"""Tools → Audit, backups and erasure: the audit viewer, backups, erasure and retention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from diaspora_desk.services.trust.facade import Trust
from diaspora_desk.ui.people.person_picker import FindPeople
from diaspora_desk.ui.trust.audit_page import AuditPage
from diaspora_desk.ui.trust.backups_page import BackupsPage
from diaspora_desk.ui.trust.erasure_page import ErasurePage


def tr(text: str) -> str:
    return QCoreApplication.translate("TrustDialog", text)


class TrustDialog(QDialog):
    """Three tabs over the `Trust` facade: ``audit``, ``backups`` and ``erasure`` pages.

    ``find_people`` is the register's search, for picking whom to erase by name.
    """

    def __init__(
        self, trust: Trust, parent: QWidget | None = None, *, find_people: FindPeople | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.setWindowTitle(tr("Audit, backups and erasure"))
        self.resize(900, 600)
        self.audit = AuditPage(trust.trail)
        self.backups = BackupsPage(trust.backups)
        self.erasure = ErasurePage(trust.erasure, find_people)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.audit, tr("Audit trail"))
        self.tabs.addTab(self.backups, tr("Backups"))
        self.tabs.addTab(self.erasure, tr("Erasure and retention"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.tabs.currentChanged.connect(self._on_tabs_changed)

    def _on_tabs_changed(self, _index: int) -> None:
        self.audit.refresh()
        self.backups.refresh()
        self.erasure.refresh()
