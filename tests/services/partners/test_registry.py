"""The partner registry: create, change, find; changes audited and announced."""

from __future__ import annotations

import dataclasses

import pytest

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.errors import NotFoundError, ValidationError
from diaspora_desk.domain.partners import PartnerDraft, PartnerKind
from diaspora_desk.services.composition import Services
from tests.services.partners.conftest import Registry


def test_a_partner_is_stored_with_contacts_practices_and_its_association(
    services: Services, registry: Registry
) -> None:
    record = services.partners.registry.create(
        PartnerDraft(
            name="Hometown club partner",
            kind="Asociación de la diáspora",
            country="Estados Unidos",
            association_id=registry.club,
            phones=("(213) 555-0102",),
            emails=("club@example.org",),
            practice_ids=("A.4.3.3", "P.2.3"),
        )
    )
    again = services.partners.registry.get(record.id)
    assert again == record
    assert again.kind is PartnerKind.DIASPORA_ASSOCIATION
    assert again.association_name == "Club Jerez de California"
    assert again.phones == ("+12135550102",)
    assert again.practice_ids == ("A.4.3.3", "P.2.3")


def test_changes_are_audited_by_field_name(services: Services, registry: Registry) -> None:
    record = services.partners.registry.get(registry.bank)
    services.partners.registry.update(registry.bank, dataclasses.replace(record.draft(), city="Zacatecas"))
    history = services.audit.history("partner", registry.bank)
    assert [e.action for e in history] == ["create", "update"]
    assert history[-1].before is not None
    assert "Zacatecas" not in history[-1].before
    assert history[-1].after is not None
    # The audit names the changed field, not its value (docs/trust.md).
    assert '"changed": ["city"]' in history[-1].after
    assert "Zacatecas" not in history[-1].after


def test_every_write_is_announced(services: Services, registry: Registry) -> None:
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    services.partners.registry.create(PartnerDraft(name="Radio", kind="media", country="US"))
    assert seen
    assert seen[-1].touches("partner")


def test_unknown_practices_and_associations_are_refused(services: Services, registry: Registry) -> None:
    with pytest.raises(ValidationError, match="practice"):
        services.partners.registry.create(
            PartnerDraft(name="NGO", kind="ngo", country="US", practice_ids=("Z.9",))
        )
    with pytest.raises(ValidationError, match="association"):
        services.partners.registry.create(
            PartnerDraft(name="Club", kind="diaspora_association", country="US", association_id=999)
        )
    assert services.partners.registry.count() == 2


def test_find_by_name_without_accents_and_by_kind(services: Services, registry: Registry) -> None:
    partners = services.partners.registry
    assert [p.id for p in partners.page(text="munícipio")] == [registry.city]
    assert [p.id for p in partners.page(kind=PartnerKind.BANK)] == [registry.bank]
    assert partners.count(kind=PartnerKind.NGO) == 0
    assert [c.name for c in partners.choices()] == ["Banco Solidario", "Municipio de Jerez"]


def test_a_missing_partner_is_a_plain_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no partner with id 42"):
        services.partners.registry.get(42)
