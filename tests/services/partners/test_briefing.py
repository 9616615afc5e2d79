"""The briefing's figures of a period: counts, funds by source and currency, practices."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.partners import AgreementDraft, AgreementStatus
from diaspora_desk.domain.projects import FundingLine, ProjectStage
from diaspora_desk.services.composition import Services
from tests.services.partners.conftest import Registry
from tests.services.partners.test_projects import _draft

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_counts_funds_and_practices_of_a_year(services: Services, registry: Registry) -> None:
    projects = services.partners.projects
    projects.create(dataclasses.replace(_draft(registry), starts_on=dt.date(2026, 3, 1)))
    projects.create(
        dataclasses.replace(
            _draft(registry),
            title="Old school",
            currency="USD",
            budget=None,
            stage=ProjectStage.COMPLETED,
            funding=(FundingLine(FundingSource.PARTNER, Decimal("10.00"), Decimal("10.00")),),
            starts_on=dt.date(2024, 1, 1),
            ends_on=dt.date(2025, 6, 30),
        )
    )
    agreements = services.partners.agreements
    agreements.create(
        AgreementDraft(
            title="Twinning",
            status=AgreementStatus.IN_FORCE,
            partner_ids=(registry.city,),
            signed_on=dt.date(2026, 2, 14),
            practice_ids=("P.2.3",),
        )
    )
    agreements.create(AgreementDraft(title="Draft", partner_ids=(registry.bank,), practice_ids=("P.2.3",)))
    summary = services.partners.briefing.summary(*YEAR)
    assert (summary.partners, summary.partners_new) == (
        2,
        2,
    )  # both registered on the clock's day, 2026-11-24
    assert (summary.agreements, summary.agreements_signed, summary.projects) == (1, 1, 1)
    assert summary.projects_by_stage[ProjectStage.IMPLEMENTATION] == 1
    assert summary.beneficiaries == 1800
    assert [(f.source, f.currency, f.pledged) for f in summary.funds][:1] == [
        (FundingSource.ASSOCIATION, "MXN", Decimal("250000.10"))
    ]
    assert all(f.currency == "MXN" for f in summary.funds)
    assert (summary.matching_checked, summary.matching_met) == (1, 1)
    activity = summary.practices["P.2.3"]
    assert (activity.partners, activity.agreements, activity.projects) == (0, 1, 1)
    assert activity.latest == dt.date(2026, 3, 1)


def test_a_period_before_anything_existed_is_empty(services: Services, registry: Registry) -> None:
    summary = services.partners.briefing.summary(dt.date(2000, 1, 1), dt.date(2000, 12, 31))
    assert (summary.partners, summary.agreements, summary.projects, summary.funds, summary.practices) == (
        0,
        0,
        0,
        (),
        {},
    )
