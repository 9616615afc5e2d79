"""Names in every script print legibly, and can be read back, in the person record and day list."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.reports.scripts import _runs, display_order, font_runs, markup, uncovered
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import CARD, DAY, PASSPORT, make_person, make_visit

# One generated name per script (given name, family name): none is a real person's.
NAMES = {
    "Latin": ("Łucja", "Ærøskøbing"),
    "Cyrillic": ("Анна", "Иванова"),
    "Greek": ("Ελένη", "Παπαδοπούλου"),
    "Arabic": ("فاطمة", "الزهراء"),
    "Hebrew": ("שרה", "כהן"),
    "Devanagari": ("प्रिया", "शर्मा"),
    "Chinese": ("芳", "王"),
    "Japanese": ("さくら", "山田"),
    "Korean": ("민준", "김"),
    "Thai": ("สมชาย", "ใจดี"),
    "Ethiopic": ("አበበ", "ከበደ"),
}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdftotext(pdf: Path) -> str:
    """The text poppler reads back, compatibility forms folded (Arabic prints joined forms)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def readable(name: str, text: str) -> bool:
    """``name`` in ``text`` in reading order: poppler gives right-to-left text in logical order,
    and drops the space between Chinese characters, so spaces are not compared."""
    return "".join(unicodedata.normalize("NFKC", name).split()) in "".join(text.split())


@pytest.mark.parametrize("script", NAMES)
def test_every_script_has_a_font_for_every_letter(script: str) -> None:
    given, family = NAMES[script]
    assert uncovered(f"{given} {family}") == []


def test_a_letter_no_font_carries_is_reported() -> None:
    assert uncovered("Ana \U0001e900") == ["\U0001e900"]  # Adlam: not shipped


def test_runs_keep_a_word_in_one_font_and_mix_scripts_on_one_line() -> None:
    runs = font_runs("Dr. 王芳 (प्रिया)")
    assert [font for font, _ in runs] == [None, "DroidSansFallback", None, "NotoSansDevanagari", None]
    assert "".join(text for _, text in runs) == "Dr. 王芳 (प्रिया)"


def test_right_to_left_names_are_drawn_right_to_left_and_joined() -> None:
    drawn = display_order("שרה כהן")
    assert drawn == "ןהכ הרש"  # drawn left to right: the last letter of the family name first
    arabic = display_order("فاطمة")
    assert unicodedata.normalize("NFKC", arabic) == "فاطمة"[::-1]
    assert arabic != "فاطمة"[::-1]  # joined: contextual forms, not isolated letters
    assert display_order("Ana María") == "Ana María"


def test_markup_escapes_what_the_paragraph_parser_would_read_as_tags() -> None:
    assert markup("<b>王</b> & co\nsecond") == (
        '&lt;b&gt;<font name="DroidSansFallback">王</font>&lt;/b&gt; &amp; co<br/>second'
    )


def _people(services: Services) -> dict[str, int]:
    return {
        script: make_person(services, f"{given} {family}", "Fresno", passport="2027-03-01", consent=True)
        for script, (given, family) in NAMES.items()
    }


def test_person_records_print_every_script_and_read_back(services: Services, tmp_path: Path) -> None:
    people = _people(services)
    for script, person_id in people.items():
        out = tmp_path / f"{script}.pdf"
        render_report(services, ReportKind.PERSON, person_id, out)
        text = pdftotext(out)
        display = services.people.registry.get(person_id).display_name
        assert readable(display, text), f"{script}: {display!r} not in the record's text"


def test_the_day_list_prints_every_script(services: Services, tmp_path: Path) -> None:
    people = _people(services)
    visit = make_visit(services)
    for index, person_id in enumerate(people.values()):
        service, slot = (PASSPORT, CARD)[index % 2], index // 2  # six morning slots each
        at = dt.time(9 + slot // 2, 30 * (slot % 2))
        services.visits.bookings.book(visit.id, person_id, service, DAY, at)
    out = tmp_path / "day.pdf"
    render_report(services, ReportKind.DAY_SCHEDULE, visit.id, out, day=DAY)
    text = pdftotext(out)
    missing = [
        script
        for script, person_id in people.items()
        if not readable(services.people.registry.get(person_id).display_name, text)
    ]
    assert missing == []


# Latin letters, a combining accent, spaces and the generated names of every script.
MIXED = "abc ÀéßŁ\u0301 " + "".join(name for pair in NAMES.values() for name in pair)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from(MIXED)))
def test_text_in_the_base_font_is_one_run_and_the_same_as_char_by_char(text: str) -> None:
    """The quick path for text the base font carries gives what the run-by-run cut gives."""
    assert font_runs(text) == _runs(text)
    assert "".join(run for _font, run in font_runs(text)) == text
