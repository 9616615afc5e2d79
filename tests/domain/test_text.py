"""Text folding and cleaning: what search and duplicate detection compare."""

from __future__ import annotations

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
