"""Projects with funding by source kept exactly (Decimal, whole cents), links and milestones."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.projects import FundingLine, Milestone, ProjectDraft, ProjectProgramme, ProjectStage
from diaspora_desk.services.composition import Services
from tests.services.partners.conftest import Registry


def _draft(registry: Registry) -> ProjectDraft:
    return ProjectDraft(
        title="Drinking water for El Rosario",
        programme=ProjectProgramme.THREE_FOR_ONE,
        country="MX",
        place="El Rosario",
        stage=ProjectStage.IMPLEMENTATION,
        currency="MXN",
        budget=Decimal("1000000.40"),
        matching_rule="1:1:1:1",
        funding=tuple(
            FundingLine(source, Decimal("250000.10"), Decimal("0.10"))
            for source in (
                FundingSource.ASSOCIATION,
                FundingSource.MUNICIPALITY,
                FundingSource.STATE,
                FundingSource.FEDERAL,
            )
        ),
        association_ids=(registry.club, registry.women),
        partner_ids=(registry.city,),
        milestones=(
            Milestone("Works start", dt.date(2027, 1, 10)),
            Milestone("Handover", dt.date(2027, 6, 1)),
        ),
        beneficiaries=1800,
        practice_ids=("P.2.3",),
    )


def test_a_project_comes_back_exactly_as_given(services: Services, registry: Registry) -> None:
    record = services.partners.projects.create(_draft(registry))
    again = services.partners.projects.get(record.id)
    assert again == record
    assert again.pledged == Decimal("1000000.40")
    assert again.received == Decimal("0.40")
    assert again.association_names == ("Club Jerez de California", "Mujeres Unidas")
    assert again.partner_names == ("Municipio de Jerez",)
    assert [m.title for m in again.milestones] == ["Works start", "Handover"]
    check = again.matching()
    assert check is not None
    assert check.met


def test_a_change_of_funding_shows_in_the_rule_and_the_audit(services: Services, registry: Registry) -> None:
    record = services.partners.projects.create(dataclasses.replace(_draft(registry), budget=None))
    less = tuple(
        dataclasses.replace(f, pledged=Decimal(100_000)) if f.source is FundingSource.FEDERAL else f
        for f in record.funding
    )
    changed = services.partners.projects.update(record.id, dataclasses.replace(record.draft(), funding=less))
    check = changed.matching()
    assert check is not None
    assert not check.met
    history = services.audit.history("project", record.id)
    assert [e.action for e in history] == ["create", "update"]
    assert history[-1].after is not None
    # The audit names what changed, never the values (docs/trust.md).
    assert '"changed": ["funding"]' in history[-1].after
    assert "100000" not in history[-1].after


def test_nothing_is_written_when_a_link_is_unknown(services: Services, registry: Registry) -> None:
    with pytest.raises(ValidationError, match="association"):
        services.partners.projects.create(dataclasses.replace(_draft(registry), association_ids=(404,)))
    assert services.partners.projects.all() == []


def test_list_by_stage_and_text(services: Services, registry: Registry) -> None:
    services.partners.projects.create(_draft(registry))
    assert len(services.partners.projects.all(stage=ProjectStage.IMPLEMENTATION, text="rosario")) == 1
    assert services.partners.projects.all(stage=ProjectStage.COMPLETED) == []
