"""Generated people for the campaign tests (no real people): who consents, who opted out, who
has which contact detail."""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.domain.campaign_messages import MessageDraft
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, Segment
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services


@dataclass(frozen=True)
class Cast:
    ana: int  # US, Spanish, phone + e-mail, consents
    luc: int  # US, French, e-mail only, consents
    ken: int  # US, English, phone, consents, address
    rosa: int  # US, Spanish, phone, never consented
    omar: int  # US, Spanish, phone, consented then withdrew
    mia: int  # MX, Spanish, phone, consents
    campaign: int


def make_person(services: Services, given: str, *, consent: bool = True, **fields: object) -> int:
    draft = PersonDraft(given_name=given, family_name="Ejemplo", **{"country": "US", **fields})  # type: ignore[arg-type]
    person = services.people.registry.create(draft)
    if consent:
        services.people.consent.set_consent(person.id, ConsentPurpose.CAMPAIGNS, True, how="form")
    return person.id


def build_cast(services: Services) -> Cast:
    ana = make_person(
        services,
        "Ana",
        city="Fresno",
        phones=("+1 559 555 0101",),
        email="ana@example.org",
        preferred_language="es",
    )
    luc = make_person(services, "Luc", city="Fresno", email="luc@example.org", preferred_language="fr")
    ken = make_person(
        services,
        "Ken",
        city="Los Angeles",
        phones=("+1 213 555 0102",),
        preferred_language="en",
        address="1 Main St",
    )
    rosa = make_person(
        services, "Rosa", consent=False, city="Fresno", phones=("+1 559 555 0103",), preferred_language="es"
    )
    omar = make_person(services, "Omar", city="Fresno", phones=("+1 559 555 0104",), preferred_language="es")
    services.people.consent.set_consent(omar, ConsentPurpose.CAMPAIGNS, False)
    mia = make_person(
        services, "Mía", country="MX", city="Tijuana", phones=("+52 664 123 4567",), preferred_language="es"
    )
    campaign = services.campaigns.registry.create(
        CampaignDraft(
            title="Diaspora day invitation",
            channels=(CampaignChannel.SMS, CampaignChannel.EMAIL),
            segment=Segment(countries=("US",)),
            price_per_segment=0.05,
            fallback_language="en",
            place="Community centre",
        )
    ).id
    services.campaigns.messages.set_message(
        campaign, MessageDraft("es", "Hola {given_name}: día de la diáspora en {place}.", "Invitación")
    )
    services.campaigns.messages.set_message(
        campaign, MessageDraft("en", "Hello {given_name}: diaspora day at {place}.", "Invitation")
    )
    return Cast(ana, luc, ken, rosa, omar, mia, campaign)
