"""The briefing's figures of people, associations, campaigns and placements: small cells never shown."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import build_scene

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _figures(services: Services) -> dict[str, str]:
    return {f.label: f.value for f in services.briefing.reports.briefing(YEAR).summary}


def test_a_count_of_one_to_four_people_is_printed_under_five(services: Services) -> None:
    for given in ("Ana", "Luis", "Rosa"):
        services.people.registry.create(PersonDraft(given_name=given, family_name="Ajú", country="US"))
    assert _figures(services)["Nationals registered"] == "<5"


def test_registry_and_associations_are_counted(services: Services) -> None:
    build_scene(services)  # ten nationals, two associations
    figures = _figures(services)
    assert (figures["Nationals registered"], figures["Associations"]) == ("10", "2")
    briefing = services.briefing.reports.briefing(YEAR)
    (by_type,) = briefing.associations
    assert (by_type.unit, by_type.total) == ("Associations", "2")


def test_no_row_of_the_profile_gives_a_small_count_away(services: Services) -> None:
    build_scene(services)  # seven in Fresno, two in Clovis, one in Los Angeles
    profile = {table.title: table for table in services.briefing.reports.briefing(YEAR).profile}
    cities = profile["Host city"]
    assert cities.total == "10"
    for _label, value in cities.rows:
        assert value == "0" or int(value.replace(",", "")) >= 5
    assert ("Clovis", "2") not in cities.rows
    assert profile["Host country"].rows == (("United States", "10"),)
