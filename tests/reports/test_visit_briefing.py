"""The pre-visit briefing PDF: the plan, the area profile with small counts as "<5", page footers."""

from __future__ import annotations

import pytest

from diaspora_desk.reports.visit_briefing import build_visit_briefing
from diaspora_desk.services.composition import Services
from tests.reports.pdf_text import pdf_pages
from tests.services.visits.report_scene import Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def test_briefing_pdf_shows_plan_area_and_suppression(services: Services, scene: Scene) -> None:
    data = services.visits.reports.briefing(scene.visit.id)
    pdf, pages = pdf_pages(build_visit_briefing, data)
    text = "\n".join(pages)
    for expected in ("Pre-visit briefing", "Salón Comunal", "Rocío Batz", "Passport forms", "Clovis", "<5"):
        assert expected in text
    assert "Comité Maya de Fresno" in text
    assert "Los Angeles" not in text.replace("Los Ángeles", "")  # the far town is not profiled
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "CONFIDENTIAL" in page
    assert pdf_pages(build_visit_briefing, services.visits.reports.briefing(scene.visit.id))[0] == pdf
