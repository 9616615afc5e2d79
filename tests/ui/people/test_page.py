"""The people list: register someone and find them; the selection survives writes made elsewhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.outreach_events import EventDraft, EventKind
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import MembershipItem, PersonRow, Skills
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.list_model import PeopleTableModel
from tests.ui.confirming import answer_confirmation
from tests.ui.people.listing import listed_names


def _selected(area: PeopleArea) -> PersonRow | None:
    rows = area.people.table.selectionModel().selectedRows()
    item = rows[0].data(PeopleTableModel.ROW_ROLE) if rows else None
    return item if isinstance(item, PersonRow) else None


def test_register_a_person_with_skills_and_consent_then_find_them(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    dialog = area.people.new_person()
    dialog.given_edit.setText("Ixchel Marisol")
    dialog.family_edit.setText("Tzoc Quiñónez")
    dialog.birth_edit.setText("1984")
    dialog.city_edit.setText("Fresno")
    dialog.phones_edit.setPlainText("(559) 555-0177")
    dialog.skills_form.occupation_search.setText("specialised doc")
    dialog.skills_form._on_occupation_typed("specialised doc")
    dialog.skills_form.choose_occupation("specialised doctor — 2212 Specialist medical practitioners")
    dialog.skills_form.qualifications.rows = [["8", "Anaesthesiology", "USAC", "GT", "2010", "yes"]]
    dialog.skills_form.languages_list.values = [("es", "C2"), ("en", "C1")]
    dialog.consent_checks[ConsentPurpose.SKILLS_INVENTORY].setChecked(True)
    dialog.consent_checks[ConsentPurpose.SHARING_FOR_MATCHING].setChecked(True)
    dialog.consent_how.setText("signed form at the consulate")
    dialog.legal_status_edit.setText("temporary protected status")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = dialog.saved
    assert saved is not None
    assert saved.phones == ("+15595550177",)
    assert saved.skills.occupations[0].isco_code == "2212"
    assert saved.skills.languages == (("es", Cefr.C2), ("en", Cefr.C1))
    assert saved.consented(ConsentPurpose.SHARING_FOR_MATCHING)
    assert "Ixchel Marisol Tzoc Quiñónez" in area.people.details.text()

    area.people.search_edit.setText("quinonez ixchel")
    area.people.apply_filters()
    assert listed_names(area) == ["Ixchel Marisol Tzoc Quiñónez"]
    area.people.search_edit.setText("559 555 0177")
    area.people.apply_filters()
    assert listed_names(area) == ["Ixchel Marisol Tzoc Quiñónez"]
    assert area.people.count_label.text() == "1 person(s)"
    # The list never carries the legal status.
    assert "protected" not in repr(area.people.model.row_at(0))


def test_the_selected_person_stays_selected_when_someone_is_registered_elsewhere(
    area: PeopleArea, services: Services
) -> None:
    for given in ("Bartolo", "Dora", "Ema"):
        services.people.registry.create(PersonDraft(given_name=given, family_name="Xol", country="US"))
    area.people.table.selectRow(1)
    assert _selected(area) is not None
    assert _selected(area).name == "Dora Xol"  # type: ignore[union-attr]
    services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xol", country="US"))
    assert listed_names(area) == ["Ana Xol", "Bartolo Xol", "Dora Xol", "Ema Xol"]
    assert _selected(area).name == "Dora Xol"  # type: ignore[union-attr]
    assert "Dora Xol" in area.people.details.text()


def test_an_edit_made_elsewhere_shows_in_the_details(area: PeopleArea, services: Services) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Dora", family_name="Xol", country="US", city="Fresno")
    )
    area.people.table.selectRow(0)
    assert "Fresno" in area.people.details.text()
    services.people.registry.update(
        person.id, PersonDraft(given_name="Dora", family_name="Xol", country="US", city="Oakland")
    )
    assert "Oakland" in area.people.details.text()
    assert _selected(area) is not None


def test_archiving_takes_the_person_off_the_list_and_offers_a_restore(
    area: PeopleArea, services: Services
) -> None:
    for given in ("Bartolo", "Dora"):
        services.people.registry.create(PersonDraft(given_name=given, family_name="Xol", country="US"))
    area.people.table.selectRow(0)
    answer_confirmation("Archive")
    area.people.archive_button.click()
    assert listed_names(area) == ["Dora Xol"]
    assert area.people.archive_button.text() == "Restore"
    area.people.archive_button.click()
    assert listed_names(area) == ["Bartolo Xol", "Dora Xol"]
    assert area.people.archive_button.text() == "Archive"


def test_the_person_record_pdf_is_written_in_the_background(
    qtbot: QtBot, area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    services.people.registry.create(PersonDraft(given_name="Dora", family_name="Xol", country="US"))
    area.people.table.selectRow(0)
    target = tmp_path / "dora.pdf"
    with qtbot.waitSignal(area.people.pdf_written, timeout=20_000) as written:
        area.people.print_selected(target)
    assert written.args == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_filters_take_names_and_an_unknown_one_says_so(area: PeopleArea, services: Services) -> None:
    spanish = Skills(languages=(("es", Cefr.C2),))
    services.people.registry.create(
        PersonDraft(given_name="Rosa", family_name="Cúmez", country="US"), spanish
    )
    services.people.registry.create(PersonDraft(given_name="Flor", family_name="Sián", country="US"))
    page = area.people
    page.language_filter.setText("Spanish")
    page.apply_filters()
    assert listed_names(area) == ["Rosa Cúmez"]
    assert not page.filter_note.isVisible()
    page.language_filter.setText("Spanglish")
    page.apply_filters()
    assert sorted(listed_names(area)) == ["Flor Sián", "Rosa Cúmez"]  # not "0 people"
    assert page.filter_note.isVisible()
    assert "No language called 'Spanglish'" in page.filter_note.text()


def test_the_details_name_the_campaigns_and_events_that_reached_the_person(
    area: PeopleArea, services: Services
) -> None:
    person = services.people.registry.create(PersonDraft(given_name="Dora", family_name="Xol", country="US"))
    area.people.table.selectRow(0)
    assert "Events:</b> none" in area.people.details.text()
    event = services.campaigns.events.create(
        EventDraft(
            title="Summer school 2027",
            kind=EventKind.SUMMER_SCHOOL,
            country="US",
            city="Fresno",
            starts_on=dt.date(2027, 7, 1),
            ends_on=dt.date(2027, 7, 2),
        )
    )
    services.campaigns.events.register(event.id, person.id)  # the window relays the change
    assert "Summer school 2027" in area.people.details.text()


def test_the_association_filter_takes_a_name_from_the_list(area: PeopleArea, services: Services) -> None:
    club = services.associations.registry.create(AssociationDraft(name="Club Xelajú", country="US"))
    member = services.people.registry.create(
        PersonDraft(given_name="Rosa", family_name="Cúmez", country="US")
    )
    services.people.registry.create(PersonDraft(given_name="Flor", family_name="Sián", country="US"))
    services.people.registry.set_memberships(member.id, (MembershipItem(club.id),))
    page = area.people
    picker = page.association_filter
    picker.setText("xela")
    page.apply_filters()
    assert sorted(listed_names(area)) == ["Flor Sián", "Rosa Cúmez"]
    assert "Choose an association" in page.filter_note.text()
    assert picker.offer("xela") == ["Club Xelajú"]
    picker.choose("Club Xelajú")
    page.apply_filters()
    assert listed_names(area) == ["Rosa Cúmez"]
    assert not page.filter_note.isVisible()


def test_the_list_fits_1366_pixels_and_long_names_have_their_tooltip(
    area: PeopleArea, services: Services, qtbot: QtBot
) -> None:
    long_name = PersonDraft(
        given_name="María Fernanda Guadalupe", family_name="Ajanel Chocooj de la Cruz", country="US"
    )
    services.people.registry.create(long_name)
    table = area.people.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    header = table.horizontalHeader()
    assert area.window().width() == 1366
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    name = table.model().index(0, PeopleTableModel.NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "María Fernanda Guadalupe Ajanel Chocooj de la Cruz"


def test_an_empty_list_says_why_and_a_filter_that_excludes_everyone_can_be_cleared(
    area: PeopleArea, services: Services
) -> None:
    page = area.people
    assert page.empty_hint.text().startswith("No one is registered yet.")
    assert "Import people" in page.empty_hint.text()
    services.people.registry.create(PersonDraft(given_name="Rosa", family_name="Cúmez", country="US"))
    assert not page.empty_hint.shown
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    page.search_edit.setText("nobody like this")
    page.country_filter.code = "MX"
    page.apply_filters()
    assert page.empty_hint.text().startswith("No one matches this search and these filters.")
    assert page.current is None  # the details clear and the actions wait for a person
    assert not page.edit_button.isEnabled()
    assert not page.archive_button.isEnabled()
    page.empty_hint.label.linkActivated.emit("clear")
    assert (page.search_edit.text(), page.country_filter.code) == ("", "")
    assert listed_names(area) == ["Rosa Cúmez"]
    assert not page.empty_hint.shown


def test_in_spanish_occupations_show_their_isco_code_beside_the_english_name(
    qtbot: QtBot, services: Services
) -> None:
    from diaspora_desk import i18n
    from diaspora_desk.ui.main_window import MainWindow
    from diaspora_desk.ui.translation import install_translators
    from tests.services.people.skilled import nurse

    nurse(services, "Ixchel", consent=True)
    i18n.set_language("es")
    try:
        assert install_translators("es")
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show_area(window.PEOPLE)
        page = window.people.people
        model = page.model
        header = model.headerData(PeopleTableModel.OCCUPATION, Qt.Orientation.Horizontal)
        assert header == "Ocupación"  # the screen is Spanish...
        # ...the ESCO title is English, with its ISCO-08 code beside it.
        cell = model.index(0, PeopleTableModel.OCCUPATION).data()
        assert cell == "2221 Nursing professionals"
        page.table.selectRow(0)
        assert "2221 Nursing professionals" in page.details.text()
    finally:
        i18n.set_language("en")
        install_translators("en")
