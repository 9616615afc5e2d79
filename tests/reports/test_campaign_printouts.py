"""A campaign's letters (one addressed letter a page, A4 or US Letter) and its call sheet."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, Segment
from diaspora_desk.reports.campaign_printouts import build_call_sheet, build_campaign_letters
from diaspora_desk.services.campaigns.delivery import Printout
from diaspora_desk.services.composition import Services
from tests.reports.pdf_text import pdf_pages
from tests.services.campaigns.cast import Cast, build_cast, make_person


@pytest.fixture
def cast(services: Services) -> Cast:
    built = build_cast(services)
    services.campaigns.registry.update(
        built.campaign,
        CampaignDraft(
            title="Letters",
            channels=(CampaignChannel.LETTER, CampaignChannel.PHONE_CALL),
            segment=Segment(countries=("US",)),
        ),
    )
    make_person(services, "Αλέξης", city="Fresno", address="2 Oak Ave\nApt 3", preferred_language="en")
    return built


def _printout(services: Services, campaign: int, channel: CampaignChannel, tmp_path: Path) -> Printout:
    kept: list[Printout] = []
    services.campaigns.delivery.printout(
        campaign, channel, tmp_path / "x.pdf", lambda data, _p: kept.append(data)
    )
    return kept[0]


@pytest.mark.parametrize(("size", "width"), [("a4", 595), ("letter", 612)])
def test_one_addressed_letter_a_page_on_the_paper_asked_for(
    services: Services, cast: Cast, tmp_path: Path, size: str, width: int
) -> None:
    data = _printout(services, cast.campaign, CampaignChannel.LETTER, tmp_path)
    pdf, pages = pdf_pages(build_campaign_letters, data, page_size=size)
    assert len(pages) == 2  # Ken and Alexis have postal addresses
    assert round(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)) == width
    assert "1 Main St" in pages[0] + pages[1]
    assert "Αλέξης" in pages[0] + pages[1]
    assert "2 Oak Ave" in pages[0] + pages[1]


def test_the_call_sheet_lists_the_numbers_to_call(services: Services, cast: Cast, tmp_path: Path) -> None:
    data = _printout(services, cast.campaign, CampaignChannel.PHONE_CALL, tmp_path)
    _pdf, pages = pdf_pages(build_call_sheet, data)
    text = "\n".join(pages)
    assert "+15595550101" in text  # Ana
    assert "+15595550103" not in text  # Rosa never consented
    assert "CONFIDENTIAL" in text


def test_the_call_sheet_counts_associations_apart_from_people(
    services: Services, cast: Cast, tmp_path: Path
) -> None:
    data = _printout(services, cast.campaign, CampaignChannel.PHONE_CALL, tmp_path)
    first = data.items[0]
    club = dataclasses.replace(
        first.recipient, person_id=0, association_id=7, given_name="Club Quetzal", family_name=""
    )
    with_club = dataclasses.replace(data, items=(*data.items, dataclasses.replace(first, recipient=club)))
    _pdf, pages = pdf_pages(build_call_sheet, with_club)
    text = " ".join(" ".join(pages).split())
    assert f"People to call: {len(data.items)} · associations to call: 1" in text
    assert "Club Quetzal" in text
