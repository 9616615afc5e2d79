"""The campaign tests' generated people and campaign."""

from __future__ import annotations

import pytest

from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, build_cast


@pytest.fixture
def cast(services: Services) -> Cast:
    return build_cast(services)
