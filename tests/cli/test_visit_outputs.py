"""Visit report and export commands: files written, one line printed, plain errors exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.cli.main import main
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import CYRILLIC, GREEK, Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def _run(*args: str) -> int:
    return main(list(args))


@pytest.mark.parametrize(
    ("kind", "target", "expected"),
    [
        ("visit-briefing", "visit", "Area profile"),
        ("visit", "past", "Results against plan"),
        ("appointment-slip", "greek", GREEK),
        ("day-schedule", "visit", CYRILLIC),
    ],
)
def test_every_visit_report_writes_a_pdf(
    db_path: Path,
    scene: Scene,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    target: str,
    expected: str,
) -> None:
    item = {"visit": scene.visit.id, "past": scene.past.id, "greek": scene.appointments[GREEK]}[target]
    out = tmp_path / f"{kind}.pdf"
    assert _run("report", kind, str(item), "--db", str(db_path), "--out", str(out)) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1
    assert str(out) in printed[0]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert expected in text


def test_the_briefing_profiles_the_radius_asked_for(db_path: Path, scene: Scene, tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    args = ("report", "visit-briefing", str(scene.visit.id), "--db", str(db_path), "--out", str(out))
    assert _run(*args, "--radius-km", "120") == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "within 120 km" in text


def test_day_schedule_for_one_day(db_path: Path, scene: Scene, tmp_path: Path) -> None:
    out = tmp_path / "day.pdf"
    args = ("report", "day-schedule", str(scene.visit.id), "--db", str(db_path), "--out", str(out))
    assert _run(*args, "--day", "2026-12-06") == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "2026-12-06" in text
    assert GREEK not in text  # booked on the 5th only


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "visit", "999"), "no mobile visit with id 999"),
        (("report", "appointment-slip", "999"), "no appointment with id 999"),
        (("report", "day-schedule", "{visit}", "--day", "2027-01-01"), "not a day of visit"),
        (("report", "visit-briefing", "{visit}", "--day", "2026-12-05"), "--day applies to day-schedule"),
        (("report", "visit", "{visit}", "--radius-km", "90"), "--radius-km applies to visit-briefing"),
    ],
)
def test_report_errors_are_one_line_and_exit_1(
    db_path: Path,
    scene: Scene,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    filled = [a.format(visit=scene.visit.id) for a in args]
    out = tmp_path / "x.pdf"
    assert _run(*filled, "--db", str(db_path), "--out", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert message in err[0]
    assert not out.exists()


def test_an_unwritable_output_exits_1(
    db_path: Path, scene: Scene, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "b.pdf"
    assert _run("report", "visit-briefing", str(scene.visit.id), "--db", str(db_path), "--out", str(out)) == 1
    assert "Cannot write" in capsys.readouterr().err


def test_export_visit_writes_calendar_and_reminders(
    db_path: Path, scene: Scene, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics, reminders = tmp_path / "v.ics", tmp_path / "r.csv"
    args = ("export", "visit", str(scene.visit.id), "--db", str(db_path))
    assert _run(*args, "--ics", str(ics), "--appointments", str(reminders)) == 0
    printed = capsys.readouterr().out.strip()
    assert "\n" not in printed
    assert "wrote 2 days" in printed
    assert "wrote 3 SMS reminders" in printed
    assert "1 without consent to be contacted left out" in printed
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    calendar = tmp_path / "a.ics"
    assert _run(*args, "--appointments", str(calendar)) == 0
    assert "7 calendar events" in capsys.readouterr().out  # two days, five appointments
    assert _run(*args, "--appointments", str(tmp_path / "a.txt")) == 1
    assert ".csv" in capsys.readouterr().err


def test_export_visits_and_usage(
    db_path: Path, scene: Scene, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ics"
    assert _run("export", "visits", "--db", str(db_path), "--ics", str(out)) == 0
    assert "wrote 3 visit days" in capsys.readouterr().out
    assert _run("export", "visit", "999", "--db", str(db_path), "--ics", str(out)) == 1
    assert "no mobile visit with id 999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        _run("export", "visit", "--db", str(db_path), "--ics", str(out))
    assert usage.value.code == 2
