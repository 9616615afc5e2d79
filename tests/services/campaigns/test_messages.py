"""A campaign's messages: placeholders checked, SMS length and cost estimated."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.campaign_messages import MessageDraft
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast


def test_messages_validate_placeholders_and_estimate_sms_cost(services: Services, cast: Cast) -> None:
    with pytest.raises(ValidationError, match=r"\{name\}"):
        services.campaigns.messages.set_message(cast.campaign, MessageDraft("es", "Hola {name}"))
    estimate = services.campaigns.messages.sms_estimate(cast.campaign)
    assert estimate.recipients == 2  # Ana (es) and Ken (en)
    assert estimate.segments == 2
    assert estimate.cost == pytest.approx(0.10)
    assert estimate.per_language["en"].encoding == "GSM-7"
    assert estimate.per_language["es"].encoding == "UCS-2"  # "í" is not in the GSM-7 alphabet
    # The euro sign is a GSM-7 extension character: two septets, 160 in all.
    assert services.campaigns.messages.preview("Ç" * 158 + "€") == ("GSM-7", 159, 1)
    assert services.campaigns.messages.preview("Ç" * 159 + "€") == ("GSM-7", 160, 2)
    assert services.campaigns.messages.preview("ą" * 71) == ("UCS-2", 71, 2)
