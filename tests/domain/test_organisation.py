"""The fields an association and a partner share: text within limits, a country and its contacts."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.organisation import MAX_LONG, MAX_SHORT, contact_fields, long_text, short_text


def test_phones_are_read_in_the_countrys_national_format_and_emails_kept_once() -> None:
    errors: dict[str, str] = {}
    contact = contact_fields(
        errors,
        "Guatemala",
        ("2234 5678", "+1 559 555 0142"),
        ("Info@Club.org", "info@club.ORG"),
        "club.example.org",
    )
    assert errors == {}
    assert contact.country == "GT"
    assert contact.phones == ("+50222345678", "+15595550142")
    assert contact.emails == ("Info@club.org",)
    assert contact.website == "https://club.example.org"


def test_a_missing_country_is_required_and_bad_details_are_named_by_field() -> None:
    errors: dict[str, str] = {}
    contact = contact_fields(errors, " ", ("12",), ("not an address",), "no site")
    assert contact.country == ""
    assert errors["country"] == "is required"
    assert errors["phone"] == "'12' is not a phone number"
    assert "is not a valid e-mail address" in errors["email"]
    assert "is not a web address" in errors["website"]


def test_an_unknown_country_says_so_and_phones_then_need_their_own_prefix() -> None:
    errors: dict[str, str] = {}
    contact = contact_fields(errors, "Atlantis", ("+1 559 555 0142",), (), "")
    assert contact.phones == ("+15595550142",)
    assert "Atlantis" in errors["country"]
    assert set(errors) == {"country"}


@pytest.mark.parametrize(("required", "value", "error"), [(True, "  ", "is required"), (False, "  ", None)])
def test_a_blank_short_text_is_an_error_only_when_required(
    required: bool, value: str, error: str | None
) -> None:
    errors: dict[str, str] = {}
    assert short_text(errors, "name", value, required=required) == ""
    assert errors.get("name") == error


def test_texts_over_their_limit_name_the_limit_and_are_never_cut() -> None:
    errors: dict[str, str] = {}
    assert short_text(errors, "city", " Fresno\n ") == "Fresno"
    assert len(short_text(errors, "name", "x" * (MAX_SHORT + 1))) == MAX_SHORT + 1
    assert len(long_text(errors, "notes", "line\n" * (MAX_LONG // 5 + 1))) > MAX_LONG
    assert errors == {
        "name": f"is longer than {MAX_SHORT} characters",
        "notes": f"is longer than {MAX_LONG} characters",
    }
    assert long_text(errors, "notes", "first\nsecond") == "first\nsecond"
