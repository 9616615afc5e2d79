"""The postal parts of a person's address: postal code, locality, region and country."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from diaspora_desk.domain.postal import PostalParts
from diaspora_desk.ui.widgets import CountryCombo, line_edit


class PostalFields(QWidget):
    """Four fields on two lines, under the address lines; blank ones fall back to the host
    city and country when a letter is printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.postal_code_edit = line_edit(self.tr("postal code"), max_length=20)
        self.locality_edit = line_edit(self.tr("town (if not the city above)"))
        self.region_edit = line_edit(self.tr("state, province or region"))
        self.country_combo = CountryCombo(allow_empty=True, empty_text=self.tr("Host country"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.postal_code_edit, 0, 0)
        grid.addWidget(self.locality_edit, 0, 1)
        grid.addWidget(self.region_edit, 1, 0)
        grid.addWidget(self.country_combo, 1, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)

    @property
    def parts(self) -> PostalParts:
        return PostalParts(
            postal_code=self.postal_code_edit.text(),
            locality=self.locality_edit.text(),
            region=self.region_edit.text(),
            country=self.country_combo.code,
        )

    @parts.setter
    def parts(self, value: PostalParts) -> None:
        self.postal_code_edit.setText(value.postal_code)
        self.locality_edit.setText(value.locality)
        self.region_edit.setText(value.region)
        self.country_combo.code = value.country
        if not value.country:
            self.country_combo.setCurrentIndex(0)
