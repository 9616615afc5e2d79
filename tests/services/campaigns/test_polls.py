"""Poll replies: matching by number, tolerant answers, opt-outs withdrawing consent, the review
queue, latest reply counts, tallies with small cells suppressed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from diaspora_desk.domain.campaigns import CampaignChannel, Segment
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, make_person

YES_NO = Question("Will you come to the diaspora day?", (Answer("1", "Yes"), Answer("2", "No")))
TOPIC = Question(
    "Which topic matters most?",
    (Answer("1", "Remittances"), Answer("2", "Documents", ("papers", "papeles")), Answer("3", "Return")),
)


def _replies(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("number", "text", "timestamp"))
        writer.writerows(rows)
    return path


def test_import_counts_every_row_once(services: Services, cast: Cast, tmp_path: Path) -> None:
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO,))
    path = _replies(
        tmp_path / "replies.csv",
        [
            ("+15595550101", " Sí ", "2026-11-20T10:00:00"),  # Ana, yes
            ("(213) 555-0102", "no", "2026-11-20 10:05"),  # Ken, national format read as US
            ("+1 559 555 0199", "1", "2026-11-20 10:06"),  # nobody's number
            ("15595550103", "maybe", "2026-11-20 10:07"),  # Rosa, no answer read
            ("+1 559-555-0104", "Arrêt", "2026-11-20 10:08"),  # Omar opts out (again)
            ("+15595550101", "STOP", "2026-11-21 09:00"),  # Ana opts out after answering
        ],
    )
    result = services.campaigns.polls.import_replies(cast.campaign, path)
    assert (result.matched, result.unmatched, result.unparsed, result.opt_outs) == (2, 1, 1, 2)
    assert result.rows == 6
    assert services.people.registry.get(cast.ana).consents  # the history keeps the withdrawn consent
    count = services.campaigns.audience.count(Segment(countries=("US",)), (CampaignChannel.SMS,))
    assert count.opted_out == 2  # Omar, and now Ana
    consent_events = [e for e in services.audit.person_history(cast.ana) if e.action == "consent"]
    assert "opt-out reply" in (consent_events[-1].after or "")
    queue = services.campaigns.polls.review_queue(cast.campaign)
    assert [(i.phone, i.status) for i in queue] == [
        ("+1 559 555 0199", "unmatched"),
        ("15595550103", "unparsed"),
    ]


def test_latest_reply_counts_and_small_cells_are_suppressed(services: Services, tmp_path: Path) -> None:
    from diaspora_desk.domain.campaigns import CampaignDraft

    campaign = services.campaigns.registry.create(CampaignDraft(title="Poll")).id
    services.campaigns.polls.set_questions(campaign, (YES_NO, TOPIC))
    rows = []
    for i in range(8):
        phone = f"+1 559 555 02{i:02d}"
        make_person(
            services, f"P{i}", city="Fresno", phones=(phone,), preferred_language="es" if i < 6 else "en"
        )
        rows.append((phone, "2 1", "2026-11-20 10:00"))  # first: no, remittances
        rows.append((phone, "1 papeles" if i < 6 else "yes 3", "2026-11-21 10:00"))  # latest counts
    result = services.campaigns.polls.import_replies(campaign, _replies(tmp_path / "r.csv", rows))
    assert result.matched == 16
    results = services.campaigns.tallies.results(campaign)
    assert results.respondents is None  # question 2 hides a count: 8 respondents would reveal it
    first, second = results.questions
    assert first.overall.denominator == 8
    assert first.overall.answers["1"].count == 8
    assert first.overall.answers["1"].percent == 100.0
    assert first.overall.answers["2"].count == 0  # zero singles out nobody
    assert second.overall.answers["2"].count == 6
    assert second.overall.answers["3"].count is None
    # 8 answered, 6 and 0 shown: the exact 8 or a share (75%) would give the hidden 2 away.
    assert second.overall.denominator is None
    assert second.overall.denominator_shown == "7–10"
    assert {c.percent for c in second.overall.answers.values()} == {None}
    english = next(b for b in second.by_language if b.group == "en")
    assert english.denominator is None
    assert [b.group for b in second.by_country] == ["US"]


def test_review_queue_assignment(services: Services, cast: Cast, tmp_path: Path) -> None:
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO,))
    path = _replies(tmp_path / "r.csv", [("+44 20 7946 0000", "oui", ""), ("+15595550101", "hmm", "")])
    services.campaigns.polls.import_replies(cast.campaign, path)
    unmatched, unparsed = services.campaigns.polls.review_queue(cast.campaign)
    with pytest.raises(ValidationError):
        services.campaigns.polls.assign(unmatched.id)  # whose is it?
    assert services.campaigns.polls.assign(unmatched.id, person_id=cast.luc) == "answered"
    with pytest.raises(ValidationError):
        services.campaigns.polls.assign(unparsed.id, answers=("9",))
    assert services.campaigns.polls.assign(unparsed.id, answers=("2",)) == "answered"
    assert services.campaigns.polls.review_queue(cast.campaign) == []
    results = services.campaigns.tallies.results(cast.campaign)
    assert results.questions[0].overall.denominator is None  # two people: suppressed


def test_questions_are_locked_once_replies_exist_and_xlsx_is_read(
    services: Services, cast: Cast, tmp_path: Path
) -> None:
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO,))
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["From", "Message", "Received"])
    sheet.append(["+12135550102", "A", "2026-11-20 10:00"])
    workbook.save(tmp_path / "r.xlsx")
    result = services.campaigns.polls.import_replies(cast.campaign, tmp_path / "r.xlsx")
    assert result.matched == 1
    with pytest.raises(ValidationError, match="already read"):
        services.campaigns.polls.set_questions(cast.campaign, (TOPIC,))


def test_ambiguous_answers_are_refused(services: Services, cast: Cast) -> None:
    clash = Question("Pick", (Answer("1", "Yes"), Answer("2", "Si")))  # "si" is a yes word
    with pytest.raises(ValidationError, match="two answers"):
        services.campaigns.polls.set_questions(cast.campaign, (clash,))
    assert services.campaigns.polls.questions(cast.campaign) == ()
