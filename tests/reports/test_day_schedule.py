"""The day schedule PDF: one desk per service, every booked name with a box to tick."""

from __future__ import annotations

import pytest

from diaspora_desk.reports.day_schedule import build_day_schedule
from diaspora_desk.services.composition import Services
from tests.reports.pdf_text import pdf_pages
from tests.services.visits.report_scene import CYRILLIC, DAY, GREEK, LATIN, Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def test_day_schedule_prints_every_name_with_a_tick_box(services: Services, scene: Scene) -> None:
    data = services.visits.reports.day_schedule(scene.visit.id, DAY)
    _pdf, pages = pdf_pages(build_day_schedule, data)
    text = "\n".join(pages)
    for name in (GREEK, CYRILLIC, LATIN, "=HYPERLINK(evil) Pérez"):
        assert name in text
    assert "☐" in text
    assert "Passport renewal" in text
