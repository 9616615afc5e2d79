"""The association profile PDF: readable on paper, complete, deterministic."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.reports.association_profile import build_association_profile
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services

NAMES = ("Ελληνική Κοινότητα Φρέσνο", "Общество «Родина»", "Asociación Ñandutí Łódź Ærøskøbing")


def _pdf(services: Services, association_id: int) -> bytes:
    buffer = io.BytesIO()
    build_association_profile(services.associations.reports.association_profile(association_id), buffer)
    return buffer.getvalue()


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_profile_prints_every_script_with_an_embedded_font(services: Services) -> None:
    ids = [
        services.associations.registry.create(AssociationDraft(name=name, country="US", city="Fresno")).id
        for name in NAMES
    ]
    for association_id, name in zip(ids, NAMES, strict=True):
        pdf = _pdf(services, association_id)
        assert name in _text(pdf)[0]
        assert b"/FontFile2" in pdf
        assert b"DejaVuSans" in pdf


def test_profile_has_header_footer_page_numbers_log_and_practices(demo_services: Services) -> None:
    practice = demo_services.practices.all()[2]
    record = demo_services.associations.registry.create(
        AssociationDraft(name="Grupo Largo", country="US", city="Phoenix", phones=("+1 602 555 0199",))
    )
    for day in range(1, 80):
        demo_services.associations.interactions.add(
            record.id,
            InteractionDraft(
                occurred_on=dt.date(2026, 1, 1) + dt.timedelta(days=day),
                kind="call",
                officer="Test Officer",
                summary=f"Follow-up call number {day} about the registration day " * 3,
                practice_ids=(practice.id,) if day % 2 else (),
            ),
        )
    pages = _text(_pdf(demo_services, record.id))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "CONFIDENTIAL" in text
    everything = "\n".join(pages)
    consulate = demo_services.settings.current().consulate
    assert consulate is not None
    assert consulate.name in pages[0]
    assert "2026-11-24" in pages[0]
    assert "+1 602-555-0199" in everything
    assert "Follow-up call number 79" in everything
    assert practice.title.split()[0] in everything.split("Recommended practices addressed")[1]


def test_same_data_gives_the_same_bytes(demo_services: Services) -> None:
    assert _pdf(demo_services, 1) == _pdf(demo_services, 1)
