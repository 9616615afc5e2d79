"""Associations found by part of their name or acronym, for memberships; archived ones are not."""

from __future__ import annotations

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.composition import Services


def test_found_by_any_part_of_the_name_without_accents_and_archived_left_out(services: Services) -> None:
    registry = services.associations.registry
    fresno = registry.create(AssociationDraft(name="Club Xelajú", country="US", city="Fresno"))
    registry.create(AssociationDraft(name="Red Maya", acronym="REMA", country="US"))
    old = registry.create(AssociationDraft(name="Club Xelajú Viejo", country="US"))
    registry.set_archived(old.id, True)
    found = services.people.registry.find_associations("xelaju")
    assert [(item.association_id, item.association_name) for item in found] == [
        (fresno.id, "Club Xelajú — Fresno")
    ]
    assert [item.association_name for item in services.people.registry.find_associations("rema")] == [
        "Red Maya"
    ]
    assert services.people.registry.find_associations("50%") == []
