"""The visit report PDF: results against plan, follow-ups, embedded font, the same bytes twice."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.visits import FollowUp
from diaspora_desk.reports.visit_report import build_visit_report
from diaspora_desk.services.composition import Services
from tests.reports.pdf_text import pdf_pages
from tests.services.visits.report_scene import Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def test_report_pdf_has_results_chart_and_follow_ups(services: Services, scene: Scene) -> None:
    services.visits.registry.add_follow_up(
        scene.past.id, FollowUp("Deliver the renewed passports", "Julián Ajú", dt.date(2026, 12, 1))
    )
    data = services.visits.reports.report(scene.past.id)
    pdf, pages = pdf_pages(build_visit_report, data)
    text = "\n".join(pages)
    for expected in (
        "Results against plan",
        "Passport renewal",
        "Deliver the renewed passports",
        "Julián Ajú",
    ):
        assert expected in text
    assert "2026-12-01" in text
    assert "open" in text
    assert b"/FontFile2" in pdf
    assert pdf_pages(build_visit_report, services.visits.reports.report(scene.past.id))[0] == pdf
