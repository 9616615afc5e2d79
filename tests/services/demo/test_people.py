"""The demo's generated people and needs: the same for the same seed, with skills and consents."""

from __future__ import annotations

import threading

import pytest

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.people import build_demo_people


def _listed(services: Services) -> list[tuple[str, str, str]]:
    rows = services.people.registry.page(PeopleQuery(), 0, 1000)
    return [(r.name, r.city, r.occupation) for r in rows]


def test_people_are_made_in_batches_with_skills_and_some_consents(services: Services) -> None:
    progress: list[tuple[int, int]] = []
    assert (
        build_demo_people(services, people=300, seed=4, progress=lambda d, t: progress.append((d, t))) == 300
    )
    assert progress[-1] == (300, 300)
    assert services.people.registry.count(PeopleQuery()) == 300
    listed = _listed(services)
    assert sum(1 for _name, _city, occupation in listed if occupation) > 150
    assert len({city for _name, city, _occ in listed}) > 5
    people = [services.people.registry.get(r.id) for r in services.people.registry.page(PeopleQuery(), 0, 50)]
    sharing = [p for p in people if p.consented(ConsentPurpose.SHARING_FOR_MATCHING)]
    assert 0 < len(sharing) < len(people)  # some consent, some do not


def test_the_same_seed_makes_the_same_people(
    services: Services, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from diaspora_desk.services.composition import open_services

    build_demo_people(services, people=120, seed=9)
    other = open_services(
        tmp_path_factory.mktemp("other") / "d.sqlite", clock=services.clock, gazetteer=services.gazetteer
    )
    try:
        build_demo_people(other, people=120, seed=9)
        assert _listed(other) == _listed(services)
    finally:
        other.close()


def test_a_cancelled_demo_says_so(services: Services) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(KnownError, match="Demo cancelled"):
        build_demo_people(services, people=10, cancel=cancel)
    assert services.people.registry.count(PeopleQuery()) == 0
