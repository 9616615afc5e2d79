"""A registry with two partners, two associations and nothing else."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.partners import PartnerDraft
from diaspora_desk.services.composition import Services


@dataclass(frozen=True, slots=True)
class Registry:
    bank: int
    city: int
    club: int
    women: int


@pytest.fixture
def registry(services: Services) -> Registry:
    associations = services.associations.registry
    club = associations.create(
        AssociationDraft(name="Club Jerez de California", country="US", city="Los Angeles")
    )
    women = associations.create(AssociationDraft(name="Mujeres Unidas", country="US", city="Fresno"))
    partners = services.partners.registry
    bank = partners.create(PartnerDraft(name="Banco Solidario", kind="bank", country="MX", level="national"))
    city = partners.create(PartnerDraft(name="Municipio de Jerez", kind="home_authority", country="MX"))
    return Registry(bank.id, city.id, club.id, women.id)
