"""Erasing from the app: the person picked by name (namesakes told apart), the result says what
was removed and what the file check found."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.composition import Services
from diaspora_desk.services.trust.erasure import ErasurePolicy, ErasureService
from diaspora_desk.ui.people.person_picker import people_search
from diaspora_desk.ui.trust.erasure_page import ErasurePage


def _page(qtbot: QtBot, services: Services) -> ErasurePage:
    page = ErasurePage(services.trust.erasure, people_search(services.people.registry))
    qtbot.addWidget(page)
    return page


def _pick(page: ErasurePage, typed: str, town: str) -> None:
    """Type part of a name as the officer does and pick the offered person living in ``town``."""
    page.person_picker.setText(typed)
    page.person_picker.textEdited.emit(typed)
    page.person_picker.choose(next(label for label in page.person_picker.offer(typed) if town in label))


def test_erase_a_person_picked_by_name_and_the_second_officer_rule(qtbot: QtBot, services: Services) -> None:
    create = services.people.registry.create
    fresno = create(PersonDraft(given_name="Quivexo", family_name="Belzu", country="US", city="Fresno"))
    reno = create(PersonDraft(given_name="Quivexo", family_name="Belzu", country="US", city="Reno"))
    other = create(PersonDraft(given_name="Lomira", family_name="Tzuvan", country="US", city="Fresno"))
    search = people_search(services.people.registry)
    page = _page(qtbot, services)
    assert page.due_label.text() == "No retention rule is set."
    with pytest.raises(KnownError, match="Choose the person"):
        page.erase()  # nobody picked yet: a plain message, nothing erased

    assert len(page.person_picker.offer("quivexo bel")) == 2  # the namesakes, told apart by town
    _pick(page, "quivexo bel", "Reno")
    page.reason_edit.setText("asked in writing")
    erased = page.erase()
    assert erased.person_ids == (reno.id,)
    assert [row.id for row in search("Quivexo")] == [fresno.id]  # the namesake in Fresno stays
    assert page.result_label.text().startswith("Quivexo Belzu — Reno, United States: erased (")
    assert "no erased value is left" in page.result_label.text()
    assert page.person_picker.text() == ""

    page.require_second_check.setChecked(True)
    page.years_spin.setValue(5)
    page.save_policy()
    assert page.due_label.text() == "Due under the rule now: nobody"
    _pick(page, "tzuv", "Fresno")
    with pytest.raises(ValidationError, match="second officer"):
        page.erase()
    page.second_edit.setText("Ana Supervisor")
    page.anonymise_check.setChecked(True)
    anonymised = page.erase()
    assert anonymised.anonymised
    assert anonymised.person_ids == (other.id,)
    assert "anonymised" in page.result_label.text()


def test_the_confirmation_names_the_person_and_cancel_erases_nobody(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = services.people.registry.create(
        PersonDraft(
            given_name="Saruvel", family_name="Onkana", country="US", city="Tucson", birth_year="1984"
        )
    )
    page = _page(qtbot, services)
    asked: list[str] = []

    def decline(text: str) -> bool:  # the officer reads the question and answers Cancel
        asked.append(text)
        return False

    monkeypatch.setattr(page, "_confirmed", decline)
    errors: list[str] = []
    monkeypatch.setattr(
        "diaspora_desk.ui.trust.erasure_page.show_error", lambda _p, exc, _what: errors.append(str(exc))
    )
    page.erase_button.click()
    assert errors == ["Choose the person to erase: type part of their name and pick them from the list."]
    assert not asked
    _pick(page, "saruv", "Tucson")
    page.reason_edit.setText("asked in writing")
    page.erase_button.click()
    assert asked[0].startswith("Erase Saruvel Onkana — 1984, Tucson, United States")
    assert [row.id for row in people_search(services.people.registry)("Saruvel")] == [person.id]


def test_the_people_due_under_the_rule_are_named_not_numbered(qtbot: QtBot, services: Services) -> None:
    registry = services.people.registry
    names = [
        ("Vadoro", "Quenx"),
        ("Lusimé", "Abrat"),
        ("Tobin", "Cerrow"),
        ("Ysela", "Dumbri"),
        ("Oro", "Eckle"),
    ]
    ids = []
    for given, family in names:
        person = registry.create(PersonDraft(given_name=given, family_name=family, country="US"))
        registry.set_archived(person.id, True)
        ids.append(person.id)
    later = ErasureService(services.database, FixedClock(dt.datetime(2031, 1, 1)), services.settings.officer)
    later.set_policy(ErasurePolicy(archived_years=3))
    page = ErasurePage(later, people_search(registry))
    qtbot.addWidget(page)
    assert page.due_label.text() == (
        "Due under the rule now: 5 people — Abrat, Lusimé; Cerrow, Tobin; Dumbri, Ysela … and 2 more"
    )
    assert page.apply_button.isEnabled()
    for person_id in ids[1:]:
        later.erase(person_id, "asked in writing")
    page.refresh()
    assert page.due_label.text() == "Due under the rule now: 1 person — Quenx, Vadoro"
