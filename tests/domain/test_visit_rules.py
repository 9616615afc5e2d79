"""A visit draft's rules: tidied when good, each bad field named, texts too long refused not cut."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.visit_rules import validate_visit
from diaspora_desk.domain.visits import ConsularService, OfferedService, TeamMember, VisitDraft

DAY = dt.date(2026, 12, 5)


def _draft(**changes: object) -> VisitDraft:
    values: dict[str, object] = {
        "consulate_id": 1,
        "country": "us",
        "city": "  Fresno ",
        "starts_on": DAY,
        "ends_on": DAY,
        **changes,
    }
    return VisitDraft(**values)  # type: ignore[arg-type]


def test_validation_tidies_a_good_draft() -> None:
    clean = validate_visit(
        _draft(venue="  Salón   comunal ", services=(OfferedService(ConsularService.CONSULAR_ID, 6),))
    )
    assert (clean.city, clean.country, clean.venue) == ("Fresno", "US", "Salón comunal")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"city": ""}, "city"),
        ({"ends_on": DAY - dt.timedelta(days=1)}, "ends_on"),
        ({"ends_on": DAY + dt.timedelta(days=30)}, "ends_on"),
        ({"slot_minutes": 7}, "slot_minutes"),
        ({"opens_at": dt.time(12, 0), "closes_at": dt.time(12, 10)}, "closes_at"),
        ({"services": (OfferedService(ConsularService.CONSULAR_ID, 61),)}, "services"),
        (
            {
                "services": (
                    OfferedService(ConsularService.CONSULAR_ID, 2),
                    OfferedService(ConsularService.CONSULAR_ID, 3),
                )
            },
            "services",
        ),
    ],
)
def test_validation_names_the_bad_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_visit(_draft(**changes))
    assert field in caught.value.errors


@pytest.mark.parametrize(
    ("changes", "field", "limit"),
    [
        ({"city": "F" * 201}, "city", 200),
        ({"venue": "Parish hall " * 20}, "venue", 200),
        ({"host_partner": "x" * 201}, "host_partner", 200),
        ({"venue_address": "1200 Tulare St\n" * 150}, "venue_address", 2000),
        ({"team": (TeamMember("Ana " * 60, "clerk"),)}, "team", 200),
        ({"team": (TeamMember("Ana", "r" * 101),)}, "team", 100),
    ],
)
def test_an_over_long_text_is_refused_naming_the_limit_never_cut(
    changes: dict[str, object], field: str, limit: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_visit(_draft(**changes))
    assert caught.value.errors[field] == f"is longer than {limit} characters"


def test_a_text_at_the_limit_is_kept_whole() -> None:
    clean = validate_visit(_draft(venue="v" * 200, city="F" * 200))
    assert (len(clean.venue), len(clean.city)) == (200, 200)
