"""What the segment editor offers by name: occupation groups, towns, associations."""

from __future__ import annotations

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.composition import Services


def test_occupation_groups_and_towns_by_name(services: Services) -> None:
    audience = services.campaigns.audience
    groups = audience.isco_groups()
    assert groups["22"] == "Health professionals"
    assert len(groups) == 619
    towns = audience.town_names(("US", "MX"))
    assert "Fresno" in towns
    assert "Tijuana" in towns
    assert len(towns) == len(set(towns))  # each name once
    assert towns.index("New York City") < towns.index("Fresno")  # most populous first
    assert audience.town_names(()) == []


def test_associations_found_by_name_and_named_when_archived(services: Services) -> None:
    registry = services.associations.registry
    club = registry.create(AssociationDraft(name="Club Maya de Fresno", country="US", city="Fresno"))
    audience = services.campaigns.audience
    assert audience.find_associations("MAYA") == [(club.id, "Club Maya de Fresno — Fresno")]
    registry.set_archived(club.id, True)
    assert audience.find_associations("maya") == []  # only active ones are offered
    assert audience.association_labels((club.id,)) == {club.id: "Club Maya de Fresno — Fresno"}
