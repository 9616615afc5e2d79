"""Agreements with their counterparts, and the reminder list of those ending within 90 days."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.partners import AgreementDraft, AgreementKind, AgreementStatus
from diaspora_desk.services.composition import Services
from tests.conftest import NOW
from tests.services.partners.conftest import Registry

TODAY = NOW.date()


def _agreement(services: Services, registry: Registry, title: str, status: AgreementStatus, days: int) -> int:
    return services.partners.agreements.create(
        AgreementDraft(
            title=title,
            kind=AgreementKind.TWINNING,
            status=status,
            partner_ids=(registry.city, registry.bank),
            signed_on=TODAY - dt.timedelta(days=300),
            ends_on=TODAY + dt.timedelta(days=days),
            document_path="/srv/agreements/twinning.pdf",
            practice_ids=("A.4.2.2",),
        )
    ).id


def test_the_reminder_list_holds_live_agreements_ending_within_90_days(
    services: Services, registry: Registry
) -> None:
    soon = _agreement(services, registry, "Soon", AgreementStatus.IN_FORCE, 30)
    edge = _agreement(services, registry, "Edge", AgreementStatus.IN_FORCE, 90)
    _agreement(services, registry, "Later", AgreementStatus.IN_FORCE, 91)
    _agreement(services, registry, "Ended", AgreementStatus.IN_FORCE, -1)
    _agreement(services, registry, "Terminated", AgreementStatus.TERMINATED, 10)
    expiring = services.partners.agreements.expiring()
    assert [a.id for a in expiring] == [soon, edge]
    assert expiring[0].partner_names == ("Municipio de Jerez", "Banco Solidario")
    assert expiring[0].days_left(TODAY) == 30
    assert [a.id for a in services.partners.agreements.expiring(31)] == [soon]


def test_an_agreement_keeps_its_document_and_practices_and_is_audited(
    services: Services, registry: Registry
) -> None:
    agreement_id = _agreement(services, registry, "Twinning", AgreementStatus.IN_FORCE, 200)
    record = services.partners.agreements.get(agreement_id)
    assert record.document_path == "/srv/agreements/twinning.pdf"
    assert record.practice_ids == ("A.4.2.2",)
    changed = services.partners.agreements.update(
        agreement_id, dataclasses.replace(record.draft(), partner_ids=(registry.bank,))
    )
    assert changed.partner_names == ("Banco Solidario",)
    assert [a.id for a in services.partners.agreements.all(partner_id=registry.city)] == []
    assert [e.action for e in services.audit.history("agreement", agreement_id)] == ["create", "update"]


def test_a_counterpart_must_exist(services: Services, registry: Registry) -> None:
    with pytest.raises(ValidationError, match="no partner with id 77"):
        services.partners.agreements.create(AgreementDraft(title="MoU", partner_ids=(77,)))
    assert services.partners.agreements.all() == []
