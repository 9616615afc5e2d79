"""The campaign report PDF: every section, poll charts, small cells shown as "<5"."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import build_cast, make_person
from tests.services.campaigns.poll_files import TOPIC, YES_NO
from tests.services.campaigns.poll_files import reply_file as _replies


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_report_shows_reach_poll_results_and_hides_small_cells(services: Services, tmp_path: Path) -> None:
    cast = build_cast(services)
    rows = []
    for i in range(9):
        phone = f"+1 559 555 04{i:02d}"
        make_person(services, f"Voter{i}", city="Fresno", phones=(phone,), preferred_language="es")
        rows.append((phone, "1 1" if i < 7 else "2 3", "2026-11-20 10:00"))
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO, TOPIC))
    services.campaigns.polls.import_replies(cast.campaign, _replies(tmp_path / "r.csv", rows))
    services.campaigns.delivery.sms_csv(cast.campaign, tmp_path / "sms.csv")

    rendered = render_report(services, ReportKind.CAMPAIGN, cast.campaign, tmp_path / "campaign.pdf")
    text = _text(rendered.path)
    for section in ("Audience", "Reach by channel", "Reach by language", "Reach by host country"):
        assert section in text
    assert "Question 1: Will you come to the diaspora day?" in text
    assert "Question 2: Which topic matters most?" in text
    assert "1 Yes" in text
    assert "<5" in text  # the two who said no
    # 9 answered: exactly 9 with 7 shown would give the hidden 2 away; the report gives a range.
    assert "8–11" in text
    assert "Opt-outs" in text
    assert rendered.pages >= 2


def test_report_of_a_campaign_without_poll_or_sends(services: Services, tmp_path: Path) -> None:
    cast = build_cast(services)
    rendered = render_report(services, ReportKind.CAMPAIGN, cast.campaign, tmp_path / "c.pdf")
    text = _text(rendered.path)
    assert "This campaign has no poll." in text
    assert "No messages prepared yet." in text
    assert "No practices tagged." in text


def test_report_counts_associations_beside_people(services: Services, tmp_path: Path) -> None:
    import dataclasses

    from diaspora_desk.domain.association import AssociationDraft
    from diaspora_desk.domain.campaigns import Segment

    cast = build_cast(services)
    for i in range(2):
        services.associations.registry.create(
            AssociationDraft(name=f"Club {i}", country="US", phones=(f"+1 559 555 019{i}",))
        )
    record = services.campaigns.registry.get(cast.campaign)
    segment = Segment(countries=("US",), include_associations=True)
    services.campaigns.registry.update(cast.campaign, dataclasses.replace(record.draft(), segment=segment))
    services.campaigns.delivery.sms_csv(cast.campaign, tmp_path / "sms.csv")
    data = services.campaigns.reports.campaign(cast.campaign)
    assert (data.audience.associations, data.audience.associations_reached) == ("2", "2")
    assert data.audience.associations_by_channel == (("Text message (SMS)", "2", "0"), ("E-mail", "0", "2"))
    rendered = render_report(services, ReportKind.CAMPAIGN, cast.campaign, tmp_path / "c.pdf")
    text = _text(rendered.path)
    assert "Associations in the" in text  # the label column wraps
    assert "Associations files were" in text
