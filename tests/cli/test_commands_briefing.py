"""`report briefing`: the practices briefing from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.cli.main import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert (
        main(
            [
                "--no-encryption",
                "demo",
                "--db",
                str(db),
                "--associations",
                "15",
                "--people",
                "60",
                "--seed",
                "2",
            ]
        )
        == 0
    )
    return db


def test_report_briefing_writes_the_period_on_the_paper_asked_for(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefing.pdf"
    args = ["report", "briefing", "--db", str(demo_db), "--from", "2026-01-01", "--to", "2026-12-31"]
    assert main([*args, "--paper", "letter", "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert f"wrote {out} ({len(reader.pages)} pages)" in capsys.readouterr().out
    assert round(float(reader.pages[0].mediabox.height)) == 792
    text = reader.pages[0].extract_text()
    assert "Practices briefing for headquarters" in text
    assert "Period: 2026-01-01 – 2026-12-31" in text


def test_report_briefing_for_another_consulate_and_an_unknown_one(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "phoenix.pdf"
    base = ["report", "briefing", "--db", str(demo_db), "--from", "2020-01-01", "--to", "2030-12-31"]
    assert main([*base, "--consulate", "2", "--out", str(out)]) == 0
    assert "Phoenix" in PdfReader(out).pages[0].extract_text()
    capsys.readouterr()
    assert main([*base, "--consulate", "99", "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "No consulate with id 99" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--from", "2026-01-01"], "needs --from DATE and --to DATE"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "--to is before --from"),
        (["--from", "2026-01-01", "--to", "2026-12-31", "--paper", "a3"], "invalid choice"),
    ],
)
def test_report_briefing_usage_errors(
    args: list[str], error: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "briefing", "--db", "x.sqlite", *args, "--out", str(tmp_path / "b.pdf")])
    assert exit_info.value.code == 2
    assert error in capsys.readouterr().err


def test_briefing_options_are_refused_on_other_reports(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "skills", "--db", "x.sqlite", "--from", "2026-01-01", "--out", "s.pdf"])
    assert "for report briefing only" in capsys.readouterr().err
