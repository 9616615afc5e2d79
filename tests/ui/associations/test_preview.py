"""At start-up the window shows the associations list's first page before the database has opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.associations.rows import first_page
from diaspora_desk.services.composition import Services
from diaspora_desk.ui import launch, tasks
from diaspora_desk.ui.associations.list_model import AssociationTableModel
from diaspora_desk.ui.launch import start_window
from diaspora_desk.ui.main_window import MainWindow
from tests.fresh_interpreter import run_python


def test_the_preview_shows_rows_then_gives_way_to_the_real_list(qtbot: QtBot, services: Services) -> None:
    for name in ("Club Uno", "Asociación Dos", "Comité Tres"):
        services.associations.registry.create(AssociationDraft(name=name, country="US", city="Fresno"))
    first = first_page(services.database_path, 100)
    assert first is not None
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown):
        window.show_preview(first)
    table = window.preview.table
    names = [
        table.model().index(r, AssociationTableModel.NAME).data() for r in range(table.model().rowCount())
    ]
    assert names == ["Asociación Dos", "Club Uno", "Comité Tres"]
    assert "3 association(s)" in window.preview.note.text()
    window.attach(services)
    assert window.stack.currentWidget() is window.associations
    assert window.associations.model.rowCount() == 3


def test_start_window_shows_data_before_the_application_is_ready(qtbot: QtBot, services: Services) -> None:
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    path = services.database_path
    services.close()
    order: list[str] = []
    window = start_window(path)
    qtbot.addWidget(window)
    window.data_shown.connect(lambda: order.append("data"))
    window.ready.connect(lambda: order.append("ready"))
    qtbot.waitUntil(lambda: "ready" in order, timeout=20_000)
    assert order[0] == "data"
    assert window.services is not None
    window.services.close()


class _PaintLog(QObject):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.order.append("paint")
        return False


def test_the_database_opens_only_once_the_first_rows_are_painted(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Opening imports SQLAlchemy and the services on a worker that holds the GIL in turns with
    # the GUI thread: started before the paint, it delays the rows the officer is waiting for.
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    path = services.database_path
    services.close()
    order: list[str] = []
    start_task = tasks.run_task

    def run_task(*args: Any, **kwargs: Any) -> Any:
        order.append("open")  # the worker starts here
        return start_task(*args, **kwargs)

    monkeypatch.setattr(launch, "run_task", run_task)
    window = start_window(path)
    qtbot.addWidget(window)
    paints = _PaintLog(order)
    window.preview.table.viewport().installEventFilter(paints)
    window.ready.connect(lambda: order.append("ready"))
    qtbot.waitUntil(lambda: "ready" in order, timeout=20_000)
    assert order.index("paint") < order.index("open")
    assert window.services is not None
    window.services.close()


def test_a_window_never_painted_still_opens_the_database(qtbot: QtBot, services: Services) -> None:
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    path = services.database_path
    services.close()
    window = start_window(path)
    qtbot.addWidget(window)
    window.hide()  # as if started minimised: the preview is not painted
    with qtbot.waitSignal(window.ready, timeout=20_000):
        pass
    assert window.services is not None
    assert window.associations.model.rowCount() == 1
    window.services.close()


# What the first rows must not wait for: the database layer, babel (its names and numbers are saved
# in resources/cldr/), the other records and dialogs, the log file's handlers, the settings parser.
NOT_BEFORE_THE_FIRST_ROWS = (
    "sqlalchemy",
    "alembic",
    "babel",
    "pycountry",
    "logging.handlers",
    "configparser",
    "hashlib",
    "diaspora_desk.domain.records",
    "diaspora_desk.ui.accounts.guard",
    "diaspora_desk.ui.widgets",
    "diaspora_desk.ui.translation",
)


def test_the_first_rows_show_real_data_before_loading_what_they_do_not_need(
    services: Services, tmp_path: Path
) -> None:
    services.associations.registry.create(
        AssociationDraft(name="Club Uno", country="GT", city="Fresno", members_estimate="1200")
    )
    path = services.database_path
    services.close()
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from diaspora_desk.ui.launch import start_window
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
window = start_window(Path({str(path)!r}))
at_first_paint = []
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not at_first_paint:
            loaded = sorted(name for name in {NOT_BEFORE_THE_FIRST_ROWS!r} if name in sys.modules)
            at_first_paint.append(loaded)
            at_first_paint.append("Qt" in vars(PySide6.QtCore))
        return False
first_paint = FirstPaint()
window.preview.table.viewport().installEventFilter(first_paint)
def shown():
    model = window.preview.table.model()
    print([model.index(0, column).data() for column in (0, 4, 5)])
    print(model.index(0, 5).data(7) == model.index(0, 0).data(7), *at_first_paint)
    app.quit()
window.preview.table.painted.connect(lambda: QTimer.singleShot(0, shown))
app.exec()
"""
    output = run_python(code, tmp_path)
    row, alignment_and_loaded = output.splitlines()[-2:]
    assert row == "['Club Uno', 'Guatemala', '1,200']"
    # The member count is aligned apart from the name (right, as in the list); at the first paint
    # none of the modules above is loaded, nor the `Qt` namespace's ~90 enum types (~15 ms).
    assert alignment_and_loaded == "False [] False"
