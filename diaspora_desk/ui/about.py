"""Help > About: version, database schema, and the credits and licences of bundled data and fonts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.services.common.about import about


class AboutDialog(QDialog):
    """A read-only table of what ships with the app, under its version and schema."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = about()
        self.setWindowTitle(self.tr("About Diaspora Desk"))
        self.heading = QLabel(
            self.tr("<h3>Diaspora Desk {version}</h3><p>Database schema {schema}. Works offline.</p>").format(
                version=info.version, schema=info.schema
            )
        )
        self.credits = QTableWidget(len(info.credits), 4)
        self.credits.setHorizontalHeaderLabels(
            [self.tr("Used for"), self.tr("Work"), self.tr("Licence"), self.tr("Licence text")]
        )
        for row, credit in enumerate(info.credits):
            for column, text in enumerate(
                (credit.used_for, credit.work, credit.licence, credit.licence_file)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.credits.setItem(row, column, item)
        self.credits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.credits.verticalHeader().setVisible(False)
        header = self.credits.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.credits.setWordWrap(True)
        self.credits.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.credits)
        layout.addWidget(buttons)
        self.resize(1200, 420)
