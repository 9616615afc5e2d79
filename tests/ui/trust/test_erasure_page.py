"""Erasing from the app: the result says what was removed and what the file check found."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.trust.erasure_page import ErasurePage


def test_erase_a_person_and_the_second_officer_rule(qtbot: QtBot, services: Services) -> None:
    first = services.people.registry.create(
        PersonDraft(given_name="Quivexo", family_name="Belzu", country="US")
    )
    second = services.people.registry.create(
        PersonDraft(given_name="Lomira", family_name="Tzuvan", country="US")
    )
    page = ErasurePage(services.trust.erasure)
    qtbot.addWidget(page)
    assert page.due_label.text() == "No retention rule is set."
    page.person_spin.setValue(first.id)
    page.reason_edit.setText("asked in writing")
    erased = page.erase()
    assert erased.person_ids == (first.id,)
    assert "erased" in page.result_label.text()
    assert "no erased value is left" in page.result_label.text()

    page.require_second_check.setChecked(True)
    page.years_spin.setValue(5)
    page.save_policy()
    assert page.due_label.text().startswith("Due under the rule now: 0")
    page.person_spin.setValue(second.id)
    with pytest.raises(ValidationError, match="second officer"):
        page.erase()
    page.second_edit.setText("Ana Supervisor")
    page.anonymise_check.setChecked(True)
    assert page.erase().anonymised
    assert "anonymised" in page.result_label.text()
