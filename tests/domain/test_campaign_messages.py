"""Campaign messages: placeholders, language choice, SMS lengths."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.campaign_messages import choose_language, message_length, render_message
from diaspora_desk.domain.sms import GSM_BASIC, GSM_EXTENSION


def test_placeholders_fill_known_names_only() -> None:
    assert render_message("Hi {given_name} {x} {0} {", {"given_name": "Ana"}) == "Hi Ana {x} {0} {"
    assert render_message("{given_name.__class__}", {"given_name": "Ana"}) == "{given_name.__class__}"


def test_language_choice_falls_back() -> None:
    assert choose_language("es-MX", frozenset({"es", "en"}), "en") == "es"
    assert choose_language("fr", frozenset({"es", "en"}), "en") == "en"
    assert choose_language("fr", frozenset({"es"}), "en") is None


@given(
    st.text(alphabet=sorted(GSM_BASIC - {"\r", "\n"}), max_size=200),
    st.text(alphabet=sorted(GSM_EXTENSION - {"\f"}), max_size=100),
)
def test_campaign_sms_length_counts_extension_characters_twice(basic: str, extension: str) -> None:
    length = message_length(basic + extension)
    septets = len(basic) + 2 * len(extension)
    assert length.encoding == "GSM-7"
    assert length.characters == len(basic) + len(extension)
    if septets <= 160:
        assert length.segments == (1 if septets else 0)
    else:
        # Escape pairs are never split, so a part may hold 152 septets instead of 153.
        assert -(-septets // 153) <= length.segments <= -(-septets // 152)


@given(st.text(alphabet="ąćęłńśźżЖЯ王", min_size=1, max_size=300))
def test_campaign_sms_in_ucs2_splits_at_70_then_67(text: str) -> None:
    length = message_length(text)
    assert length.encoding == "UCS-2"
    assert length.segments == (1 if len(text) <= 70 else -(-len(text) // 67))
