"""The briefing's data read in one snapshot: the consulate, the summary, the coverage, the catalogue."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.errors import NotFoundError
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import build_scene

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_an_empty_database_gives_zero_figures_and_every_practice_as_a_gap(services: Services) -> None:
    briefing = services.briefing.reports.briefing(YEAR)
    practices = len(services.practices.all())
    assert briefing.consulate is not None
    assert briefing.consulate.name == "Test Consulate"
    figures = {f.label: f.value for f in briefing.summary}
    assert figures["Nationals registered"] == "0"
    assert figures["Mobile consulates held"] == "0"
    assert figures["Practices with activity"] == f"0 of {practices}"
    assert len(briefing.coverage) == len(briefing.catalogue) == practices
    assert all(entry.source_file and entry.section for entry in briefing.catalogue)


def test_the_summary_counts_visits_held_and_planned_and_practices_covered(services: Services) -> None:
    build_scene(services)  # a visit done in October, one planned in December tagged with two practices
    briefing = services.briefing.reports.briefing(YEAR)
    figures = {f.label: (f.value, f.note) for f in briefing.summary}
    assert figures["Mobile consulates held"] == ("1", "1 more planned in the period")
    assert figures["Practices with activity"][0] == f"2 of {len(services.practices.all())}"
    assert sum(1 for row in services.briefing.reports.coverage(YEAR) if row.total) == 2


def test_an_unknown_consulate_is_a_plain_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="No consulate with id 999"):
        services.briefing.reports.briefing(YEAR, 999)
