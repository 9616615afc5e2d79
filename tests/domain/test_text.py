"""Text folding and cleaning: what search and duplicate detection compare."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.text import clean_text, fold


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_fold_and_clean_are_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert clean_text(clean_text(text)) == clean_text(text)
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()


def test_fold_ignores_case_and_accents_and_clean_drops_invisible_characters() -> None:
    assert fold("Asociación  ÑANDÚ") == "asociacion nandu"
    assert fold("Ελληνική") == fold("ελληνικη")
    assert clean_text("Ana\u200b María\x00\n López ") == "Ana María López"


def test_multiline_fields_keep_their_lines_and_tabs() -> None:
    assert clean_text("  first line\r\n\tsecond\u200b line \n", multiline=True) == "first line\n\tsecond line"
    assert clean_text("first line\r\n\tsecond line") == "first line second line"


def test_clean_text_composes_accents_so_equal_names_compare_equal() -> None:
    decomposed = "Jose\u0301 Pe\u0301rez"
    assert clean_text(decomposed) == "José Pérez"
    assert clean_text(decomposed, multiline=True) == "José Pérez"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_clean_single_line_text_has_no_line_breaks_or_outer_space(text: str) -> None:
    cleaned = clean_text(text)
    assert "\n" not in cleaned
    assert "\t" not in cleaned
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Asociación Ñandú", "asociacion nandu"),
        ("MÜLLER", "muller"),
        ("Straße", "strasse"),
        ("Łódź", "łodz"),
        ("  Ana   María ", "ana maria"),
        ("\U0001d400na", "ana"),  # MATHEMATICAL BOLD CAPITAL A
    ],
)
def test_fold_makes_spellings_a_search_should_equate_equal(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_cleaned_within_names_the_limit_and_never_cuts() -> None:
    from diaspora_desk.domain.text import cleaned_within

    errors: dict[str, str] = {}
    assert cleaned_within(errors, "venue", "  Parish   hall ", 200) == "Parish hall"
    assert errors == {}
    long = "x" * 201
    assert cleaned_within(errors, "venue", long, 200) == long
    assert errors == {"venue": "is longer than 200 characters"}
