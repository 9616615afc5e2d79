"""The reply review queue: a reply that could not be read is assigned to a person picked by name and
to an answer picked by its label; no ids or answer codes to type."""

from __future__ import annotations

import random
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diaspora_desk.db.campaign_models import PollReply
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.names import FAMILY, GIVEN
from diaspora_desk.ui.campaigns.area import CampaignsArea
from diaspora_desk.ui.people.person_picker import people_search
from tests.services.campaigns.cast import Cast, build_cast

QUESTIONS = (
    Question("Coming?", (Answer("1", "Yes"), Answer("2", "No"))),
    Question("How?", (Answer("3", "Bus"), Answer("4", "Car"))),
)


def _area(qtbot: QtBot, services: Services) -> CampaignsArea:
    area = CampaignsArea(
        services.campaigns, services.practices, find_people=people_search(services.people.registry)
    )
    qtbot.addWidget(area)
    area.resize(1366, 768)
    return area


def _namesakes(services: Services) -> tuple[str, str, int, int]:
    """Two generated people with the same name, told apart by town and phone."""
    rng = random.Random(11)
    given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}-{rng.choice(FAMILY)}"
    ids = [
        services.people.registry.create(
            PersonDraft(given_name=given, family_name=family, country="US", city=city, phones=(phone,))
        ).id
        for city, phone in (("Fresno", "+1 559 555 0111"), ("Reno", "+1 775 555 0222"))
    ]
    return given, family, ids[0], ids[1]


def _person_of(services: Services, reply_id: int) -> int | None:
    with services.database.unit_of_work() as uow:
        return uow.session.scalar(select(PollReply.person_id).where(PollReply.id == reply_id))


def test_an_unmatched_reply_is_assigned_to_a_person_found_by_part_of_the_name(
    qtbot: QtBot, services: Services, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    cast: Cast = build_cast(services)
    given, family, _in_fresno, in_reno = _namesakes(services)
    services.campaigns.polls.set_questions(cast.campaign, QUESTIONS)
    replies = tmp_path / "r.csv"
    replies.write_text("number,text,timestamp\n+442079460000,oui,\n+15595550101,hmm,\n", encoding="utf-8")
    services.campaigns.polls.import_replies(cast.campaign, replies)
    area = _area(qtbot, services)
    area.table.selectRow(0)
    review = area.review
    qtmodeltester.check(review.model)
    assert review.model.rowCount() == 2
    assert [review.answer_boxes[0].itemText(i) for i in range(3)] == ["(read from the text)", "Yes", "No"]
    review.select(0)
    unmatched = review.current()
    assert unmatched is not None
    assert unmatched.person_id is None
    typed = f"{family.split('-')[1][:4]} {given[:3]}"  # part of the name, in any order
    review.person_picker.setText(typed)
    review.person_picker.textEdited.emit(typed)
    offered = review.person_picker.offer(typed)
    assert len(offered) == 2  # the namesakes, told apart by town and masked phone
    reno = next(label for label in offered if "Reno" in label)
    assert reno.endswith("••• 0222")
    assert "775" not in reno
    review.person_picker.choose(reno)
    review.choose_answer(0, "Yes")
    review.assign_button.click()
    assert review.model.rowCount() == 1
    assert _person_of(services, unmatched.id) == in_reno
    assert review.person_picker.text() == ""
    # The other reply's person is known (as matched); only its answers are chosen.
    review.select(0)
    review.choose_answer(0, "No")
    review.choose_answer(1, "Car")
    review.assign_button.click()
    assert review.model.rowCount() == 0
    results = services.campaigns.tallies.results(cast.campaign).questions
    assert results[0].overall.answers["2"].count is None  # one reply: a small cell, suppressed
    assert review.summary.text() == "0 replies to review"


def test_the_answers_follow_the_campaign_s_questions(qtbot: QtBot, services: Services) -> None:
    cast = build_cast(services)
    area = _area(qtbot, services)
    area.table.selectRow(0)
    assert area.review.answer_boxes == []
    services.campaigns.polls.set_questions(cast.campaign, QUESTIONS)
    area.review.set_campaign(cast.campaign)
    assert [box.toolTip() for box in area.review.answer_boxes] == ["Coming?", "How?"]
