"""The day schedule across pages, read back with pdftotext: every page starts with the column
header, a slot's lines never part (each page's first line names its time), no page ends with the
header and a single line, and the walk-in tally stays with the last slot."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.domain.consular_services import ConsularService
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import OfferedService
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import DAY, make_visit

HEADER = re.compile(r"^\s*Time\s+Name\s+Kind\s+Served\s+No-show\s+Notes\s*$")
SLOT = re.compile(r"^\s*\d\d:\d\d–\d\d:\d\d\s")


def pages_of(pdf: Path) -> list[list[str]]:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed: apt-get install poppler-utils")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [[line for line in page.splitlines() if line.strip()] for page in text.split("\f") if page.strip()]


def test_a_desk_over_several_pages_breaks_between_slots_with_the_header_on_each(
    services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 30 places an hour in 20-minute slots: 10 lines a slot, 24 slots, several pages.
    visit = make_visit(
        services,
        ends_on=DAY,
        closes_at=dt.time(17, 0),
        slot_minutes=20,
        services=(OfferedService(ConsularService.PASSPORT_RENEWAL, 30),),
    )
    for n in range(12):
        person = services.people.registry.create(
            PersonDraft(given_name=f"Persona{n}", family_name="Batz", country="US")
        )
        at = dt.time(9 + n // 3 * 2, 20 * (n % 3))
        services.visits.bookings.book(visit.id, person.id, ConsularService.PASSPORT_RENEWAL, DAY, at)
    services.close()
    out = tmp_path / "schedule.pdf"
    assert main(["report", "day-schedule", str(visit.id), "--db", str(db_path), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    pages = pages_of(out)
    assert len(pages) >= 3
    assert f"1 desks on {len(pages)} pages" in said  # the CLI counts the pages the PDF has
    for number, lines in enumerate(pages, start=1):
        header = next(i for i, line in enumerate(lines) if HEADER.match(line))
        body = [line for line in lines[header + 1 :] if "CONFIDENTIAL" not in line]
        assert SLOT.match(body[0]), f"page {number} starts inside a slot: {body[0]!r}"
        assert len(body) >= 3, f"page {number} has the header and a single line"
    last = pages[-1]
    tally = next(i for i, line in enumerate(last) if "Walk-ins served without taking a name" in line)
    assert any(SLOT.match(line) for line in last[:tally])  # not alone on its page
    assert sum("Persona" in line for page in pages for line in page) == 12
