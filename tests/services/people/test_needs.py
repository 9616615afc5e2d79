"""Needs of home institutions and their placements: validated, proposed with consent, audited."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.errors import NotFoundError, ValidationError
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.services.people.skilled import nurse

DRAFT = NeedDraft(
    institution="Hospital Roosevelt", title="Nurse trainers", isco_codes=("2221",), mode="virtual"
)


def test_a_need_is_created_listed_and_closed(services: Services) -> None:
    need = services.people.needs.create(DRAFT)
    assert (need.title, need.status, need.isco_codes) == ("Nurse trainers", "open", ("2221",))
    assert [n.id for n in services.people.needs.all()] == [need.id]
    closed = services.people.needs.update(need.id, DRAFT, status="closed")
    assert closed.status == "closed"
    assert [e.action for e in services.audit.history("need", need.id)] == ["create", "update"]


def test_a_bad_need_names_each_field(services: Services) -> None:
    bad = NeedDraft(
        institution="",
        title="Nurses",
        isco_codes=("99999",),
        mode="telepathy",
        earliest=dt.date(2027, 3, 1),
        latest=dt.date(2027, 1, 1),
    )
    with pytest.raises(ValidationError) as caught:
        services.people.needs.create(bad)
    assert {"institution", "isco_codes", "mode"} <= set(caught.value.errors)
    assert services.people.needs.all() == []


def test_a_placement_is_proposed_then_followed_to_its_outcome(services: Services) -> None:
    need = services.people.needs.create(DRAFT)
    sharing, private = nurse(services, "Ixchel", consent=True), nurse(services, "Private", consent=False)
    with pytest.raises(ValidationError, match="consented to sharing"):
        services.people.needs.propose(need.id, private)
    with pytest.raises(NotFoundError):
        services.people.needs.propose(need.id, 999)
    placement = services.people.needs.propose(need.id, sharing)
    assert placement.status is PlacementStatus.PROPOSED
    with pytest.raises(ValidationError):
        services.people.needs.update_placement(
            placement.id,
            status=PlacementStatus.ACCEPTED,
            starts_on=dt.date(2027, 2, 1),
            ends_on=dt.date(2027, 1, 1),
        )
    done = services.people.needs.update_placement(
        placement.id, status=PlacementStatus.ACCEPTED, people_trained=12, outcome_notes="Trained 12 nurses"
    )
    assert (done.status, done.people_trained) == (PlacementStatus.ACCEPTED, 12)
    assert services.people.needs.placements(need.id) == [done]


def test_an_over_long_title_is_refused_naming_the_limit_and_nothing_is_stored(services: Services) -> None:
    import dataclasses

    with pytest.raises(ValidationError) as caught:
        services.people.needs.create(dataclasses.replace(DRAFT, title="Nurse trainers " * 15))
    assert caught.value.errors == {"title": "is longer than 200 characters"}
    assert services.people.needs.all() == []
