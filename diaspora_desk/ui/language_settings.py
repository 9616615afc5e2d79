"""The language part of Settings: the application's (after a restart) and the reports' (at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QWidget

from diaspora_desk import i18n
from diaspora_desk.i18n.formats import endonym


class LanguageSettings(QWidget):
    """Two choices kept in the data folder (``language.ini``), not in the database: the window
    needs its language before the database opens, and the choice is the officer's, not the
    consulate's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        application, reports = i18n.saved_choice()
        self.application_combo = QComboBox()
        self.application_combo.setObjectName("applicationLanguage")
        system = endonym(i18n.system_language())
        self.application_combo.addItem(self.tr("As the system ({language})").format(language=system), "")
        self.reports_combo = QComboBox()
        self.reports_combo.setObjectName("reportLanguage")
        self.reports_combo.addItem(self.tr("Same as the application"), "")
        for code in i18n.LANGUAGES:
            self.application_combo.addItem(endonym(code), code)
            self.reports_combo.addItem(endonym(code), code)
        self.application_combo.setCurrentIndex(max(0, self.application_combo.findData(application or "")))
        self.reports_combo.setCurrentIndex(max(0, self.reports_combo.findData(reports or "")))
        note = QLabel(
            self.tr(
                "The application language applies the next time Diaspora Desk starts; "
                "the report language applies to the next report."
            )
        )
        note.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Language"), self.application_combo)
        layout.addRow(self.tr("Reports in"), self.reports_combo)
        layout.addRow(note)
        self._saved_application = application

    @property
    def application(self) -> str | None:
        return self.application_combo.currentData() or None

    @property
    def reports(self) -> str | None:
        return self.reports_combo.currentData() or None

    def save(self) -> bool:
        """Keep the choice; reports follow it at once. True when the application language changed
        (it applies after a restart, and the officer is told so)."""
        i18n.save_choice(self.application, self.reports)
        i18n.set_report_default(self.reports)
        changed = self.application != self._saved_application
        self._saved_application = self.application
        return changed and i18n.startup_language() != i18n.current_language()

    def tell_restart(self) -> None:
        language = endonym(i18n.startup_language())
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("Diaspora Desk will be in {language} the next time it starts.").format(language=language),
        )
