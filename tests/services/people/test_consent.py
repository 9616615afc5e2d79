"""Consent per purpose, and the legal status: given, withdrawn, every look at the status audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from tests.conftest import NOW


def _person(services: Services) -> int:
    return services.people.registry.create(PersonDraft(given_name="Ana", family_name="Yax", country="US")).id


def test_consent_is_given_and_withdrawn_per_purpose_with_a_trail(services: Services) -> None:
    person = _person(services)
    given = services.people.consent.set_consent(person, ConsentPurpose.CAMPAIGNS, True, how="form")
    assert given.consented(ConsentPurpose.CAMPAIGNS)
    assert not given.consented(ConsentPurpose.SHARING_FOR_MATCHING)
    again = services.people.consent.set_consent(person, ConsentPurpose.CAMPAIGNS, True, how="form")
    assert again == given  # nothing changed, nothing written
    withdrawn = services.people.consent.set_consent(person, ConsentPurpose.CAMPAIGNS, False)
    assert not withdrawn.consented(ConsentPurpose.CAMPAIGNS)
    actions = [e.action for e in services.audit.history("person", person)]
    assert actions == ["create", "consent", "consent"]


def test_consent_cannot_be_dated_in_the_future(services: Services) -> None:
    person = _person(services)
    with pytest.raises(ValidationError) as caught:
        services.people.consent.set_consent(
            person, ConsentPurpose.CAMPAIGNS, True, on=NOW.date() + dt.timedelta(days=1)
        )
    assert "consent_date" in caught.value.errors
    assert not services.people.registry.get(person).consented(ConsentPurpose.CAMPAIGNS)


def test_over_long_notes_are_refused_naming_the_limit_never_cut(services: Services) -> None:
    person = _person(services)
    with pytest.raises(ValidationError) as caught:
        services.people.consent.set_consent(person, ConsentPurpose.CAMPAIGNS, True, how="signed form " * 20)
    assert caught.value.errors == {"consent_how": "is longer than 200 characters"}
    assert not services.people.registry.get(person).consented(ConsentPurpose.CAMPAIGNS)
    with pytest.raises(ValidationError) as caught:
        services.people.consent.legal_status(person, "checking the file " * 15)
    assert caught.value.errors == {"reason": "is longer than 200 characters"}
    assert [e.action for e in services.audit.history("person", person)] == ["create"]


def test_the_legal_status_never_enters_the_trail_but_every_look_does(services: Services) -> None:
    person = _person(services)
    services.people.consent.set_legal_status(person, "  work   permit ")
    assert services.people.consent.legal_status(person, reason="appointment") == "work permit"
    history = services.audit.history("person", person)
    assert [e.action for e in history] == ["create", "update", "view_sensitive"]
    assert "work permit" not in json.dumps([e.after for e in history])
    with pytest.raises(ValidationError):
        services.people.consent.set_legal_status(person, "x" * 201)
