"""The practices briefing built from the demo database, checked through the PDF's own text."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.reports.catalogue import ReportKind, ReportOptions, render_report
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import Services, open_services
from diaspora_desk.services.demo.visits import build_full_demo
from tests.conftest import NOW

FIRST, LAST = dt.date(2020, 1, 1), dt.date(2030, 12, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, gazetteer: Gazetteer) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("briefing") / "demo.sqlite"
    services = open_services(path, clock=FixedClock(NOW), gazetteer=gazetteer)
    services.settings.save(
        SetupDraft(
            origin_country="GT",
            officer_name="Test Officer",
            consulate_name="Consulado de Guatemala en Los Ángeles",
            consulate_country="US",
            consulate_city="Los Angeles",
            jurisdiction=("US-CA",),
        )
    )
    build_full_demo(services, associations=40, people=400, seed=5)
    yield services
    services.close()


@pytest.fixture(scope="module")
def pdf(demo: Services, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("out") / "briefing.pdf"
    render_report(
        demo, ReportKind.BRIEFING, None, out, options=ReportOptions(period_from=FIRST, period_to=LAST)
    )
    return out, "\n".join(page.extract_text() for page in PdfReader(out).pages)


def _section(text: str, start: str, end: str) -> str:
    """The text between two headings of the body (after the table of contents)."""
    body = text[text.index("Contents") :]
    after_contents = body[body.index(end) + len(end) :]  # skip the contents' own entries
    begin = after_contents.index(start)
    return after_contents[begin : after_contents.index(end, begin)]


def _one(sql: str, *args: object, db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(sql, args).fetchone()[0])


def _figure(text: str, label: str) -> str:
    found = re.search(rf"^{re.escape(label)}\n(\S+)", text, re.MULTILINE)
    assert found, label
    return found.group(1)


def test_the_summary_figures_are_the_database_counts(demo: Services, pdf: tuple[Path, str]) -> None:
    _reader, text = pdf
    db = demo.database_path
    summary = _section(text, "1. Executive summary", "2. Diaspora profile")
    people = _one("SELECT count(*) FROM person WHERE archived_at IS NULL AND merged_into_id IS NULL", db=db)
    associations = _one("SELECT count(*) FROM association WHERE archived_at IS NULL", db=db)
    consulate = _one("SELECT value FROM app_setting WHERE key = 'consulate_id'", db=db)
    held = _one(
        "SELECT count(*) FROM mobile_visit WHERE consulate_id = ? AND status = 'done'", consulate, db=db
    )
    delivered = _one(
        "SELECT (SELECT count(*) FROM appointment a JOIN mobile_visit v ON v.id = a.visit_id "
        "        WHERE v.consulate_id = ?1 AND v.status != 'cancelled' AND a.status = 'served')"
        " + (SELECT coalesce(sum(s.walk_ins_served), 0) FROM visit_service s JOIN mobile_visit v "
        "    ON v.id = s.visit_id WHERE v.consulate_id = ?1 AND v.status != 'cancelled')",
        consulate,
        db=db,
    )
    campaigns = _one("SELECT count(*) FROM campaign WHERE status != 'cancelled'", db=db)
    practices = _one("SELECT count(*) FROM practice", db=db)
    # The coverage table reads every kind of tag: interactions, visits, campaigns, polls, events,
    # placements, and partners (registered by the period's end), agreements (concluded and running
    # in the period) and projects (running in the period).
    last, first = LAST.isoformat(), FIRST.isoformat()
    tagged = _one(
        "SELECT count(DISTINCT l.practice_id) FROM practice_link l WHERE"
        " l.activity_kind NOT IN ('partner', 'agreement', 'project')"
        " OR (l.activity_kind = 'partner' AND l.activity_id IN"
        "     (SELECT id FROM partner WHERE date(created_at) <= ?1))"
        " OR (l.activity_kind = 'agreement' AND l.activity_id IN"
        "     (SELECT id FROM agreement WHERE status IN ('in_force', 'expired', 'terminated')"
        "      AND coalesce(starts_on, signed_on, date(created_at)) <= ?1"
        "      AND (ends_on IS NULL OR ends_on >= ?2)))"
        " OR (l.activity_kind = 'project' AND l.activity_id IN"
        "     (SELECT id FROM project WHERE coalesce(starts_on, date(created_at)) <= ?1"
        "      AND (ends_on IS NULL OR ends_on >= ?2)))",
        last,
        first,
        db=db,
    )
    only_partners = _one(
        "SELECT count(DISTINCT practice_id) FROM practice_link WHERE practice_id NOT IN"
        " (SELECT practice_id FROM practice_link"
        "  WHERE activity_kind NOT IN ('partner', 'agreement', 'project'))",
        db=db,
    )
    assert people >= 400
    assert held >= 1
    assert delivered > 0
    assert campaigns == 2
    assert _figure(summary, "Nationals registered") == f"{people:,}"
    assert _figure(summary, "Associations") == f"{associations:,}"
    assert _figure(summary, "Mobile consulates held") == f"{held:,}"
    assert _figure(summary, "Services delivered at mobile consulates") == f"{delivered:,}"
    assert _figure(summary, "Campaigns run") == f"{campaigns:,}"
    assert only_partners > 0  # the demo tags some practices only through partners' work
    assert f"Practices with activity\n{tagged:,} of {practices:,}" in summary
    assert "no partner data recorded" not in summary  # the demo has partners and projects


def test_no_count_of_people_under_five_is_printed(pdf: tuple[Path, str]) -> None:
    _reader, text = pdf
    profile = _section(text, "2. Diaspora profile", "3. Associations")
    counts = [int(n.replace(",", "")) for n in re.findall(r"^(\d[\d,]*)$", profile, re.MULTILINE)]
    assert len(counts) > 20  # the tables are there
    assert [n for n in counts if 0 < n < 5] == []
    assert "All others" in profile  # the small places were folded, not dropped or shown
    summary = _section(text, "1. Executive summary", "2. Diaspora profile")
    for label in (
        "Nationals registered",
        "People served at mobile consulates",
        "People reached by campaigns",
    ):
        value = _figure(summary, label)
        assert value == "<5" or not 0 < int(value.replace(",", "")) < 5
    polls = _section(text, "5. Campaigns and polls", "6. Skills matching")
    answers = re.findall(r"^(?:Yes|No|Remittances|Documents|Return)\n(\S+)", polls, re.MULTILINE)
    assert len(answers) == 5
    for row in answers:
        assert row == "<5" or not 0 < int(row.replace(",", "")) < 5


def test_every_catalogue_practice_is_in_the_coverage_table_once(
    demo: Services, pdf: tuple[Path, str]
) -> None:
    _reader, text = pdf
    coverage = _section(text, "8. Practices coverage", "Annex. The practices catalogue")
    ids = [p.id for p in demo.practices.all()]
    assert len(ids) > 100
    for practice_id in ids:
        rows = re.findall(rf"^[\s\u00a0]*{re.escape(practice_id)}$", coverage, re.MULTILINE)
        assert len(rows) == 1, practice_id
    assert "GAP — recorded in: Partners" in coverage  # a gap names the part of the app for it


def test_every_page_is_marked_and_numbered_and_fonts_are_embedded(pdf: tuple[Path, str]) -> None:
    path, _text = pdf
    reader = PdfReader(path)
    total = len(reader.pages)
    assert total > 10
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert "CONFIDENTIAL" in page_text
        assert f"Page {number} of {total}" in page_text
    from tests.reports.test_catalogue import _fonts_not_embedded

    assert _fonts_not_embedded(path) == set()


def test_the_annex_cites_each_practice_by_document_and_section(pdf: tuple[Path, str]) -> None:
    _reader, text = pdf
    annex = text[text.rindex("Annex. The practices catalogue") :]
    assert "(001_f469910f4dd50a5f.txt), APPENDIX 1" in annex.replace("\n", " ")
    assert "UN High-Level Dialogue" in annex


def test_the_briefing_prints_on_letter_paper(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    options = ReportOptions(period_from=dt.date(2026, 1, 1), period_to=dt.date(2026, 12, 31), paper="letter")
    rendered = render_report(demo, ReportKind.BRIEFING, None, out, options=options)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert rendered.pages == len(PdfReader(out).pages)
