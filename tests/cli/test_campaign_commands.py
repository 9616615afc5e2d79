"""Campaign commands: export campaign (SMS, e-mail, letters, calls), import replies, campaigns."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.cli.main import main
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, Segment
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, build_cast, make_person


@pytest.fixture
def cast(services: Services) -> Cast:
    return build_cast(services)


def _run(db: Path, *args: str) -> int:
    return main([*args, "--db", str(db)])


def test_export_sms_and_email(
    db_path: Path, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "export", "campaign", str(cast.campaign), "--sms", str(tmp_path / "s.csv")) == 0
    assert "2 recipients" in capsys.readouterr().out
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as handle:
        assert {r["phone_e164"] for r in csv.DictReader(handle)} == {"+15595550101", "+12135550102"}
    assert _run(db_path, "export", "campaign", str(cast.campaign), "--email", str(tmp_path / "mail")) == 0
    assert len(list((tmp_path / "mail").glob("*.eml"))) == 2


def test_letters_on_both_paper_sizes_and_the_call_sheet(
    services: Services, db_path: Path, cast: Cast, tmp_path: Path
) -> None:
    services.campaigns.registry.update(
        cast.campaign,
        CampaignDraft(
            title="Letters",
            channels=(CampaignChannel.LETTER, CampaignChannel.PHONE_CALL),
            segment=Segment(countries=("US",)),
        ),
    )
    make_person(
        services,
        "Αλέξης",
        city="Fresno",
        address="2 Oak Ave\nApt 3",
        postal_code="93721",
        region="California",
        preferred_language="en",
    )
    for size, width in (("a4", 595), ("letter", 612)):
        out = tmp_path / f"letters-{size}.pdf"
        assert (
            _run(
                db_path, "export", "campaign", str(cast.campaign), "--letters", str(out), "--page-size", size
            )
            == 0
        )
        reader = PdfReader(out)
        assert len(reader.pages) == 2  # Ken and Alexis have addresses
        assert round(float(reader.pages[0].mediabox.width)) == width
        text = "".join(p.extract_text() for p in reader.pages)
        assert "Αλέξης" in text
        assert "Fresno, California 93721" in text  # as the US post writes it
    calls = tmp_path / "calls.pdf"
    assert _run(db_path, "export", "campaign", str(cast.campaign), "--calls", str(calls)) == 0
    text = PdfReader(calls).pages[0].extract_text()
    assert "+15595550101" in text
    assert "CONFIDENTIAL" in text


def test_import_replies_prints_counts_that_sum_to_the_rows(
    services: Services, db_path: Path, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.campaigns.polls.set_questions(
        cast.campaign, (Question("Coming?", (Answer("1", "Yes"), Answer("2", "No"))),)
    )
    replies = tmp_path / "replies.csv"
    replies.write_text(
        "number;text;timestamp\n"
        "+15595550101;oui;2026-11-20 10:00\n+15595550104;STOP;\n+4420;1;\n+12135550102;?;\n",
        encoding="utf-8",
    )
    assert _run(db_path, "import", "replies", str(cast.campaign), str(replies)) == 0
    assert capsys.readouterr().out.strip() == "matched 1, unmatched 1, unparsed 1, opt-outs 1"
    assert _run(db_path, "campaigns", "show", str(cast.campaign)) == 0
    out = capsys.readouterr().out
    assert "Replies waiting for review: 2" in out
    assert "Q: Coming? (withheld: an answer or the number who answered is under 5)" in out


def test_plain_errors(db_path: Path, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, "export", "campaign", "99", "--sms", str(tmp_path / "x.csv")) == 1
    assert "no campaign with id 99" in capsys.readouterr().err
    assert _run(db_path, "import", "replies", str(cast.campaign), str(tmp_path / "missing.csv")) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _run(db_path, "export", "campaign", "1")  # no target
    assert _run(db_path, "campaigns", "list") == 0
    listed = capsys.readouterr().out
    assert "Diaspora day invitation" in listed
    assert "Text message (SMS)" in listed  # channels and states in words, not stored codes
    assert "sms" not in listed.replace("SMS", "")


def test_report_campaign_writes_the_pdf(
    db_path: Path, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "campaign.pdf"
    assert main(["report", "campaign", str(cast.campaign), "--db", str(db_path), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert "Campaign report: Diaspora day invitation" in PdfReader(out).pages[0].extract_text()


def test_export_and_show_count_associations(
    services: Services, db_path: Path, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dataclasses

    from diaspora_desk.domain.association import AssociationDraft

    services.associations.registry.create(
        AssociationDraft(name="Club Ejemplo", country="US", city="Fresno", phones=("+1 559 555 0190",))
    )
    record = services.campaigns.registry.get(cast.campaign)
    segment = Segment(countries=("US",), include_associations=True)
    services.campaigns.registry.update(cast.campaign, dataclasses.replace(record.draft(), segment=segment))
    assert _run(db_path, "export", "campaign", str(cast.campaign), "--sms", str(tmp_path / "s.csv")) == 0
    assert "3 recipients written" in capsys.readouterr().out
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["message"] for r in rows if r["association_id"]] == [
        "Hello Club Ejemplo: diaspora day at Community centre."  # no language recorded: the fallback
    ]
    assert _run(db_path, "campaigns", "show", str(cast.campaign)) == 0
    out = capsys.readouterr().out
    assert "Associations: 1 in the segment" in out
    assert "Text message (SMS): associations reachable 1, without the contact detail 0" in out
    assert "E-mail: associations reachable 0, without the contact detail 1" in out
