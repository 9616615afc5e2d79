"""Drive the People & Skills screens: register, search, consent, sensitive data, match, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTableWidgetItem
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import OccupationItem, QualificationItem, Skills
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.person_dialog import PersonDialog


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def _area(qtbot: QtBot, services: Services) -> PeopleArea:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.PEOPLE)
    return window.people


def _names(area: PeopleArea) -> list[str]:
    model = area.people.model
    return [model.row_at(r).name for r in range(model.rowCount())]  # type: ignore[union-attr]


def _save(dialog: PersonDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_register_a_person_with_skills_and_consent_then_find_them(qtbot: QtBot, services: Services) -> None:
    area = _area(qtbot, services)
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
    dialog.skills_form.languages_edit.setText("es:C2; en:C1")
    dialog.consent_checks[ConsentPurpose.SKILLS_INVENTORY].setChecked(True)
    dialog.consent_checks[ConsentPurpose.SHARING_FOR_MATCHING].setChecked(True)
    dialog.consent_how.setText("signed form at the consulate")
    dialog.legal_status_edit.setText("temporary protected status")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    saved = dialog.saved
    assert saved is not None
    assert saved.phones == ("+15595550177",)
    assert saved.skills.occupations[0].isco_code == "2212"
    assert saved.skills.languages == (("es", Cefr.C2), ("en", Cefr.C1))
    assert saved.consented(ConsentPurpose.SHARING_FOR_MATCHING)

    area.people.search_edit.setText("quinonez ixchel")
    area.people.apply_filters()
    assert _names(area) == ["Ixchel Marisol Tzoc Quiñónez"]
    area.people.search_edit.setText("559 555 0177")
    area.people.apply_filters()
    assert _names(area) == ["Ixchel Marisol Tzoc Quiñónez"]
    # The list never carries the legal status.
    assert "protected" not in repr(area.people.model.row_at(0))


def test_legal_status_is_hidden_until_asked_for_and_each_look_is_audited(
    qtbot: QtBot, services: Services
) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Tomás", family_name="Batz", country="US")
    )
    services.people.consent.set_legal_status(person.id, "pending asylum claim")
    area = _area(qtbot, services)
    dialog = PersonDialog(services, services.people.registry.get(person.id), area)
    qtbot.addWidget(dialog)
    assert dialog.legal_status_edit.echoMode() != dialog.legal_status_edit.EchoMode.Normal
    before = [e.action for e in services.audit.history("person", person.id)]
    assert dialog.reveal_legal_status(reason="renewal of documents") == "pending asylum claim"
    after = [e.action for e in services.audit.history("person", person.id)]
    assert after[len(before) :] == ["view_sensitive"]


def test_invalid_skills_are_named_and_nothing_is_saved(qtbot: QtBot, services: Services) -> None:
    area = _area(qtbot, services)
    dialog = area.people.new_person()
    dialog.given_edit.setText("Ana")
    dialog.skills_form.qualifications.rows = [["11", "", "", "", "", "no"]]
    dialog.skills_form.languages_edit.setText("es:Z9")
    _save(dialog)
    assert dialog.isVisible()
    errors = dialog.skills_form.form.errors
    assert "ISCED" in errors["isced_level"].text()
    assert "Z9" in errors["languages"].text()
    assert services.people.registry.count(area.people.model.query) == 0
    dialog.reject()


def test_need_matching_lists_only_consenting_people_and_proposes(qtbot: QtBot, services: Services) -> None:
    skills = Skills(
        qualifications=(QualificationItem(7),),
        occupations=(OccupationItem("2221", "", 8),),
        languages=(("es", Cefr.C2),),
    )
    yes = services.people.registry.create(
        PersonDraft(given_name="Rosa", family_name="Cúmez", country="US"), skills
    )
    no = services.people.registry.create(
        PersonDraft(given_name="Flor", family_name="Sián", country="US"), skills
    )
    services.people.consent.set_consent(yes.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")
    services.people.consent.set_consent(yes.id, ConsentPurpose.SHARING_FOR_MATCHING, True, how="form")
    area = _area(qtbot, services)
    area.tabs.setCurrentWidget(area.needs)
    dialog = area.needs.new_need()
    dialog.institution_edit.setText("National Nursing School")
    dialog.title_edit.setText("Nurse trainers")
    dialog.isco_edit.setText("2221")
    dialog.languages_edit.setText("es:B2")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert area.needs.shortlist is not None
    assert [c.person_id for c in area.needs.shortlist.candidates] == [yes.id]
    assert "1 more" in area.needs.without_label.text()
    assert no.id not in [c.person_id for c in area.needs.shortlist.candidates]
    area.needs.candidates.selectRow(0)
    area.needs.propose_selected()
    assert area.needs.placements.rowCount() == 1
    # Withdrawal takes effect at once.
    services.people.consent.set_consent(yes.id, ConsentPurpose.SHARING_FOR_MATCHING, False)
    area.needs.find_candidates()
    assert area.needs.shortlist.candidates == ()


def test_dashboard_shows_small_counts_as_less_than_five(qtbot: QtBot, services: Services) -> None:
    skills = Skills(occupations=(OccupationItem("7112", ""),))
    for n in range(3):
        person = services.people.registry.create(
            PersonDraft(given_name=f"Builder{n}", family_name="Test", country="US"), skills
        )
        services.people.consent.set_consent(person.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")
    area = _area(qtbot, services)
    area.tabs.setCurrentWidget(area.dashboard)
    area.dashboard.refresh()
    table = area.dashboard.tables["isco"]
    shown = {_text(table.item(r, 0)): _text(table.item(r, 1)) for r in range(table.rowCount())}
    assert shown["71 Building and related trades workers, excluding electricians"] == "<5"
    assert all(value == "<5" or int(value.replace(",", "")) >= 5 for value in shown.values())


def test_import_dialog_maps_other_headers_and_imports(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "lista.csv"
    source.write_text(
        "nombre;apellido;pais;telefono\nLucía;Yax;US;+1 213 555 0101\nJuan;Coyoy;US;12\n", encoding="utf-8"
    )
    area = _area(qtbot, services)
    dialog = area.import_file(source)
    assert dialog is not None
    for header, column in (
        ("nombre", "given_name"),
        ("apellido", "family_name"),
        ("pais", "country"),
        ("telefono", "phone"),
    ):
        combo = dialog.mapping[header]
        combo.setCurrentIndex(combo.findData(column))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run(dry_run=False)
    assert dialog.import_result is not None
    assert dialog.import_result.summary == "imported 1, rejected 1, duplicates 0"
    assert "row 3, phone" in dialog.summary.text()
    assert _names(area) == ["Lucía Yax"]
    rejects = tmp_path / "rejects.csv"
    dialog.save_rejects(rejects)
    assert "12" in rejects.read_text(encoding="utf-8-sig")
    assert set(COLUMNS) <= set(rejects.read_text(encoding="utf-8-sig").splitlines()[0].split(","))
    dialog.reject()


def test_cancel_during_an_import_writes_nobody(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    rows = [f"Persona{i},Prueba{i},US,,,{1950 + i % 50}" for i in range(30_000)]
    source.write_text(
        "given_name,family_name,country,city,phone,birth_year\n" + "\n".join(rows), encoding="utf-8"
    )
    area = _area(qtbot, services)
    dialog = area.import_file(source)
    assert dialog is not None
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000):
        task = dialog.run(dry_run=False)
        cancel = task.dialog.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
    assert "Cancelled" in dialog.summary.text()
    assert _names(area) == []
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.reject()
