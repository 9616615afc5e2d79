"""The funding panel: amounts by source as typed, totals and the matching rule said as they change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.projects import FundingLine
from diaspora_desk.ui.partners.funding_panel import PLEDGED, RECEIVED, FundingPanel


def _panel(qtbot: QtBot) -> FundingPanel:
    panel = FundingPanel()
    qtbot.addWidget(panel)
    return panel


def test_amounts_in_either_convention_make_the_lines_and_the_totals(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_rule("1:1", "mxn")
    with qtbot.waitSignal(panel.changed):
        panel.set_cell(FundingSource.ASSOCIATION, PLEDGED, "1.000,50")
    panel.set_cell(FundingSource.ASSOCIATION, RECEIVED, "250")
    panel.set_cell(FundingSource.MUNICIPALITY, PLEDGED, "1,000.50")
    assert panel.funding == (
        FundingLine(FundingSource.ASSOCIATION, Decimal("1000.50"), Decimal("250")),
        FundingLine(FundingSource.MUNICIPALITY, Decimal("1000.50"), Decimal("0.00")),
    )
    assert panel.summary.text() == "Total pledged 2,001.00 MXN, received 250.00 MXN. Rule 1:1 met."


def test_a_cell_that_is_not_an_amount_is_said_and_refused(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_cell(FundingSource.STATE, PLEDGED, "lots")
    assert "not an amount" in panel.summary.text()
    with pytest.raises(ValueError, match="not an amount"):
        _ = panel.funding


def test_lines_loaded_show_again_as_typed(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    lines = (FundingLine(FundingSource.FEDERAL, Decimal("300.00"), Decimal("100.00")),)
    panel.funding = lines
    assert panel.funding == lines
    panel.set_rule("1:1:1:1", "USD")
    assert panel.summary.text().endswith("Rule 1:1:1:1 not met.")
