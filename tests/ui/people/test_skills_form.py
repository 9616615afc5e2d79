"""The skills form reads its tables into Skills and names each bad cell by field and row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import Cefr
from diaspora_desk.domain.people_records import AvailabilityItem, LicenceItem, OccupationItem, Skills
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.date_input import DateInput
from diaspora_desk.ui.editable_table import EditableTable
from diaspora_desk.ui.people.skills_form import SkillsForm


def test_typed_rows_become_skills(qtbot: QtBot, services: Services) -> None:
    form = SkillsForm(services.people.occupations)
    qtbot.addWidget(form)
    form.occupations.rows = [["7212", "Welder", "6"]]
    form.qualifications.rows = [["5", "Welding", "INTECAP", "gt", "2004", "yes"]]
    form.languages_list.values = [("es", "C2")]
    form.languages_list.picker.setText("English")
    form.languages_list.level_combo.setCurrentText("B1")
    form.languages_list.add_button.click()
    form.licences.rows = [["AWS D1.1", "AWS", "us", "2027-05-31"]]
    form.availability.rows = [["2027-01-01", "", "school holidays"]]
    form.tags_edit.setText("TIG, pipes ,")
    skills, errors = form.skills()
    assert errors == {}
    assert skills.occupations == (OccupationItem("7212", "Welder", 6),)
    assert skills.qualifications[0].isced_level == 5
    assert skills.qualifications[0].country == "GT"
    assert skills.qualifications[0].recognised_at_home
    assert skills.languages == (("es", Cefr.C2), ("en", Cefr.B1))
    assert skills.licences == (LicenceItem("AWS D1.1", "AWS", "US", dt.date(2027, 5, 31)),)
    assert skills.availability == (AvailabilityItem(dt.date(2027, 1, 1), None, "school holidays"),)
    assert skills.tags == ("TIG", "pipes")
    form.set_skills(skills)
    assert form.skills() == (skills, {})


def test_bad_cells_are_named_by_field_and_row(qtbot: QtBot, services: Services) -> None:
    form = SkillsForm(services.people.occupations)
    qtbot.addWidget(form)
    form.occupations.rows = [["7212", "Welder", "6"], ["7212", "Welder", "six"]]
    form.availability.rows = [["2027-01-01", "", ""], ["next year", "", ""]]
    skills, errors = form.skills()
    assert set(errors) == {"isco_code", "availability"}
    assert errors["isco_code"].startswith("row 2: 'six' is not a whole number")
    assert errors["availability"].startswith("row 2:")
    assert skills.occupations[1].years_experience is None
    assert len(skills.availability) == 1
    assert skills != Skills()


def test_choosing_an_esco_occupation_adds_its_isco_group(qtbot: QtBot, services: Services) -> None:
    form = SkillsForm(services.people.occupations)
    qtbot.addWidget(form)
    form._on_occupation_typed("specialised doc")
    form.choose_occupation("specialised doctor — 2212 Specialist medical practitioners")
    assert form.occupations.rows[0][0] == "2212"
    assert form.occupation_search.text() == ""


def test_level_country_and_recognition_are_chosen_by_name_not_typed_as_codes(
    qtbot: QtBot, services: Services
) -> None:
    form = SkillsForm(services.people.occupations)
    qtbot.addWidget(form)
    form.qualifications.rows = [["6", "Nursing", "USAC", "GT", "2010", "yes"]]
    table = form.qualifications.table
    shown = [table.item(0, c).text() for c in (0, 3, 5)]  # type: ignore[union-attr]
    assert shown == ["6 · Bachelor's or equivalent", "Guatemala", "yes"]
    form.qualifications.add_button.click()
    form.qualifications.choose(1, 0, "7")
    form.qualifications.choose(1, 3, "MX")
    form.qualifications.choose(1, 5, "no")
    form.licences.add_row(["Nursing licence", "Board"])
    form.licences.choose(0, 2, "US")
    skills, errors = form.skills()
    assert errors == {}
    assert [(q.isced_level, q.country, q.recognised_at_home) for q in skills.qualifications] == [
        (6, "GT", True),
        (7, "MX", False),
    ]
    assert table.item(1, 3).text() == "Mexico"  # type: ignore[union-attr]
    assert skills.licences[0].country == "US"


def _type_in_cell(qtbot: QtBot, grid: EditableTable, row: int, column: int, text: str) -> None:
    index = grid.table.model().index(row, column)
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    editor = grid.table.findChild(DateInput)
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.table.findChild(DateInput) is None)


def test_date_cells_take_dates_typed_day_first(qtbot: QtBot, services: Services) -> None:
    form = SkillsForm(services.people.occupations)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.licences.add_row(["Nursing licence", "Board"])
    _type_in_cell(qtbot, form.licences, 0, 3, "31.05.2027")
    form.availability.add_row()
    _type_in_cell(qtbot, form.availability, 0, 0, "03/04/2027")
    _type_in_cell(qtbot, form.availability, 0, 1, "30-06-2027")
    skills, errors = form.skills()
    assert errors == {}
    assert skills.licences[0].valid_until == dt.date(2027, 5, 31)
    assert skills.availability == (AvailabilityItem(dt.date(2027, 4, 3), dt.date(2027, 6, 30), ""),)


def test_a_date_cell_that_is_no_date_is_named_with_its_column_and_row(
    qtbot: QtBot, services: Services
) -> None:
    form = SkillsForm(services.people.occupations)
    qtbot.addWidget(form)
    form.availability.rows = [["14/03/2027", "soon", ""], ["", "", "weekends"]]
    _skills, errors = form.skills()
    assert errors["availability"] == "row 2: From: write the date"
    form.availability.rows = [["14/03/2027", "soon", ""]]
    _skills, errors = form.skills()
    assert errors["availability"] == (
        "row 1: To: 'soon' is not a date. Type a date such as 14/03/2027, or pick one."
    )
