"""Screenshots of every area at 1366x768 on a demo database, for docs/screenshots/.

Run: .venv/bin/python scripts/screenshots.py [OUT_DIR]   (offscreen; takes about a minute)
It builds a fresh demo database (generated people, no real data) in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="diaspora-shots-")  # no saved window state

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services, open_services
from diaspora_desk.services.demo.visits import GUI_DEMO_PEOPLE, build_full_demo
from diaspora_desk.ui.main_window import MainWindow

SIZE = (1366, 768)


def settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()


def save(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    settle(app)
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def namesakes(services: Services) -> tuple[int, int]:
    """Two records of one (generated) person, as an import from a second file leaves them."""
    registry = services.people.registry
    first = registry.create(
        PersonDraft(
            given_name="Marta",
            family_name="Coc Tzul",
            country="US",
            city="Fresno",
            birth_year="1984",
            sex="female",
            phones=("+1 559 555 0142",),
            preferred_language="es",
        )
    )
    second = registry.create(
        PersonDraft(
            given_name="Marta Elena",
            family_name="Coc Tzul",
            country="US",
            city="Fresno",
            birth_year="1984",
            email="marta.coc@example.org",
            preferred_channel="sms",
            phones=("+1 559 555 0199",),
        )
    )
    return first.id, second.id


def person_dialog(app: QApplication, window: MainWindow, out: Path) -> None:
    """The person dialog of the selected person: a date typed as people write it; the skills tab."""
    people = window.people
    person = people.people.edit_selected()  # dates typed as people write them, or picked
    assert person is not None
    person.passport_edit.setText("14/03/2029")
    person.passport_edit.editingFinished.emit()
    scroll = person.passport_edit.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(person.passport_edit)
    save(app, person, out, "person-dialog")
    person.tabs.setCurrentWidget(person.skills_tab)
    save(app, person, out, "person-skills")
    person.reject()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    services = open_services(Path(tempfile.mkdtemp(prefix="diaspora-demo-")) / "demo.sqlite")
    build_full_demo(services, people=GUI_DEMO_PEOPLE)
    keep, other = namesakes(services)
    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    window.associations.table.selectRow(3)
    save(app, window, out, "associations")
    window.show_area(window.PEOPLE)
    people = window.people
    people.people.table.selectRow(1)
    save(app, window, out, "people")
    person_dialog(app, window, out)
    people.people.search_edit.setText("nobody called like this")
    people.people.apply_filters()
    save(app, window, out, "people-nothing-found")
    people.people.clear_filters()
    for index, name in ((1, "needs"), (2, "skills-dashboard")):
        people.tabs.setCurrentIndex(index)
        if index == 1:
            people.needs.needs_table.selectRow(0)
        save(app, window, out, name)
    people.tabs.setCurrentWidget(people.duplicates)
    people.duplicates.keep_picker.set_person(keep, "Marta Coc Tzul — 1984, Fresno, United States")
    people.duplicates.other_picker.set_person(other, "Marta Elena Coc Tzul — 1984, Fresno, United States")
    save(app, window, out, "duplicates")
    dialog = people.duplicates.merge_dialog()
    assert dialog is not None
    dialog.show()
    save(app, dialog, out, "merge-dialog")
    dialog.reject()
    window.show_area(window.VISITS)
    visits = window.visits
    visits.visits.table.selectRow(0)
    save(app, window, out, "visits")
    visits.tabs.setCurrentWidget(visits.planner)
    visits.planner.run_plan()
    for _ in range(600):  # the plan is made on a worker thread
        if visits.planner.model.rowCount():
            break
        app.processEvents()
        time.sleep(0.05)
    visits.planner.table.selectRow(0)
    save(app, window, out, "visits-planner")
    visits.tabs.setCurrentWidget(visits.map_page)
    save(app, window, out, "visits-map")
    for area, name in (
        (window.CAMPAIGNS, "campaigns"),
        (window.PARTNERS, "partners"),
        (window.PRACTICES, "practices"),
        (window.REPORTS, "reports"),
    ):
        window.show_area(area)
        save(app, window, out, name)
    services.close()


if __name__ == "__main__":
    main()
