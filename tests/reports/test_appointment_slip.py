"""The appointment slip PDF: the person's name in any script, the venue, the documents to bring."""

from __future__ import annotations

import pytest

from diaspora_desk.reports.appointment_slip import build_appointment_slip
from diaspora_desk.services.composition import Services
from tests.reports.pdf_text import pdf_pages
from tests.services.visits.report_scene import CYRILLIC, GREEK, LATIN, Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def test_slip_prints_any_script_with_the_documents_to_bring(services: Services, scene: Scene) -> None:
    for name in (GREEK, CYRILLIC, LATIN):
        data = services.visits.reports.slip(scene.appointments[name])
        _pdf, pages = pdf_pages(build_appointment_slip, data)
        assert name in pages[0]
        # Handed to the person: no language recorded, so the consulate's (Guatemala: Spanish).
        assert data.language == "es"
        assert "Pasaporte vigente o vencido" in pages[0] or "Comprobante de domicilio" in pages[0]
        assert "1200 Tulare St" in pages[0]
