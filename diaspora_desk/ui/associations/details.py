"""The selected association's profile and its interactions log, where entries are logged."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS, FOCUS_AREA_LABELS
from diaspora_desk.domain.records import AssociationRecord, InteractionRecord
from diaspora_desk.i18n.formats import country_name
from diaspora_desk.services.associations.interactions import InteractionService
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.ui.associations.interaction_dialog import InteractionDialog
from diaspora_desk.ui.associations.log_model import InteractionLogModel


class AssociationDetails(QWidget):
    """Profile text, the log (paged from SQL) and the buttons that log or correct an entry.

    Signals: ``interaction_saved()`` after an entry is logged or corrected.
    """

    interaction_saved = Signal()

    def __init__(
        self, interactions: InteractionService, practices: PracticeService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._interactions = interactions
        self._practices = practices
        self.record: AssociationRecord | None = None
        self.profile = QLabel()
        self.profile.setObjectName("associationDetails")
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.profile.setMinimumWidth(260)
        self.log_model = InteractionLogModel(interactions)
        self.log_table = self._build_log_table()
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.edit_log_button = QPushButton(self.tr("Edit entry…"))
        self.log_button.clicked.connect(self.log_interaction)
        self.edit_log_button.clicked.connect(self.edit_interaction)
        self._build_layout()
        self.show_record(None)

    def _build_log_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("interactionLog")
        table.setModel(self.log_model)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSortIndicator(InteractionLogModel.DATE, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(InteractionLogModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(InteractionLogModel.DATE, 84)
        table.setColumnWidth(InteractionLogModel.KIND, 64)
        table.setColumnWidth(InteractionLogModel.PRACTICES, 90)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.doubleClicked.connect(self.edit_interaction)
        return table

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.edit_log_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.profile)
        layout.addWidget(QLabel(self.tr("<b>Interactions log</b>")))
        layout.addWidget(self.log_table, 1)
        layout.addLayout(buttons)

    def show_record(self, record: AssociationRecord | None) -> None:
        """Show this association's profile and log (none: an invitation to select one)."""
        self.record = record
        if record is None:
            self.profile.setText(self.tr("<i>Select an association to see its profile and log.</i>"))
        else:
            self.profile.setText(self._profile_html(record))
        self.log_button.setEnabled(record is not None)
        self.refresh_log()

    def refresh_log(self) -> None:
        self.log_model.show_association(self.record.id if self.record else None)
        self.edit_log_button.setEnabled(self.log_model.rowCount() > 0)

    def _profile_html(self, record: AssociationRecord) -> str:
        acronym = f" ({escape(record.acronym)})" if record.acronym else ""
        parts = [f"<h3>{escape(record.name)}{acronym}</h3>"]
        if record.archived:
            parts.append(f"<p><b>{self.tr('Archived')}</b></p>")
        place = ", ".join(p for p in (record.city, country_name(record.country)) if p)
        kind = self.tr(ASSOCIATION_TYPE_LABELS[record.type])
        parts.append(f"<p>{escape(kind)} · {escape(place)}</p>")
        parts.append("<p>" + "<br/>".join(escape(line) for line in self._profile_lines(record)) + "</p>")
        return "".join(parts)

    def _profile_lines(self, record: AssociationRecord) -> list[str]:
        """Contacts, focus areas and the relation to the consulate, one line each (if any)."""
        flags = [
            text
            for text, on in (
                (self.tr("registered with the consulate"), record.registered),
                (self.tr("advisory council member"), record.advisory_council),
            )
            if on
        ]
        lines = [
            ", ".join(format_phone(p) for p in record.phones),
            ", ".join(record.emails),
            self.tr("Contact: {name}").format(name=record.contact_person) if record.contact_person else "",
            ", ".join(self.tr(FOCUS_AREA_LABELS[f]) for f in record.focus_areas),
            "; ".join(flags),
        ]
        return [line for line in lines if line]

    def selected_entry(self) -> InteractionRecord | None:
        """The entry selected in the log, else the most recent one (None when the log is empty)."""
        rows = self.log_table.selectionModel().selectedRows()
        return self.log_model.row_at(rows[0].row() if rows else 0)

    def log_interaction(self) -> InteractionDialog | None:
        return self._open_interaction(None)

    def edit_interaction(self) -> InteractionDialog | None:
        entry = self.selected_entry()
        return self._open_interaction(entry) if entry is not None else None

    def _open_interaction(self, entry: InteractionRecord | None) -> InteractionDialog | None:
        if self.record is None:
            return None
        dialog = InteractionDialog(self._interactions, self.record, self._practices.tree(), entry, self)
        dialog.accepted.connect(self.interaction_saved)
        dialog.open()
        return dialog
