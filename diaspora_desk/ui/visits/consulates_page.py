"""Permanent consulates (where they are, which subdivisions they serve): list and form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.geography import subdivisions
from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.visits.consulates import ConsulateDraft, ConsulateService
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.visits.models import ConsulatesTableModel
from diaspora_desk.ui.visits.tables import selected_row, table_view
from diaspora_desk.ui.widgets import (
    CheckList,
    CountryCombo,
    CountryField,
    ErrorLabel,
    TextField,
    ValidatedForm,
    city_completer,
    line_edit,
)

# A consulate's name, town and jurisdiction.
CONSULATE_TABLES = ("consulate", "consulate_jurisdiction")


class ConsulateDialog(QDialog):
    """Add or change a consulate. ``saved`` holds the record after Save."""

    def __init__(
        self,
        consulates: ConsulateService,
        gazetteer: Gazetteer,
        home_country: str,
        record: ConsulateRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consulateDialog")
        self._consulates = consulates
        self._gazetteer = gazetteer
        self._record = record
        self.saved: ConsulateRecord | None = None
        self.setWindowTitle(self.tr("Edit consulate") if record else self.tr("New consulate"))
        self.resize(520, 300)
        self.name_edit = line_edit(self.tr("e.g. Consulate General in …"))
        self.country_combo = CountryCombo()
        self.city_edit = line_edit(self.tr("A town of the offline gazetteer"))
        # The host country's states or provinces by name, ticked: no ISO 3166-2 codes to type.
        self.jurisdiction_list = CheckList(())
        self.jurisdiction_list.setMinimumHeight(140)
        self.form = ValidatedForm(QFormLayout())
        self.form.add("name", self.tr("Name *"), self.name_edit)
        self.form.add("country", self.tr("Country *"), self.country_combo)
        self.form.add("city", self.tr("City *"), self.city_edit)
        self.form.add("jurisdiction", self.tr("Jurisdiction"), self.jurisdiction_list)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        if record is not None:
            self.name, self.country, self.city = record.name, record.country, record.city
        else:
            self.country = home_country
        self._on_country_changed()
        if record is not None:
            self.jurisdiction = record.jurisdiction

    name = TextField("name_edit")

    country = CountryField("country_combo")

    city = TextField("city_edit")

    @property
    def jurisdiction(self) -> tuple[str, ...]:
        """The ticked subdivisions' ISO 3166-2 codes."""
        return tuple(self.jurisdiction_list.values)

    @jurisdiction.setter
    def jurisdiction(self, codes: tuple[str, ...]) -> None:
        self.jurisdiction_list.values = tuple(c.upper() for c in codes)

    def _on_country_changed(self) -> None:
        code = self.country_combo.code
        chosen = self.jurisdiction_list.values
        self.jurisdiction_list.clear()
        if len(code) == 2:
            self.city_edit.setCompleter(city_completer(self, self._gazetteer.names(code)))
            self.jurisdiction_list.add_items((c, f"{name} ({c})") for c, name in subdivisions(code))
            self.jurisdiction_list.values = chosen

    def _on_save_clicked(self) -> None:
        draft = ConsulateDraft(self.name, self.country, self.city, self.jurisdiction)
        try:
            self.saved = self._consulates.save(draft, self._record.id if self._record else None)
        except ValidationError as exc:
            self.general_error.show_message("\n".join(self.form.show_errors(exc.errors)))
            return
        except KnownError as exc:
            show_error(self, exc, "save consulate")
            return
        self.accept()


class ConsulatesPage(QWidget):
    """The consulates, with Add and Edit."""

    def __init__(
        self,
        consulates: ConsulateService,
        settings: SettingsService,
        gazetteer: Gazetteer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consulatesPage")
        self._consulates = consulates
        self._settings = settings
        self._gazetteer = gazetteer
        self.model = ConsulatesTableModel()
        self.table = table_view(self.model, "consulatesTable")
        for column, width in ((0, 300), (1, 160), (2, 160)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda: self.edit_selected())
        self.new_button = QPushButton(self.tr("Add consulate…"))
        self.new_button.setProperty("grant", "edit_records")  # hidden from viewers
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.new_button.clicked.connect(lambda: self.new_consulate())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Permanent consulates: the planner proposes sites far from all of them."))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Read the consulates again; the one selected stays selected."""
        chosen = self.current
        self.model.set_rows(self._consulates.list())
        if chosen is not None:
            self.select(chosen.id)

    def on_changed(self, change: Change) -> None:
        if change.touches(*CONSULATE_TABLES):
            self.reload()

    def select(self, consulate_id: int) -> bool:
        for row, consulate in enumerate(self.model.rows):
            if consulate.id == consulate_id:
                self.table.selectRow(row)
                return True
        return False

    @property
    def current(self) -> ConsulateRecord | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def _home_country(self) -> str:
        home = self._settings.current().consulate
        return home.country if home else ""

    def new_consulate(self) -> ConsulateDialog:
        dialog = ConsulateDialog(self._consulates, self._gazetteer, self._home_country(), parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit_selected(self) -> ConsulateDialog | None:
        if self.current is None:
            return None
        dialog = ConsulateDialog(self._consulates, self._gazetteer, self._home_country(), self.current, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
