"""The briefing's period and where the app supports each practice."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.briefing import Period, supported_by
from diaspora_desk.domain.errors import ValidationError


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="ends"):
        Period(dt.date(2026, 5, 1), dt.date(2026, 4, 30))
    one_day = Period(dt.date(2026, 5, 1), dt.date(2026, 5, 1))
    assert dt.date(2026, 5, 1) in one_day
    assert dt.date(2026, 5, 2) not in one_day
    assert one_day.label == "2026-05-01 – 2026-05-01"


def test_the_most_specific_part_of_the_app_answers_for_a_practice() -> None:
    assert supported_by("A.4.5.1").startswith("Mobile Visits")
    assert supported_by("A.4.5.2").startswith("Campaigns")
    assert supported_by("A.4.5") == "Mobile Visits and Campaigns"
    assert supported_by("P.2.3") == "Partners: matching-fund projects"
    assert supported_by("P.2.1") == "Partners: registry, agreements and projects"  # from "P"
    assert supported_by("Z.9") == "Associations: interactions log"  # unknown: where anything is logged
