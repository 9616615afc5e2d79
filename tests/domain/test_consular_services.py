"""The service catalogue and the equipment checklist a visit packs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

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


def test_the_checklist_starts_with_the_base_kit_then_follows_the_services_order() -> None:
    passport, card = ConsularService.PASSPORT_RENEWAL, ConsularService.CONSULAR_ID
    assert default_equipment(()) == BASE_EQUIPMENT
    assert default_equipment((passport, card)) == (
        *BASE_EQUIPMENT,
        "Biometric capture kit (camera, fingerprint reader, signature pad)",
        "Passport forms",
        "Card printer and blank cards",
        "Camera",
    )
    assert default_equipment((card, passport))[len(BASE_EQUIPMENT)] == "Card printer and blank cards"


def test_services_that_share_equipment_pack_it_once() -> None:
    registry = (
        ConsularService.BIRTH_REGISTRATION,
        ConsularService.MARRIAGE_REGISTRATION,
        ConsularService.DEATH_REGISTRATION,
    )
    assert default_equipment(registry) == (*BASE_EQUIPMENT, "Civil registry books and forms")
    assert default_equipment(registry + registry) == default_equipment(registry)


@given(st.lists(st.sampled_from(list(ConsularService))))
def test_every_service_chosen_has_all_its_equipment_packed_once(services: list[ConsularService]) -> None:
    items = default_equipment(tuple(services))
    assert len(items) == len(set(items))
    for service in services:
        assert set(SERVICE_CATALOGUE[service].equipment) <= set(items)
