"""The service catalogue and the equipment checklist a visit packs."""

from __future__ import annotations

from diaspora_desk.domain.consular_services import (
    BASE_EQUIPMENT,
    SERVICE_CATALOGUE,
    ConsularService,
    default_equipment,
)


def test_every_service_has_a_title_and_the_checklist_has_no_repeats() -> None:
    assert set(SERVICE_CATALOGUE) == set(ConsularService)
    assert all(info.title and info.default_capacity_per_hour > 0 for info in SERVICE_CATALOGUE.values())
    items = default_equipment(tuple(ConsularService))
    assert len(items) == len(set(items))
    assert items[: len(BASE_EQUIPMENT)] == BASE_EQUIPMENT
    assert "Civil registry books and forms" in items
