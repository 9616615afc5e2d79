"""Parts of the visit dialog: services offered with their capacity, the packing list, the host."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.visits import ConsularService, EquipmentItem, OfferedService
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.visit_parts import EquipmentList, HostPicker, ServicesTable

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID


def test_services_offered_keep_their_capacity_and_walk_ins(qtbot: QtBot) -> None:
    table = ServicesTable()
    qtbot.addWidget(table)
    assert table.offered == ()
    table.offered = (OfferedService(PASSPORT, 3, 7),)
    table.check(CARD, 5)
    assert set(table.offered) == {OfferedService(PASSPORT, 3, 7), OfferedService(CARD, 5, 0)}
    table.capacity_spin(PASSPORT).setValue(4)
    assert OfferedService(PASSPORT, 4, 7) in table.offered  # walk-ins recorded elsewhere survive


def test_the_packing_list_has_no_doubles_and_keeps_what_is_packed(qtbot: QtBot) -> None:
    equipment = EquipmentList()
    qtbot.addWidget(equipment)
    equipment.items = (EquipmentItem("Card printer", True),)
    equipment.fill(["Card printer", "Passport forms", "  "])
    equipment.new_edit.setText("Laptop")
    equipment.new_edit.returnPressed.emit()
    packed: tuple[EquipmentItem, ...] = equipment.items
    assert packed == (
        EquipmentItem("Card printer", True),
        EquipmentItem("Passport forms", False),
        EquipmentItem("Laptop", False),
    )
    assert equipment.new_edit.text() == ""


def test_the_host_is_picked_by_name_from_the_suggestions_never_by_id(
    qtbot: QtBot, services: Services
) -> None:
    registry = services.associations.registry
    maya = registry.create(AssociationDraft(name="Comité Maya", country="US", city="Fresno"))
    registry.create(AssociationDraft(name="Club Maya Chapín", country="US", city="Clovis"))
    picker = HostPicker(registry)
    qtbot.addWidget(picker)
    assert picker.association_id() is None
    picker.setText("maya")
    assert sorted(picker.suggest()) == ["Club Maya Chapín — Clovis", "Comité Maya — Fresno"]
    with pytest.raises(ValueError, match="choose an association"):
        picker.association_id()  # two match
    picker.setText("Comité Maya — Fresno")  # what picking the suggestion does
    assert picker.association_id() == maya.id
    picker.setText("comite")
    assert picker.association_id() == maya.id
    picker.set_association(maya.id)  # a saved visit's host: its name read back
    assert picker.text() == "Comité Maya — Fresno"
    assert picker.association_id() == maya.id
    picker.setText(str(maya.id))  # an id typed is not a name
    with pytest.raises(ValueError, match="choose an association from the suggestions"):
        picker.association_id()
