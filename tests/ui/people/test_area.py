"""Writes made anywhere (an import on a worker thread, a merge, an archive, a walk-in at a mobile
visit) show up in the People & Skills tabs through the main window's change notices alone."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.visits import ConsularService, OfferedService, VisitDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.people.area import PeopleArea
from tests.ui.people.listing import listed_names


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({"country": "US", "city": "Fresno", **row} for row in rows)
    return path


def _import_on_a_worker_thread(services: Services, source: Path) -> None:
    worker = threading.Thread(target=services.people.importer.import_file, args=(source,))
    worker.start()
    worker.join(timeout=30)


def test_an_import_made_elsewhere_shows_in_the_list_the_dashboard_and_the_duplicates(
    qtbot: QtBot, area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    services.people.registry.create(
        PersonDraft(given_name="Ana", family_name="Xol", country="US", phones=("+1 559 555 0100",))
    )
    with qtbot.waitSignal(area.dashboard.summary_shown, timeout=10_000):
        area.tabs.setCurrentWidget(area.dashboard)
    assert area.dashboard.total.text().startswith("0 people")
    area.tabs.setCurrentWidget(area.people)
    assert area.duplicates.model.rowCount() == 0
    source = _write(
        tmp_path / "people.csv",
        [
            {
                "given_name": f"Builder{n}",
                "family_name": "Coyoy",
                "isco_code": "7112",
                "consent_skills": "yes",
            }
            for n in range(6)
        ]
        + [{"given_name": "Otra", "family_name": "Persona", "phone": "+1 559 555 0100"}],
    )
    _import_on_a_worker_thread(services, source)
    qtbot.waitUntil(lambda: len(listed_names(area)) == 7, timeout=10_000)
    assert "Builder0 Coyoy" in listed_names(area)
    assert area.duplicates.model.rowCount() == 1
    with qtbot.waitSignal(area.dashboard.summary_shown, timeout=10_000):
        area.tabs.setCurrentWidget(area.dashboard)
    assert area.dashboard.total.text().startswith("6 people")


def test_a_merge_and_an_archive_made_elsewhere_leave_the_list(area: PeopleArea, services: Services) -> None:
    keep = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xol", country="US"))
    other = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Xoll", country="US"))
    gone = services.people.registry.create(PersonDraft(given_name="Bea", family_name="Tun", country="US"))
    assert listed_names(area) == ["Bea Tun", "Ana Xol", "Ana Xoll"]  # by family name
    services.people.duplicates.merge(keep.id, other.id)
    assert listed_names(area) == ["Bea Tun", "Ana Xol"]
    services.people.registry.set_archived(gone.id, True)
    assert listed_names(area) == ["Ana Xol"]
    assert area.people.count_label.text() == "1 person(s)"


def test_a_walk_in_registered_while_in_mobile_visits_is_listed_on_coming_back(
    window: MainWindow, area: PeopleArea, services: Services
) -> None:
    today = services.clock.today()
    visit = services.visits.registry.create(
        VisitDraft(
            consulate_id=services.visits.consulates.list()[0].id,
            country="US",
            city="Fresno",
            starts_on=today,
            ends_on=today,
            opens_at=dt.time(9, 0),
            closes_at=dt.time(11, 0),
            slot_minutes=60,
            services=(OfferedService(ConsularService.CONSULAR_ID, 4),),
        )
    )
    assert listed_names(area) == []
    window.show_area(window.VISITS)
    booking = services.visits.bookings.book_new_person(
        visit.id,
        PersonDraft(given_name="Lucía", family_name="Ajanel", country="US", city="Fresno"),
        "agreed in person at the visit",
        ConsularService.CONSULAR_ID,
        today,
        dt.time(9, 0),
        walk_in=True,
    )
    window.show_area(window.PEOPLE)
    assert listed_names(area) == ["Lucía Ajanel"]
    assert area.people.count_label.text() == "1 person(s)"
    area.people.table.selectRow(0)
    assert "Lucía Ajanel" in area.people.details.text()
    person = services.people.registry.get(booking.person_id)
    assert person.consented(ConsentPurpose.CONSULAR_CONTACT)


def test_import_dialog_maps_other_headers_and_imports(qtbot: QtBot, area: PeopleArea, tmp_path: Path) -> None:
    source = tmp_path / "lista.csv"
    source.write_text(
        "nombre;apellido;pais;telefono\nLucía;Yax;US;+1 213 555 0101\nJuan;Coyoy;US;12\n", encoding="utf-8"
    )
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
    assert listed_names(area) == ["Lucía Yax"]
    rejects = tmp_path / "rejects.csv"
    dialog.save_rejects(rejects)
    assert "12" in rejects.read_text(encoding="utf-8-sig")
    assert set(COLUMNS) <= set(rejects.read_text(encoding="utf-8-sig").splitlines()[0].split(","))
    dialog.reject()


def test_cancel_during_an_import_writes_nobody(
    qtbot: QtBot, area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "many.csv"
    rows = [f"Persona{i},Prueba{i},US,,,{1950 + i % 50}" for i in range(30_000)]
    source.write_text(
        "given_name,family_name,country,city,phone,birth_year\n" + "\n".join(rows), encoding="utf-8"
    )
    dialog = area.import_file(source)
    assert dialog is not None
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000):
        task = dialog.run(dry_run=False)
        assert task.dialog is not None  # a task started by run_task shows one
        cancel = task.dialog.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
    assert "Cancelled" in dialog.summary.text()
    assert listed_names(area) == []
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.reject()
