"""The association profile's data: the association, its log, and the practices its log put to work."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.errors import NotFoundError
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services
from tests.conftest import NOW


def test_the_profile_counts_each_practice_and_when_it_was_last_put_to_work(services: Services) -> None:
    club = services.associations.registry.create(AssociationDraft(name="Club Quetzal", country="US"))
    first, second = (p.id for p in services.practices.all()[:2])
    for day, practices in ((2, (first,)), (9, (first, second)), (5, (first,))):
        services.associations.interactions.add(
            club.id,
            InteractionDraft(dt.date(2026, 11, day), "meeting", "T", f"Meeting {day}", practices),
        )
    data = services.associations.reports.association_profile(club.id)
    assert data.association.name == "Club Quetzal"
    assert data.origin_country == "GT"
    assert data.generated_on == NOW.date()
    assert data.consulate is not None
    assert len(data.interactions) == 3
    addressed = {p.id: (p.times, p.last) for p in data.practices}
    assert addressed == {first: (3, dt.date(2026, 11, 9)), second: (1, dt.date(2026, 11, 9))}
    assert all(", " in p.source for p in data.practices)  # the source's title and section


def test_an_unknown_association_is_a_plain_error(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.associations.reports.association_profile(404)
