"""First-run settings: origin country, consulate and officer, validated, placed on the map, audited."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import Services

DRAFT = SetupDraft(
    origin_country="Guatemala",
    officer_name="  Otra   Oficial ",
    consulate_name="Consulado en Houston",
    consulate_country="Estados Unidos",
    consulate_city="Houston",
    jurisdiction=("US-TX", "US-OK", "US-TX"),
)


def test_saving_places_the_consulate_and_keeps_one_consulate(services: Services) -> None:
    first = services.settings.current().consulate
    assert first is not None
    saved = services.settings.save(DRAFT)
    assert saved.configured
    assert (saved.origin_country, saved.officer_name) == ("GT", "Otra Oficial")
    consulate = saved.consulate
    assert consulate is not None
    assert consulate.id == first.id  # changed in place, not a second consulate
    assert (consulate.name, consulate.country, consulate.city) == ("Consulado en Houston", "US", "Houston")
    assert consulate.latitude is not None
    assert 29 < consulate.latitude < 30.5
    assert consulate.jurisdiction == ("US-OK", "US-TX")
    assert services.settings.officer() == "Otra Oficial"
    assert [c.name for c in services.settings.consulates()] == ["Consulado en Houston"]
    assert services.audit.history("settings", "app")[-1].officer == "Otra Oficial"


def test_bad_settings_name_each_field_and_change_nothing(services: Services) -> None:
    bad = SetupDraft(
        origin_country="Atlantis",
        officer_name=" ",
        consulate_name="x" * 201,
        consulate_country="US",
        consulate_city="Houston",
        jurisdiction=("Texas",),
    )
    with pytest.raises(ValidationError) as caught:
        services.settings.save(bad)
    assert set(caught.value.errors) == {"origin_country", "officer_name", "consulate_name", "jurisdiction"}
    assert services.settings.officer() == "Test Officer"
