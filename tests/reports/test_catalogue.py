"""The report catalogue: every report renders through one function, from one consistent read."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.campaigns import CampaignDraft
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import NotFoundError
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import OccupationItem, QualificationItem, Skills
from diaspora_desk.reports.catalogue import REPORTS, ReportKind, ReportOptions, builder_of, render_report
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.services.visits.report_scene import CYRILLIC, GREEK, Scene, build_scene

# Reports that name people: read in the write transaction that audits them.
AUDITED = {
    ReportKind.PERSON,
    ReportKind.APPOINTMENT_SLIP,
    ReportKind.DAY_SCHEDULE,
    ReportKind.SHORTLIST,
    ReportKind.ASSOCIATION,
}


@dataclass(frozen=True)
class Records:
    visits: Scene
    association: int
    nurse: int
    needs: tuple[int, ...]
    campaign: int


def _nurse(services: Services) -> int:
    skills = Skills(
        qualifications=(QualificationItem(7),),
        occupations=(OccupationItem("2221", "", 10),),
        languages=(("es", Cefr.C1),),
    )
    person = services.people.registry.create(
        PersonDraft(given_name="Ixchel", family_name="Coj", country="US", city="Fresno"), skills
    )
    for purpose in (ConsentPurpose.SKILLS_INVENTORY, ConsentPurpose.SHARING_FOR_MATCHING):
        services.people.consent.set_consent(person.id, purpose, True, how="form")
    services.people.consent.set_legal_status(person.id, "work permit")
    return person.id


@pytest.fixture
def records(services: Services) -> Records:
    scene = build_scene(services)
    association = services.associations.registry.create(
        AssociationDraft(name="Asociación Quetzal", country="US", city="Fresno")
    )
    services.associations.interactions.add(
        association.id,
        InteractionDraft(occurred_on=dt.date(2026, 11, 2), kind="meeting", officer="T", summary="Met"),
    )
    nurse = _nurse(services)
    needs = []
    for institution in ("Hospital Roosevelt", "Hospital San Juan de Dios", "Centro de Salud Cobán"):
        need = services.people.needs.create(
            NeedDraft(institution=institution, title="Nurse trainer", isco_codes=("2221",), mode="virtual")
        )
        placement = services.people.needs.propose(need.id, nurse)
        services.people.needs.update_placement(placement.id, status=PlacementStatus.ACCEPTED)
        needs.append(need.id)
    campaign = services.campaigns.registry.create(
        CampaignDraft(title="Consular day invitation", practice_ids=(services.practices.all()[0].id,))
    )
    return Records(scene, association.id, nurse, tuple(needs), campaign.id)


@pytest.fixture
def opened(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every unit of work opened from now on: True for a write, False for a read."""
    opened: list[bool] = []
    original = services.database.unit_of_work

    def counting(*, write: bool = False) -> AbstractContextManager[object]:
        opened.append(write)
        return original(write=write)

    monkeypatch.setattr(services.database, "unit_of_work", counting)
    return opened


def _request(kind: ReportKind, records: Records) -> tuple[int | None, str]:
    """The id each report is printed for, and a text its PDF must show."""
    scene = records.visits
    return {
        ReportKind.ASSOCIATION: (records.association, "Asociación Quetzal"),
        ReportKind.PERSON: (records.nurse, "Nurse trainer (Centro de Salud Cobán): Accepted"),
        ReportKind.SKILLS: (None, "Skills inventory summary"),
        ReportKind.SHORTLIST: (records.needs[0], "Ixchel Coj"),
        ReportKind.VISIT_BRIEFING: (scene.visit.id, "Area profile"),
        ReportKind.VISIT: (scene.past.id, "Results against plan"),
        ReportKind.APPOINTMENT_SLIP: (scene.appointments[GREEK], GREEK),
        ReportKind.DAY_SCHEDULE: (scene.visit.id, CYRILLIC),
        ReportKind.CAMPAIGN: (records.campaign, "Campaign report: Consular day invitation"),
        ReportKind.BRIEFING: (None, "Practices coverage"),
    }[kind]


