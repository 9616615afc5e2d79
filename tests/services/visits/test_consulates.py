"""Consulates: placed with the gazetteer, their jurisdiction checked."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.services.composition import Services
from diaspora_desk.services.visits.consulates import ConsulateDraft


def test_consulates_are_added_with_gazetteer_places_and_checked_jurisdiction(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.consulates.save(ConsulateDraft("Consulado", "US", "Atlantisville", ("US-XX",)))
    assert set(caught.value.errors) == {"city", "jurisdiction"}
    phoenix = services.visits.consulates.save(
        ConsulateDraft("Consulado en Phoenix", "US", "phoenix", ("us-az",))
    )
    assert (phoenix.city, phoenix.jurisdiction) == ("Phoenix", ("US-AZ",))
    assert phoenix.latitude == pytest.approx(33.45, abs=0.05)
    assert [c.name for c in services.visits.consulates.list()] == ["Consulado en Phoenix", "Test Consulate"]
