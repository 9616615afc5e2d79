"""The people registry: people registered, corrected, found by any part of their name, archived."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.errors import NotFoundError, ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.people_records import MembershipItem, OccupationItem, Skills
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services


def _draft(given: str, family: str, **fields: object) -> PersonDraft:
    return PersonDraft(given_name=given, family_name=family, **{"country": "US", **fields})  # type: ignore[arg-type]


def test_a_person_is_registered_with_a_clean_phone_and_a_placed_town(services: Services) -> None:
    person = services.people.registry.create(
        _draft(" Ana  María ", "López", city="fresno", phones=("(559) 555-0101",), email="ANA@Example.org")
    )
    assert person.display_name == "Ana María López"
    assert person.phones == ("+15595550101",)
    assert person.city == "Fresno"
    assert person.latitude is not None
    assert [e.action for e in services.audit.history("person", person.id)] == ["create"]


def test_bad_details_are_named_by_field_and_nothing_is_written(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.people.registry.create(_draft("Ana", "López", phones=("12",), email="not-an-address"))
    assert set(caught.value.errors) == {"phone", "email"}
    with pytest.raises(ValidationError):
        services.people.registry.create(
            _draft("Ana", "López"), Skills(occupations=(OccupationItem("99999", "", 1),))
        )
    assert services.people.registry.count(PeopleQuery()) == 0


def test_people_are_found_by_any_order_of_names_without_accents(services: Services) -> None:
    for given, family in (("José", "Ixcoy"), ("Ana", "Yax"), ("María José", "Batz")):
        services.people.registry.create(_draft(given, family))
    found = services.people.registry.page(PeopleQuery(text="ixcoy jose"), 0, 10)
    assert [row.name for row in found] == ["José Ixcoy"]
    assert services.people.registry.count(PeopleQuery(text="jose")) == 2
    assert services.people.registry.count(PeopleQuery(text="nobody")) == 0


def test_an_archived_person_leaves_the_list_and_comes_back(services: Services) -> None:
    person = services.people.registry.create(_draft("Ana", "Yax"))
    archived = services.people.registry.set_archived(person.id, True)
    assert archived.archived_at is not None
    assert services.people.registry.count(PeopleQuery()) == 0
    assert services.people.registry.count(PeopleQuery(archive=ArchiveFilter.ARCHIVED)) == 1
    services.people.registry.set_archived(person.id, False)
    assert services.people.registry.count(PeopleQuery()) == 1
    actions = [e.action for e in services.audit.history("person", person.id)]
    assert actions == ["create", "archive", "restore"]


def test_corrections_and_memberships_are_kept_with_their_history(services: Services) -> None:
    person = services.people.registry.create(_draft("Ana", "Yax"))
    club = services.associations.registry.create(AssociationDraft(name="Club Quetzal", country="US"))
    corrected = services.people.registry.update(person.id, _draft("Ana", "Yax Batz", city="Clovis"))
    assert (corrected.family_name, corrected.city) == ("Yax Batz", "Clovis")
    member = services.people.registry.set_memberships(person.id, (MembershipItem(club.id, "treasurer"),))
    assert [(m.association_id, m.role) for m in member.memberships] == [(club.id, "treasurer")]
    with pytest.raises(ValidationError, match="no association with id 999"):
        services.people.registry.set_memberships(person.id, (MembershipItem(999, ""),))
    with pytest.raises(ValidationError, match="role: is longer than 100 characters"):  # never cut
        services.people.registry.set_memberships(person.id, (MembershipItem(club.id, "treasurer " * 11),))
    assert services.people.registry.get(person.id).memberships == member.memberships
    with pytest.raises(NotFoundError):
        services.people.registry.get(999)
