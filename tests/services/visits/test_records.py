"""A visit read back as a frozen record: everything it holds, in the order the officer gave it."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.errors import NotFoundError
from diaspora_desk.domain.visits import EquipmentItem, FollowUp, OfferedService, TeamMember, VisitStatus
from diaspora_desk.services.composition import Services
from tests.services.visits.making import CARD, PASSPORT, make_visit


def test_a_visit_comes_back_whole_and_in_order(services: Services) -> None:
    host = services.associations.registry.create(AssociationDraft(name="Comité Maya", country="US"))
    practices = tuple(p.id for p in services.practices.all()[:2])
    visit = make_visit(
        services,
        host_association_id=host.id,
        services=(OfferedService(CARD, 4), OfferedService(PASSPORT, 2)),
        team=(TeamMember("Rocío Batz", "Head of mission"), TeamMember("Luis Coj", "Driver")),
        equipment=(EquipmentItem("Passport forms", True), EquipmentItem("Card printer")),
        practice_ids=practices,
    )
    services.visits.registry.add_follow_up(
        visit.id, FollowUp("Send the cards", "Luis Coj", dt.date(2026, 12, 20))
    )
    record = services.visits.registry.get(visit.id)
    assert record.consulate_name == "Test Consulate"
    assert record.host_association_name == "Comité Maya"
    assert record.status is VisitStatus.PLANNED
    assert [s.service for s in record.services] == [CARD, PASSPORT]
    assert [m.name for m in record.team] == ["Rocío Batz", "Luis Coj"]
    assert record.equipment == (EquipmentItem("Passport forms", True), EquipmentItem("Card printer", False))
    assert [(f.description, f.done_on) for f in record.follow_ups] == [("Send the cards", None)]
    assert set(record.practice_ids) == set(practices)
    assert record.latitude is not None


def test_an_unknown_visit_is_a_plain_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no mobile visit with id 404"):
        services.visits.registry.get(404)
