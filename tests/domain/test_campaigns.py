"""The pure parts of campaigns: segments."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.campaigns import Radius, Segment


@given(
    countries=st.lists(st.sampled_from(["US", "MX", "ES", "FR"]), max_size=3, unique=True),
    ages=st.tuples(st.none() | st.integers(0, 60), st.none() | st.integers(61, 120)),
    day=st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)),
    radius=st.none() | st.builds(Radius, st.floats(-80, 80), st.floats(-170, 170), st.floats(1, 500)),
    organisations=st.tuples(st.booleans(), st.lists(st.sampled_from(["hometown", "workers"]), unique=True)),
)
def test_segment_round_trips_through_json(
    countries: list[str],
    ages: tuple[int | None, int | None],
    day: dt.date | None,
    radius: Radius | None,
    organisations: tuple[bool, list[str]],
) -> None:
    segment = Segment(
        countries=tuple(countries),
        min_age=ages[0],
        max_age=ages[1],
        available_on=day,
        radius=radius,
        include_associations=organisations[0],
        association_types=tuple(organisations[1]),
    )
    assert Segment.from_json(segment.to_json()) == segment


def test_an_over_long_place_is_refused_naming_the_limit_never_cut() -> None:
    import pytest

    from diaspora_desk.domain.campaigns import CampaignDraft, validate_campaign
    from diaspora_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        validate_campaign(CampaignDraft(title="Consular days", place="Community centre " * 15))
    assert caught.value.errors == {"place": "is longer than 200 characters"}
    assert validate_campaign(CampaignDraft(title="Consular days", place="p" * 200)).place == "p" * 200


def test_an_unknown_association_type_is_refused() -> None:
    import pytest

    from diaspora_desk.domain.campaigns import validate_segment
    from diaspora_desk.domain.errors import ValidationError

    assert validate_segment(Segment(association_types=("workers",))).association_types == ("workers",)
    with pytest.raises(ValidationError) as raised:
        validate_segment(Segment(association_types=("gang",)))
    assert "association_types" in raised.value.errors
    assert Segment.from_json("{}").include_associations is False  # saved before associations existed
