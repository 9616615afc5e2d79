"""One field at a time: blank is no value, a parse failure is that field's message, repeats count once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.contact import normalise_email
from diaspora_desk.domain.errors import msg
from diaspora_desk.domain.fields import parsed, parsed_all


def _number(text: str) -> int:
    if not text.strip().isdigit():
        raise ValueError(msg("'{text}' is not a number", text=text.strip()))
    return int(text)


@given(st.text(alphabet=" \t\n", max_size=5))
def test_blank_text_is_no_value_and_no_error(blank: str) -> None:
    errors: dict[str, str] = {}
    assert parsed(errors, "n", blank, _number) is None
    assert errors == {}


def test_a_parse_failure_becomes_the_fields_message_with_its_template() -> None:
    errors: dict[str, str] = {}
    assert parsed(errors, "n", " 12 ", _number) == 12
    assert parsed(errors, "n", "twelve", _number) is None
    assert errors == {"n": "'twelve' is not a number"}
    assert getattr(errors["n"], "template", None) == "'{text}' is not a number"


def test_parsed_all_keeps_the_first_of_equal_values_and_reports_bad_ones() -> None:
    errors: dict[str, str] = {}
    emails = parsed_all(
        errors,
        "email",
        ("Ana@Example.org", "", "ana@example.org", "not an address", "b@example.org"),
        normalise_email,
        same=str.casefold,
    )
    assert [e.casefold() for e in emails] == ["ana@example.org", "b@example.org"]
    assert emails[0] == normalise_email("Ana@Example.org")
    assert set(errors) == {"email"}
