"""Erasing a person leaves no trace of their values in the file; anonymising keeps aggregates."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.people_records import PersonRecord
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.common.maintenance import check_database
from diaspora_desk.services.composition import Services
from diaspora_desk.services.trust.erasure import DuePeople, ErasurePolicy, ErasureService

SYLLABLES = ("ka", "lo", "mi", "ra", "tzu", "xe", "qui", "no", "va", "bel", "dor", "sem")


def _name(rng: random.Random) -> str:
    """A generated name (tests never hold real people's data)."""
    return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize() + "x"


def _person(services: Services, seed: int) -> tuple[PersonRecord, list[str]]:
    rng = random.Random(seed)
    given, family = _name(rng), _name(rng)
    email = f"{given.lower()}.{seed}@example.org"
    record = services.people.registry.create(
        PersonDraft(given_name=given, family_name=family, country="US", city="Fresno", email=email,
                    phones=(f"+1 559 555 01{seed:02d}",), notes=f"Prefers {family} evenings")
    )  # fmt: skip
    services.people.consent.set_consent(record.id, ConsentPurpose.CONSULAR_CONTACT, True)
    services.people.consent.set_legal_status(record.id, "Vexqu pending status")
    return record, [given, family, email, f"+1559555{seed + 100:04d}"[:12], "Vexqu pending"]


def _file_text(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_an_erased_person_leaves_no_value_in_the_file(services: Services) -> None:
    record, values = _person(services, 1)
    _kept, kept_values = _person(services, 2)
    assert services.people.registry.count(PeopleQuery(text=values[1])) == 1
    erased = services.trust.erasure.erase(record.id, "the person asked to be forgotten")
    assert erased.clean
    assert erased.rows["person"] == 1
    assert erased.rows["consent"] == 1
    assert services.people.registry.count(PeopleQuery(text=values[1])) == 0
    assert services.people.registry.count(PeopleQuery(text=kept_values[1])) == 1
    data = _file_text(services.database_path)
    for value in values[:3]:
        assert value.encode() not in data
        assert value.lower().encode() not in data  # nor as the search index folds it
    assert kept_values[1].encode() in data
    with sqlite3.connect(services.database_path) as connection:
        (after,) = connection.execute("SELECT after FROM audit_event WHERE action = 'erase'").fetchone()
    assert "forgotten" in after
    assert check_database(services.database_path).intact


def test_a_second_officer_confirms_when_the_policy_asks(services: Services) -> None:
    record, _values = _person(services, 3)
    erasure = services.trust.erasure
    erasure.set_policy(ErasurePolicy(second_officer=True))
    with pytest.raises(ValidationError, match="second officer"):
        erasure.erase(record.id, "requested")
    with pytest.raises(ValidationError, match="second officer"):
        erasure.erase(record.id, "requested", second_officer="test officer")
    with pytest.raises(ValidationError, match="reason"):
        erasure.erase(record.id, "", second_officer="Ana Supervisor")
    assert erasure.erase(record.id, "requested", second_officer="Ana Supervisor").clean


def test_anonymising_keeps_the_record_for_aggregates_without_what_identifies_it(services: Services) -> None:
    record, values = _person(services, 4)
    erased = services.trust.erasure.erase(record.id, "keep the counts", anonymise=True)
    assert erased.anonymised
    assert erased.clean
    kept = services.people.registry.get(record.id)
    assert (kept.country, kept.city, kept.family_name, kept.email) == ("US", "Fresno", "(anonymised)", "")
    assert kept.phones == ()
    data = _file_text(services.database_path)
    for value in values[:3]:
        assert value.encode() not in data


def test_retention_lists_and_erases_people_archived_long_ago(services: Services) -> None:
    old, _ = _person(services, 5)
    recent, _ = _person(services, 6)
    services.people.registry.set_archived(old.id, True)
    later = ErasureService(services.database, FixedClock(dt.datetime(2031, 1, 1)), services.settings.officer)
    assert later.due() == []  # no rule set
    later.set_policy(ErasurePolicy(archived_years=3))
    assert later.due() == [old.id]
    (erased,) = later.apply_retention()
    assert erased.person_ids == (old.id,)
    assert later.due() == []
    assert services.people.registry.get(recent.id).id == recent.id


def test_the_people_due_are_counted_and_the_first_named_family_name_first(services: Services) -> None:
    create = services.people.registry.create
    for given, family in [("Zuri", "Ovando"), ("Amel", "Brisca"), ("Noe", ""), ("Ilse", "Brisca")]:
        person = create(PersonDraft(given_name=given, family_name=family, country="US"))
        services.people.registry.set_archived(person.id, True)
    create(PersonDraft(given_name="Kept", family_name="Active", country="US"))
    later = ErasureService(services.database, FixedClock(dt.datetime(2031, 1, 1)), services.settings.officer)
    assert later.due_names() == DuePeople(0, (), rule_set=False)
    later.set_policy(ErasurePolicy(archived_years=3))
    assert later.due_names() == DuePeople(4, ("Noe", "Brisca, Amel", "Brisca, Ilse"))
    assert later.due_names(limit=10).count == len(later.due()) == 4
