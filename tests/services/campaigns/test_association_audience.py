"""Associations a segment covers: active ones of its countries, towns and types, reached only
through the contacts their record holds."""

from __future__ import annotations

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.campaigns import CampaignChannel, Segment
from diaspora_desk.services.campaigns.association_audience import association_recipients, count_associations
from diaspora_desk.services.composition import Services


def test_count_and_recipients_by_country_town_type_and_contact(services: Services) -> None:
    registry = services.associations.registry
    club = registry.create(
        AssociationDraft(
            name="Club Uno",
            type="hometown",
            country="US",
            city="Fresno",
            address="1 Main St",
            phones=("+1 559 555 0190", "+1 559 555 0191"),
            languages=("es",),
        )
    ).id
    registry.create(AssociationDraft(name="Obreros", type="workers", country="US", city="Los Angeles"))
    registry.create(AssociationDraft(name="Club MX", country="MX", phones=("+52 664 123 4567",)))
    archived = registry.create(AssociationDraft(name="Old", country="US", phones=("+1 559 555 0192",))).id
    registry.set_archived(archived, True)
    channels = [CampaignChannel.SMS, CampaignChannel.EMAIL, CampaignChannel.LETTER]
    with services.database.unit_of_work() as uow:
        session = uow.session
        us = Segment(countries=("US",), include_associations=True)
        assert count_associations(session, us, channels) == (
            2,
            {CampaignChannel.SMS: 1, CampaignChannel.EMAIL: 2, CampaignChannel.LETTER: 1},
        )
        assert count_associations(session, Segment(cities=("fresno",)), [])[0] == 1
        assert count_associations(session, Segment(association_types=("workers",)), [])[0] == 1
        sms = list(association_recipients(session, us, CampaignChannel.SMS))
    assert [(r["association_id"], r["phone"], r["language"], r["given_name"]) for r in sms] == [
        (club, "+15595550190", "es", "Club Uno")  # the first phone of the record
    ]
