"""Association use cases: audit trail, duplicates, search, filters, sorting, archive."""

from __future__ import annotations

import dataclasses
import json

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.association_query import ArchiveFilter, AssociationQuery, AssociationSort
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError
from diaspora_desk.services.associations.registry import draft_from_record
from diaspora_desk.services.composition import Services


def _names(services: Services, query: AssociationQuery) -> list[str]:
    return [row.name for row in services.associations.registry.page(query, 0, 100)]


@pytest.fixture
def registry(services: Services) -> Services:
    drafts = [
        AssociationDraft(
            name="Asociación Ñandú de Fresno",
            type="hometown",
            country="US",
            city="fresno",
            focus_areas=("health",),
            members_estimate="40",
        ),
        AssociationDraft(
            name="Ελληνική Κοινότητα",
            acronym="EK",
            type="community",
            country="US",
            city="Phoenix",
            focus_areas=("culture",),
            members_estimate="300",
        ),
        AssociationDraft(
            name="Red de Ingenieros",
            acronym="RING",
            type="professional",
            country="CA",
            city="Toronto",
            focus_areas=("engineering", "ict"),
            members_estimate="120",
        ),
        AssociationDraft(
            name="Mujeres Unidas",
            type="women",
            country="US",
            city="Los Angeles",
            focus_areas=("health", "legal_rights"),
        ),
    ]
    for draft in drafts:
        services.associations.registry.create(draft)
    return services


def test_create_update_archive_are_audited_with_the_fields_they_changed(services: Services) -> None:
    record = services.associations.registry.create(
        AssociationDraft(name="Club Uno", country="US", city="Fresno")
    )
    updated = services.associations.registry.update(
        record.id, dataclasses.replace(draft_from_record(record), members_estimate="75")
    )
    services.associations.registry.set_archived(record.id, True)
    events = services.audit.history("association", record.id)
    assert [e.action for e in events] == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.ARCHIVE]
    assert all(e.officer == "Test Officer" for e in events)
    assert events[0].before is None
    assert "members_estimate" not in json.loads(events[1].before or "{}")["fields"]
    assert json.loads(events[1].after or "{}")["changed"] == ["members_estimate"]
    assert "archived_at" in json.loads(events[2].after or "{}")["changed"]
    assert "Club Uno" not in (events[0].after or "")
    assert updated.members_estimate == 75


def test_city_is_resolved_in_the_gazetteer(services: Services) -> None:
    record = services.associations.registry.create(
        AssociationDraft(name="Club", country="US", city="  fresno ")
    )
    assert record.city == "Fresno"
    assert record.latitude == pytest.approx(36.75, abs=0.1)
    unknown = services.associations.registry.create(
        AssociationDraft(name="Club", country="US", city="Smallville Farm")
    )
    assert (unknown.city, unknown.latitude) == ("Smallville Farm", None)


def test_duplicate_name_in_same_city_is_refused_naming_the_other(registry: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        registry.associations.registry.create(
            AssociationDraft(name="ASOCIACION nandu de fresno", country="us", city="Fresno")
        )
    assert "association 1" in caught.value.errors["name"]
    # Same name elsewhere is a different association.
    registry.associations.registry.create(
        AssociationDraft(name="Asociación Ñandú de Fresno", country="US", city="Phoenix")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nandu", ["Asociación Ñandú de Fresno"]),
        ("ASOCIACION", ["Asociación Ñandú de Fresno"]),
        ("fres asoc", ["Asociación Ñandú de Fresno"]),
        ("ελληνικη", ["Ελληνική Κοινότητα"]),
        ("ring", ["Red de Ingenieros"]),
        ("toronto", ["Red de Ingenieros"]),
        ("angeles mujer", ["Mujeres Unidas"]),
        ('"; DROP TABLE association; --', []),
        ("", ["Asociación Ñandú de Fresno", "Mujeres Unidas", "Red de Ingenieros", "Ελληνική Κοινότητα"]),
    ],
)
def test_search_is_accent_and_case_insensitive_by_word_prefix(
    registry: Services, text: str, expected: list[str]
) -> None:
    query = AssociationQuery(text=text)
    assert _names(registry, query) == expected
    assert registry.associations.registry.count(query) == len(expected)


def test_filters_and_sorting_happen_together(registry: Services) -> None:
    assert _names(registry, AssociationQuery(country="CA")) == ["Red de Ingenieros"]
    assert _names(registry, AssociationQuery(type="women")) == ["Mujeres Unidas"]
    assert _names(registry, AssociationQuery(focus="health")) == [
        "Asociación Ñandú de Fresno",
        "Mujeres Unidas",
    ]
    by_members = AssociationQuery(sort=AssociationSort.MEMBERS, descending=True)
    assert [r.members_estimate for r in registry.associations.registry.page(by_members, 0, 10)][:3] == [
        300,
        120,
        40,
    ]
    by_city = AssociationQuery(sort=AssociationSort.CITY)
    assert [r.city for r in registry.associations.registry.page(by_city, 0, 10)] == [
        "Fresno",
        "Los Angeles",
        "Phoenix",
        "Toronto",
    ]
    assert [r.name for r in registry.associations.registry.page(AssociationQuery(), 1, 2)] == [
        "Mujeres Unidas",
        "Red de Ingenieros",
    ]


def test_archived_associations_are_kept_and_filtered(registry: Services) -> None:
    registry.associations.registry.set_archived(2, True)
    assert "Ελληνική Κοινότητα" not in _names(registry, AssociationQuery())
    assert _names(registry, AssociationQuery(archive=ArchiveFilter.ARCHIVED)) == ["Ελληνική Κοινότητα"]
    assert len(_names(registry, AssociationQuery(archive=ArchiveFilter.ALL))) == 4
    restored = registry.associations.registry.set_archived(2, False)
    assert not restored.archived
    assert registry.associations.registry.get(2).name == "Ελληνική Κοινότητα"


def test_unknown_id_is_a_plain_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no association with id 42"):
        services.associations.registry.get(42)


def test_renamed_association_is_found_by_its_new_name(registry: Services) -> None:
    record = registry.associations.registry.get(3)
    registry.associations.registry.update(
        3, dataclasses.replace(draft_from_record(record), name="Red de Técnicos")
    )
    assert _names(registry, AssociationQuery(text="tecnicos")) == ["Red de Técnicos"]
    assert _names(registry, AssociationQuery(text="ingenieros")) == []
