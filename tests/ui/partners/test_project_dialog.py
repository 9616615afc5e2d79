"""The project dialog: the matching rule checked as amounts are typed; bad amounts named in place."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.partners.funding_panel import PLEDGED
from tests.ui.partners.scenes import partners_area


def test_project_dialog_checks_the_rule_as_amounts_are_typed(qtbot: QtBot, services: Services) -> None:
    area = partners_area(qtbot, services)
    dialog = area.project_dialog()
    qtbot.addWidget(dialog)
    dialog.title = "Water"
    dialog.country_combo.code = "MX"
    dialog.currency_edit.setText("MXN")
    dialog.matching_rule = "1:1"
    panel = dialog.funding_panel
    panel.set_cell(FundingSource.ASSOCIATION, PLEDGED, "1.000,00")
    panel.set_cell(FundingSource.MUNICIPALITY, PLEDGED, "500")
    assert "Rule 1:1 not met." in panel.summary.text()
    panel.set_cell(FundingSource.MUNICIPALITY, PLEDGED, "1,000")
    assert panel.summary.text() == "Total pledged 2,000.00 MXN, received 0.00 MXN. Rule 1:1 met."
    panel.set_cell(FundingSource.STATE, PLEDGED, "lots")
    dialog.accept()
    assert dialog.saved is None
    assert "not an amount" in dialog.money_form.errors["funding"].text()
    panel.set_cell(FundingSource.STATE, PLEDGED, "")
    dialog.milestones.add_row(["Works start", "10/01/2027", "soon"])
    dialog.accept()
    assert dialog.saved is None
    assert "Done on: 'soon' is not a date" in dialog.errors_label.text()
    dialog.milestones.rows = [["Works start", "10/01/2027", "02.02.2027"]]
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.milestones[0].due_on == dt.date(2027, 1, 10)
    assert dialog.saved.milestones[0].done_on == dt.date(2027, 2, 2)
    check = dialog.saved.matching()
    assert check is not None
    assert check.met


def test_a_currency_of_four_letters_is_refused_not_cut(qtbot: QtBot, services: Services) -> None:
    dialog = partners_area(qtbot, services).project_dialog()
    qtbot.addWidget(dialog)
    dialog.title = "Water"
    dialog.country_combo.code = "MX"
    dialog.currency_edit.setText("MXNN")
    assert dialog.currency_edit.text() == "MXNN"
    dialog.accept()
    assert dialog.saved is None
    assert (
        dialog.money_form.errors["currency"].text()
        == "'MXNN' is not a three-letter currency code such as MXN"
    )
    assert dialog.tabs.currentIndex() == 1  # the Funding tab, where the message is
