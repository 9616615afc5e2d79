"""The partner dialogs' small inputs: optional dates as typed, id check lists, code list combos."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.partners import PartnerLevel
from diaspora_desk.services.partners.registry import Choice
from diaspora_desk.ui.date_input import DateInput
from diaspora_desk.ui.partners.fields import ChoiceList, chosen, read_dates


def test_each_date_field_that_holds_no_date_is_named(qtbot: QtBot) -> None:
    edits = {"starts_on": DateInput("Starts on"), "ends_on": DateInput("Ends on")}
    for edit in edits.values():
        qtbot.addWidget(edit)
    edits["starts_on"].date = dt.date(2026, 3, 1)
    edits["ends_on"].setText("next year")
    values, errors = read_dates(edits)
    assert values == {"starts_on": dt.date(2026, 3, 1), "ends_on": None}
    assert errors == {
        "ends_on": "Ends on: 'next year' is not a date. Type a date such as 14/03/2027, or pick one."
    }
    assert edits["starts_on"].text() == "2026-03-01"


def test_a_choice_list_gives_the_ids_ticked(qtbot: QtBot) -> None:
    choices = ChoiceList([Choice(3, "Banco Solidario"), Choice(9, "Municipio de Jerez")])
    qtbot.addWidget(choices)
    assert choices.ids == ()
    choices.ids = (9,)
    assert choices.ids == (9,)
    assert choices.item(1).text() == "Municipio de Jerez"


def test_a_combo_gives_its_code_or_the_default(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    assert chosen(combo, PartnerLevel, PartnerLevel.LOCAL) is PartnerLevel.LOCAL  # empty
    combo.addItem("National", PartnerLevel.NATIONAL)
    combo.addItem("Unknown", "galactic")
    assert chosen(combo, PartnerLevel, PartnerLevel.LOCAL) is PartnerLevel.NATIONAL
    combo.setCurrentIndex(1)
    assert chosen(combo, PartnerLevel, PartnerLevel.LOCAL) is PartnerLevel.LOCAL
