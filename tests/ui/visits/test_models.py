"""The small in-memory models: what a proposal row and a slot show, and a full slot not offered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.visits import Slot
from diaspora_desk.ui.visits.models import CoveredTownsModel, ProposalsTableModel, SlotsModel
from tests.ui.visits.scenes import CARD, NINE, TEN, hand_made_plan, row_texts


def test_proposals_show_distance_people_and_nearest_consulate(qtmodeltester: ModelTester) -> None:
    plan = hand_made_plan()
    model = ProposalsTableModel()
    model.set_rows(plan.proposals)
    qtmodeltester.check(model)
    assert row_texts(model, ProposalsTableModel.TOWN) == ["Fresno, US", "Bakersfield, US"]
    assert row_texts(model, ProposalsTableModel.DISTANCE) == ["330 km", "160 km"]
    assert row_texts(model, ProposalsTableModel.LIKELY) == ["Passport renewal (14)", ""]
    tip = model.index(0, ProposalsTableModel.TOWN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Nearest consulate: Test Consulate"
    towns = CoveredTownsModel()
    towns.set_rows(plan.proposals[0].towns)
    qtmodeltester.check(towns)
    assert row_texts(towns, 2) == ["0 km", "57 km"]


def test_a_full_slot_is_shown_but_cannot_be_chosen(qtmodeltester: ModelTester) -> None:
    day = dt.date(2026, 12, 5)
    model = SlotsModel()
    model.set_rows(
        [
            Slot(day, NINE, TEN, CARD, 4, 4),
            Slot(day, TEN, dt.time(11, 0), CARD, 4, 1),
        ]
    )
    qtmodeltester.check(model)
    assert row_texts(model, SlotsModel.FREE) == ["full (4 of 4 booked)", "3 of 4 free"]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
