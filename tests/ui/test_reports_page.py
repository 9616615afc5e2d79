"""The Reports hub: every report in one list, its parameters, a preview of its pages."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, Segment
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.reports.catalogue import ReportKind, ReportOptions, printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.names import FAMILY, GIVEN
from diaspora_desk.ui.report_records import RecordKind, record_finders
from diaspora_desk.ui.reports_page import ReportsPage
from tests.services.campaigns.cast import build_cast


def _page(
    qtbot: QtBot, services: Services, selected: Callable[[RecordKind], int | None] | None = None
) -> ReportsPage:
    finders = record_finders(services.associations, services.people, services.visits, services.campaigns)
    page = ReportsPage(
        printer_for(services),
        services.settings.consulates,
        lambda: dt.date(2026, 11, 24),
        finders,
        selected or (lambda _kind: None),
    )
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _namesakes(services: Services) -> tuple[str, int, int]:
    """Two generated people with one name (from the demo's name lists), in two towns."""
    rng = random.Random(5)
    given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)} {rng.choice(FAMILY)}"
    ids = [
        services.people.registry.create(
            PersonDraft(given_name=given, family_name=family, country="US", city=city, birth_year="1980")
        ).id
        for city in ("Fresno", "Reno")
    ]
    return f"{given} {family}", ids[0], ids[1]


def test_every_report_can_be_chosen_and_shows_only_its_own_parameters(
    qtbot: QtBot, services: Services
) -> None:
    page = _page(qtbot, services)
    assert {c.kind for c in page.choices} == set(ReportKind)
    page.select(ReportKind.BRIEFING)
    assert page.date_from.isVisible()
    assert page.paper.isVisible()
    assert not page.record.isVisible()
    assert page.consulate.itemText(1) == "Test Consulate"
    association = services.associations.registry.create(
        AssociationDraft(name="Club Xelajú", type="hometown", country="US", city="Fresno")
    )
    page.select(ReportKind.ASSOCIATION, association.id)
    assert page.record.isVisible()
    assert not page.date_from.isVisible()
    label = page.form.labelForField(page.record)
    assert isinstance(label, QLabel)
    assert label.text() == "Association"
    assert page.picker is page.pickers[RecordKind.ASSOCIATION]
    assert page.picker.text() == "Club Xelajú — Fresno, United States"
    assert page.request().item_id == association.id


def test_a_person_is_picked_by_name_and_their_record_printed(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    name, _in_fresno, in_reno = _namesakes(services)
    page = _page(qtbot, services)
    page.select(ReportKind.PERSON)
    picker = page.pickers[RecordKind.PERSON]
    assert picker.chosen_id is None
    assert page.make_preview() is None  # nobody chosen: the page says what to do
    assert page.missing.isVisible()
    assert "Choose the person" in page.missing.text()
    typed = name.split()[-1][:4] + " " + name.split()[0][:3]
    picker.setText(typed)
    picker.textEdited.emit(typed)
    offered = picker.offer(typed)
    assert len(offered) == 2
    picker.choose(next(label for label in offered if "Reno" in label))
    assert page.request().item_id == in_reno
    with qtbot.waitSignal(page.previewed, timeout=30_000):
        page.preview_button.click()
    assert not page.missing.isVisible()
    saved = page.preview.save(tmp_path / "person.pdf")
    assert saved is not None
    text = " ".join(p.extract_text() for p in PdfReader(saved).pages)
    assert name in text
    assert "Reno" in text
    assert "Fresno" not in text


def test_the_record_defaults_to_the_selected_one_then_the_latest_until_one_is_picked(
    qtbot: QtBot, services: Services
) -> None:
    cast = build_cast(services)
    older = cast.campaign
    newer = services.campaigns.registry.create(
        CampaignDraft(title="Passport fair", channels=(CampaignChannel.SMS,), segment=Segment())
    ).id
    selected: dict[RecordKind, int] = {RecordKind.PERSON: cast.ken}
    page = _page(qtbot, services, selected.get)
    page.select(ReportKind.CAMPAIGN)
    assert page.request().item_id == newer  # nothing selected: the most recent
    assert page.picker is not None
    assert page.picker.text() == "Passport fair"
    page.select(ReportKind.PERSON)
    assert page.request().item_id == cast.ken  # the person selected in People & Skills
    assert page.picker is not None
    assert page.picker.text().startswith("Ken Ejemplo — Los Angeles, United States")
    selected[RecordKind.CAMPAIGN] = older
    page.hide()
    page.show()  # back to the hub after selecting a campaign in its area
    page.select(ReportKind.CAMPAIGN)
    assert page.request().item_id == older
    campaign_picker = page.pickers[RecordKind.CAMPAIGN]
    campaign_picker.offer("passport")
    campaign_picker.choose("Passport fair")  # picked by hand: it stays
    selected[RecordKind.CAMPAIGN] = cast.campaign
    page.select(ReportKind.SKILLS)
    page.select(ReportKind.CAMPAIGN)
    assert page.request().item_id == newer


def test_the_briefing_is_previewed_for_the_period_and_paper_chosen(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, services)
    page.select(ReportKind.BRIEFING)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    request = page.request()
    assert request.options == ReportOptions(
        period_from=dt.date(2026, 1, 1), period_to=dt.date(2026, 11, 24), paper="letter"
    )
    with qtbot.waitSignal(page.previewed, timeout=30_000) as previewed:
        page.preview_button.click()
    pages = previewed.args[0]
    assert pages > 5
    assert page.preview.page_count == pages
    saved = page.preview.save(tmp_path / "briefing.pdf")
    assert saved is not None
    reader = PdfReader(saved)
    assert len(reader.pages) == pages
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Practices briefing for headquarters" in reader.pages[0].extract_text()


def test_cancel_leaves_the_hub_as_it_was(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    page.select(ReportKind.SKILLS)
    task = page.make_preview()
    assert task is not None
    task.context.cancel.set()  # what the progress dialog's Cancel does
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert page.preview.page_count == 0
    assert page.preview_button.isEnabled()
