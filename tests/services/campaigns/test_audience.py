"""A campaign's audience: who is counted, who is left out and why; opt-outs always win."""

from __future__ import annotations

import dataclasses

import pytest

from diaspora_desk.domain.campaigns import CampaignChannel, Radius, Segment
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, make_person


def test_audience_counts_who_is_left_out_and_why(services: Services, cast: Cast) -> None:
    count = services.campaigns.audience.campaign_count(cast.campaign)
    # US: Ana, Luc, Ken (consent), Rosa (never consented), Omar (withdrew); Mía lives in Mexico.
    assert count.matching == 5
    assert (count.consenting, count.no_consent, count.opted_out) == (3, 1, 1)
    assert count.without_contact == {CampaignChannel.SMS: 1, CampaignChannel.EMAIL: 1}  # Luc, Ken
    assert count.reachable == {CampaignChannel.SMS: 2, CampaignChannel.EMAIL: 2}
    letters = services.campaigns.audience.count(Segment(countries=("US",)), (CampaignChannel.LETTER,))
    assert letters.reachable == {CampaignChannel.LETTER: 1}  # only Ken has a postal address


def test_segment_criteria_narrow_the_count(services: Services, cast: Cast) -> None:
    count = services.campaigns.audience.count
    assert count(Segment()).matching == 6
    assert count(Segment(cities=("FRESNO",))).matching == 4
    assert count(Segment(languages=("fr",))).matching == 1
    assert count(Segment(countries=("mx",))).matching == 1
    # From Los Angeles, Tijuana lies about 210 km away and Fresno about 320 km.
    los_angeles = Radius(34.05, -118.24, 100)
    assert count(Segment(radius=los_angeles)).matching == 1
    assert count(Segment(radius=dataclasses.replace(los_angeles, km=250))).matching == 2
    assert count(Segment(radius=dataclasses.replace(los_angeles, km=400))).matching == 6
    archived = make_person(services, "Zoe", city="Fresno", phones=("+1 559 555 0199",))
    services.people.registry.set_archived(archived, True)
    assert count(Segment(cities=("Fresno",))).matching == 4
    with pytest.raises(ValidationError):
        count(Segment(isco_codes=("2a",)))


def test_opt_out_wins_over_a_matching_segment(services: Services, cast: Cast) -> None:
    recipients = services.campaigns.delivery.prepare(cast.campaign, CampaignChannel.SMS)[1]
    assert cast.omar not in {p.recipient.person_id for p in recipients}
    assert cast.rosa not in {p.recipient.person_id for p in recipients}


def test_the_phone_count_follows_edits_of_the_phones(services: Services) -> None:
    from diaspora_desk.domain.people import PersonDraft

    def sms_without_phone() -> int:
        count = services.campaigns.audience.count(Segment(countries=("CA",)), (CampaignChannel.SMS,))
        return count.without_contact[CampaignChannel.SMS]

    phones = ("+1 416 555 0150", "+1 416 555 0151")
    person = make_person(services, "Ivo", country="CA", city="Toronto", phones=phones)
    assert sms_without_phone() == 0
    draft = PersonDraft(given_name="Ivo", family_name="Ejemplo", country="CA", city="Toronto")
    services.people.registry.update(person, draft)
    assert sms_without_phone() == 1  # both phones removed
    services.people.registry.update(person, dataclasses.replace(draft, phones=phones[:1]))
    assert sms_without_phone() == 0
