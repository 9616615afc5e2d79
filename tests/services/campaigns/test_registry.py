"""Campaigns: created with practices, audited and listed; invalid drafts name each field."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, CampaignStatus, Segment
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError
from diaspora_desk.services.composition import Services


def test_create_with_practices_is_audited_and_listed(services: Services) -> None:
    practice = services.practices.all()[0].id
    record = services.campaigns.registry.create(
        CampaignDraft(
            title="  Remittance  information ",
            practice_ids=(practice,),
            channels=(CampaignChannel.SMS, CampaignChannel.RADIO_TV),
            budget=1500,
            currency="usd",
        )
    )
    assert record.title == "Remittance information"
    assert record.practice_ids == (practice,)
    assert record.currency == "USD"
    assert record.owner == "Test Officer"  # the officer owns what they create unless told otherwise
    assert [e.action for e in services.audit.history("campaign", record.id)] == [AuditAction.CREATE.value]
    page = services.campaigns.registry.page(0, 10)
    assert [s.title for s in page] == ["Remittance information"]
    assert services.campaigns.registry.count(text="remit") == 1
    assert services.campaigns.registry.count(status=CampaignStatus.DONE) == 0


def test_invalid_campaign_names_each_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.campaigns.registry.create(
            CampaignDraft(
                title=" ",
                currency="dollars",
                status=CampaignStatus.SCHEDULED,
                segment=Segment(countries=("USA",), min_age=60, max_age=20),
            )
        )
    assert set(caught.value.errors) == {
        "title",
        "currency",
        "channels",
        "segment.countries",
        "segment.max_age",
    }
    with pytest.raises(ValidationError, match="unknown practice"):
        services.campaigns.registry.create(CampaignDraft(title="x", practice_ids=("no-such",)))
    with pytest.raises(NotFoundError):
        services.campaigns.registry.get(99)
