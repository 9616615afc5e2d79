"""Parts of the visit form: services offered with capacities, equipment checklist, host picker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.association_query import AssociationQuery
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.visits import (
    MAX_CAPACITY_PER_HOUR,
    SERVICE_CATALOGUE,
    ConsularService,
    EquipmentItem,
    OfferedService,
)
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.ui.visits.models import service_title


class ServicesTable(QTableWidget):
    """One row per catalogue service: a check box to offer it and its capacity per hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(SERVICE_CATALOGUE), 2, parent)
        self.setObjectName("servicesTable")
        self.setHorizontalHeaderLabels([self.tr("Service offered"), self.tr("People per hour")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self._walk_ins: dict[ConsularService, int] = {}
        self._spins: dict[ConsularService, QSpinBox] = {}
        self._items: dict[ConsularService, QTableWidgetItem] = {}
        for row, info in enumerate(SERVICE_CATALOGUE.values()):
            item = QTableWidgetItem(service_title(info.code))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(
                self.tr("To bring: {documents}").format(documents="; ".join(info.documents) or "—")
            )
            spin = QSpinBox()
            spin.setRange(1, MAX_CAPACITY_PER_HOUR)
            spin.setValue(info.default_capacity_per_hour)
            self.setItem(row, 0, item)
            self.setCellWidget(row, 1, spin)
            self._items[info.code] = item
            self._spins[info.code] = spin
        self.resizeRowsToContents()
        # Every service in view at once: the list is fixed and short.
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMinimumHeight(rows + self.horizontalHeader().sizeHint().height() + 4)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @property
    def offered(self) -> tuple[OfferedService, ...]:
        return tuple(
            OfferedService(code, self._spins[code].value(), self._walk_ins.get(code, 0))
            for code, item in self._items.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    @offered.setter
    def offered(self, services: Sequence[OfferedService]) -> None:
        chosen = {o.service: o for o in services}
        self._walk_ins = {o.service: o.walk_ins_served for o in services}
        for code, item in self._items.items():
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            if code in chosen:
                self._spins[code].setValue(chosen[code].capacity_per_hour)

    def set_walk_ins(self, services: Sequence[OfferedService]) -> None:
        """Keep walk-in tallies recorded elsewhere, so saving the form does not undo them."""
        self._walk_ins = {o.service: o.walk_ins_served for o in services}

    def check(self, service: ConsularService, capacity: int | None = None) -> None:
        self._items[service].setCheckState(Qt.CheckState.Checked)
        if capacity is not None:
            self._spins[service].setValue(capacity)

    def capacity_spin(self, service: ConsularService) -> QSpinBox:
        return self._spins[service]


class EquipmentList(QWidget):
    """A checklist of what to pack; ticked means packed. Items can be added and removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("equipmentList")
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("Another item to pack"))
        self.new_edit.returnPressed.connect(self._on_add_clicked)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._on_add_clicked)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._on_remove_clicked)
        self.fill_button = QPushButton(self.tr("Fill from services"))
        self.fill_button.setObjectName("fillEquipment")
        row = QHBoxLayout()
        row.addWidget(self.new_edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(self.fill_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def add(self, text: str, packed: bool = False) -> None:
        if not text.strip() or text.strip() in self.names:
            return
        item = QListWidgetItem(text.strip(), self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if packed else Qt.CheckState.Unchecked)

    @property
    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def fill(self, names: Sequence[str]) -> None:
        """Add the items not yet listed, keeping what is there and whether it is packed."""
        for name in names:
            self.add(name)

    @property
    def items(self) -> tuple[EquipmentItem, ...]:
        return tuple(
            EquipmentItem(self.list.item(i).text(), self.list.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(self.list.count())
        )

    @items.setter
    def items(self, values: Sequence[EquipmentItem]) -> None:
        self.list.clear()
        for value in values:
            self.add(value.item, value.packed)

    def _on_add_clicked(self) -> None:
        self.add(self.new_edit.text())
        self.new_edit.clear()

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


class HostPicker(QLineEdit):
    """Type part of an association's name and pick it from the suggestions (no id to type)."""

    def __init__(self, service: AssociationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostAssociation")
        self._service = service
        self._known: dict[str, int] = {}  # the labels offered or set, and their association
        self.setPlaceholderText(self.tr("Type part of the association's name; empty for none"))
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.suggest)
        self.textEdited.connect(self._timer.start)

    def suggest(self) -> list[str]:
        text = self.text().strip()
        if len(text) < 2 or text in self._known:
            return []
        found: dict[str, int] = {}
        for row in self._service.page(AssociationQuery(text=text), 0, 20):
            found.setdefault(label(row.name, row.city), row.id)
        self._known.update(found)
        self._names.setStringList(list(found))
        return list(found)

    def set_association(self, association_id: int | None, name: str = "", city: str = "") -> None:
        """Show ``association_id`` (its name and town read from the registry when not given)."""
        if association_id is None:
            self.setText("")
            return
        if not name:
            try:
                record = self._service.get(association_id)
            except KnownError:  # gone meanwhile: nothing to show
                self.setText("")
                return
            name, city = record.name, record.city
        text = label(name, city)
        self._known[text] = association_id
        self.setText(text)

    def association_id(self) -> int | None:
        """The chosen association; raises ValueError when the text names none (or several)."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._known:
            return self._known[text]
        rows = self._service.page(AssociationQuery(text=text), 0, 2)
        if len(rows) == 1:
            return rows[0].id
        raise ValueError(self.tr("choose an association from the suggestions"))


def label(name: str, city: str) -> str:
    """ "Comité Maya — Fresno": how a host association is shown and picked."""
    return f"{name} — {city}" if city else name
