"""Segments and encodings as a phone bills them (GSM 03.38)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.sms import GSM_BASIC, is_gsm_7, sms_length, to_gsm_alphabet

gsm_text = st.text(alphabet=sorted(GSM_BASIC), min_size=1, max_size=500)


def test_boundaries_of_one_and_two_segments() -> None:
    assert sms_length("a" * 160).segments == 1
    assert sms_length("a" * 161).segments == 2
    assert sms_length("a" * 306).segments == 2  # 2 x 153
    assert sms_length("a" * 307).segments == 3
    assert (sms_length("ó" * 70).encoding, sms_length("ó" * 70).segments) == ("UCS-2", 1)
    assert sms_length("ó" * 71).segments == 2
    assert sms_length("ó" * 134).segments == 2  # 2 x 67
    assert sms_length("").segments == 0


def test_extension_characters_take_two_septets_and_are_never_split() -> None:
    assert sms_length("€" * 80).segments == 1  # 160 septets
    assert sms_length("€" * 81).segments == 2
    # 152 letters then a euro sign: 154 septets would split the escape pair, so the sign moves on.
    assert sms_length("a" * 152 + "€" + "a" * 8).segments == 2


def test_an_emoji_takes_two_utf16_units() -> None:
    assert sms_length("😀" * 35).segments == 1
    assert sms_length("😀" * 36).segments == 2


@given(gsm_text)
def test_gsm_text_stays_gsm_and_segments_follow_the_length(text: str) -> None:
    length = sms_length(text)
    assert length.encoding == "GSM-7"
    expected = 1 if len(text) <= 160 else -(-len(text) // 153)
    assert length.segments == expected


@given(st.text(alphabet=sorted(GSM_BASIC | set("áíóúÁÍÓÚâêîôûçœ–“”’«»")), min_size=1, max_size=300))
def test_gsm_letters_keep_spanish_and_french_in_gsm_7(text: str) -> None:
    folded = to_gsm_alphabet(text)
    assert is_gsm_7(folded)
    assert sms_length(folded).segments <= sms_length(text).segments


def test_gsm_letters_example() -> None:
    assert to_gsm_alphabet("renovación, Cádiz – “x”") == 'renovacion, Cadiz - "x"'
    assert to_gsm_alphabet("señor, è, ü") == "señor, è, ü"  # GSM-7 has these
    assert to_gsm_alphabet("王芳") == "王芳"  # nothing to fold to