# The briefing covers a period; the other reports ignore options they do not take.
OPTIONS = {
    ReportKind.BRIEFING: ReportOptions(period_from=dt.date(2026, 1, 1), period_to=dt.date(2026, 12, 31))
}


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_report_is_read_in_one_transaction_and_written_whole(
    services: Services, records: Records, opened: list[bool], tmp_path: Path, kind: ReportKind
) -> None:
    item_id, expected = _request(kind, records)
    out = tmp_path / f"{kind}.pdf"
    rendered = render_report(services, kind, item_id, out, options=OPTIONS.get(kind))
    # One unit of work: the report is one consistent snapshot (a write only to audit a report
    # that names people or shows the legal status, in the same transaction as the read).
    assert opened == [kind in AUDITED]
    pages, text = _text(out)
    assert rendered.path == out
    assert rendered.pages == pages >= 1
    assert expected in text
    assert not list(tmp_path.glob("*.part"))
    assert _fonts_not_embedded(out) == set()  # what a print shop or archive requires


def _fonts_not_embedded(path: Path) -> set[str]:
    """Names of fonts a page uses without carrying the font file in the PDF."""
    missing: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def test_the_person_record_is_one_snapshot_of_the_person_and_every_placement(
    services: Services, records: Records, opened: list[bool], tmp_path: Path
) -> None:
    rendered = render_report(services, ReportKind.PERSON, records.nurse, tmp_path / "person.pdf")
    assert opened == [True]  # was 5 transactions plus one per need
    _pages, text = _text(rendered.path)
    for institution in ("Hospital Roosevelt", "Hospital San Juan de Dios", "Centro de Salud Cobán"):
        assert f"Nurse trainer ({institution}): Accepted" in text
    assert "work permit" in text
    # The look at the legal status is audited in the snapshot itself: its history shows it.
    history = services.audit.person_history(records.nurse)
    assert history[-1].action == "view_sensitive"
    assert "Legal status viewed" in text
    assert "view_sensitive" not in text  # no stored codes on paper


def test_the_person_record_lists_appointments_at_mobile_consulates(
    services: Services, records: Records, tmp_path: Path
) -> None:
    """An access request covers appointments and walk-ins too (where and when the person was)."""
    scene = records.visits
    rendered = render_report(services, ReportKind.PERSON, scene.people[GREEK], tmp_path / "p.pdf")
    _pages, text = _text(rendered.path)
    assert "Appointments at mobile consulates" in text
    assert "Passport renewal" in text
    assert "Booked" in text
    assert scene.visit.title in text


def test_a_report_that_cannot_be_read_leaves_the_old_file_alone(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "person.pdf"
    out.write_bytes(b"the officer's earlier printout")
    with pytest.raises(NotFoundError):
        render_report(services, ReportKind.PERSON, 999, out)
    assert out.read_bytes() == b"the officer's earlier printout"
    assert not list(tmp_path.glob("*.part"))


def test_options_and_ids_a_report_does_not_take_are_refused(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError, match="takes no day"):
        render_report(services, ReportKind.VISIT, 1, out, day=dt.date(2026, 12, 5))
    with pytest.raises(ValueError, match="takes no radius_km"):
        render_report(services, ReportKind.DAY_SCHEDULE, 1, out, radius_km=10.0)
    with pytest.raises(ValueError, match="needs id"):
        render_report(services, ReportKind.PERSON, None, out)
    with pytest.raises(ValueError, match="takes no id"):
        render_report(services, ReportKind.SKILLS, 3, out)
    assert not out.exists()


def test_every_builder_named_in_the_table_exists() -> None:
    for kind, spec in REPORTS.items():
        assert callable(builder_of(spec)), kind
        assert builder_of(spec).__name__.startswith("build_")


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_report_prints_in_another_language_than_the_application(
    services: Services, records: Records, tmp_path: Path, kind: ReportKind
) -> None:
    item_id, _expected = _request(kind, records)
    out = tmp_path / f"{kind}.pdf"
    render_report(services, kind, item_id, out, language="fr", options=OPTIONS.get(kind))
    _pages, text = _text(out)
    if kind is ReportKind.APPOINTMENT_SLIP:
        # Handed to the person: in their language, else the consulate's (Guatemala: Spanish).
        assert "CONFIDENCIAL" in text
        assert "Página 1 de" in text
        return
    assert "CONFIDENTIEL" in text
    assert "Page 1 sur" in text
    render_report(services, kind, item_id, out, options=OPTIONS.get(kind))  # English again
    assert "CONFIDENTIAL" in _text(out)[1]
