"""First-run setup and the Settings dialog: origin country, consulate, officer, languages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.geography import subdivisions
from diaspora_desk.domain.records import AppSettings
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService, SetupDraft
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.language_settings import LanguageSettings
from diaspora_desk.ui.widgets import (
    CheckList,
    CountryCombo,
    ErrorLabel,
    ValidatedForm,
    city_completer,
    line_edit,
)


class SetupDialog(QDialog):
    """``demo_requested`` is True when the officer chose the demo database instead."""

    def __init__(
        self,
        settings: SettingsService,
        gazetteer: Gazetteer,
        parent: QWidget | None = None,
        *,
        first_run: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._settings = settings
        self._gazetteer = gazetteer
        self.demo_requested = False
        self.saved: AppSettings | None = None
        self.setWindowTitle(self.tr("Welcome to Diaspora Desk") if first_run else self.tr("Settings"))
        self.resize(560, 520)
        form_layout = self._build_form()
        buttons = self._build_buttons(first_run)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                self.tr(
                    "This database is empty. Tell Diaspora Desk which country you serve and where, "
                    "or open the demo consulate to look around first."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form_layout)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.host_combo.currentIndexChanged.connect(self._on_host_changed)
        self._fill(settings.current())

    def _build_form(self) -> QFormLayout:
        self.origin_combo = CountryCombo()
        self.consulate_name_edit = line_edit(self.tr("e.g. Consulate General in …"))
        self.host_combo = CountryCombo()
        self.city_edit = line_edit(self.tr("City where the consulate is"))
        self.jurisdiction_list = CheckList(())
        self.jurisdiction_list.setMinimumHeight(140)
        self.officer_edit = line_edit(self.tr("Your name, as it should appear in the audit trail"))
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.form.add("origin_country", self.tr("Origin country *"), self.origin_combo)
        self.form.add("consulate_name", self.tr("Consulate name *"), self.consulate_name_edit)
        self.form.add("consulate_country", self.tr("Host country *"), self.host_combo)
        self.form.add("consulate_city", self.tr("Consulate city *"), self.city_edit)
        self.form.add("jurisdiction", self.tr("Jurisdiction"), self.jurisdiction_list)
        self.form.add("officer_name", self.tr("Officer *"), self.officer_edit)
        self.language = LanguageSettings()
        form_layout.addRow(self.language)
        self.general_error = ErrorLabel()
        return form_layout

    def _build_buttons(self, first_run: bool) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.demo_button: QPushButton | None = None
        if first_run:
            self.demo_button = buttons.addButton(
                self.tr("Open the demo instead"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.demo_button.clicked.connect(self._on_demo_clicked)
        return buttons

    def _fill(self, current: AppSettings) -> None:
        """Show the settings as saved (nothing on first run)."""
        if current.origin_country:
            self.origin_combo.code = current.origin_country
        self.officer_edit.setText(current.officer_name)
        if current.consulate is not None:
            self.consulate_name_edit.setText(current.consulate.name)
            self.host_combo.code = current.consulate.country
            self.city_edit.setText(current.consulate.city)
        self._on_host_changed()
        if current.consulate is not None:
            self.jurisdiction_list.values = current.consulate.jurisdiction

    def _on_host_changed(self) -> None:
        code = self.host_combo.code
        chosen = self.jurisdiction_list.values
        self.jurisdiction_list.clear()
        if len(code) != 2:
            return
        self.jurisdiction_list.add_items((c, f"{name} ({c})") for c, name in subdivisions(code))
        self.jurisdiction_list.values = chosen
        self.city_edit.setCompleter(city_completer(self, self._gazetteer.names(code)))

    def draft(self) -> SetupDraft:
        return SetupDraft(
            origin_country=self.origin_combo.code,
            officer_name=self.officer_edit.text(),
            consulate_name=self.consulate_name_edit.text(),
            consulate_country=self.host_combo.code,
            consulate_city=self.city_edit.text(),
            jurisdiction=self.jurisdiction_list.values,
        )

    def _on_save_clicked(self) -> None:
        try:
            self.saved = self._settings.save(self.draft())
        except ValidationError as exc:
            self.general_error.show_message("\n".join(self.form.show_errors(exc.errors)))
            return
        except KnownError as exc:
            show_error(self, exc, "save settings")
            return
        if self.language.save():
            self.language.tell_restart()
        self.accept()

    def _on_demo_clicked(self) -> None:
        self.demo_requested = True
        self.accept()
