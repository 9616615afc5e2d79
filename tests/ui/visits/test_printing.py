"""Printing a visit's PDFs from the screens: written off the GUI thread where the officer chose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import VisitRecord
from diaspora_desk.reports.catalogue import printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.printing import print_day_schedule, print_slip, print_visit_pdf
from tests.reports.pdf_text import file_text
from tests.ui.visits.scenes import CARD, NINE


def _parent(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_the_briefing_and_the_report_are_written_where_asked(
    qtbot: QtBot, services: Services, visit: VisitRecord, tmp_path: Path
) -> None:
    written: list[Path] = []
    parent = _parent(qtbot)
    for kind, heading in (("briefing", "Pre-visit briefing"), ("report", "Results against plan")):
        out = tmp_path / f"{kind}.pdf"
        print_visit_pdf(parent, printer_for(services), visit, kind, out, written.append)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda out=out: out in written, timeout=20_000)  # type: ignore[misc]
        assert heading in file_text(out)[1]


def test_the_slip_and_the_day_schedule_name_the_person(
    qtbot: QtBot, services: Services, visit: VisitRecord, tmp_path: Path
) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Ελένη", family_name="Παπαδοπούλου", country="US", city="Fresno")
    )
    booking = services.visits.bookings.book(visit.id, person.id, CARD, visit.starts_on, NINE)
    written: list[Path] = []
    slip, schedule = tmp_path / "slip.pdf", tmp_path / "day.pdf"
    print_slip(_parent(qtbot), printer_for(services), booking.id, slip, written.append)
    print_day_schedule(
        _parent(qtbot), printer_for(services), visit.id, visit.starts_on, schedule, written.append
    )
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20_000)
    assert set(written) == {slip, schedule}
    for path in (slip, schedule):
        assert "Ελένη Παπαδοπούλου" in file_text(path)[1]


def test_cancelling_the_file_chooser_writes_nothing(
    qtbot: QtBot, services: Services, visit: VisitRecord, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []

    def cancel(_parent: QWidget, title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(proposed).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    written: list[Path] = []
    print_visit_pdf(_parent(qtbot), printer_for(services), visit, "briefing", None, written.append)
    print_day_schedule(_parent(qtbot), printer_for(services), visit.id, visit.starts_on, None, written.append)
    assert asked == [f"visit-{visit.id}-briefing.pdf", f"visit-{visit.id}-{visit.starts_on:%Y-%m-%d}.pdf"]
    qtbot.wait(50)
    assert written == []
    assert not list(tmp_path.glob("*.pdf*"))
