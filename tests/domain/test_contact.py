"""Phone numbers, e-mail addresses and web sites: parsing rules, including property tests."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.contact import (
    PhoneNumber,
    format_phone,
    masked_phone,
    normalise_email,
    normalise_website,
)

REGIONS = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if phonenumbers.example_number(r) is not None)


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("(559) 555-0142", "US", "+15595550142"),
        ("01 42 68 53 00", "FR", "+33142685300"),
        ("+33 1 42 68 53 00", "US", "+33142685300"),
        ("2234 5678", "GT", "+50222345678"),
        ("030 123456", "DE", "+4930123456"),
    ],
)
def test_numbers_are_read_for_the_host_country_and_stored_e164(typed: str, region: str, e164: str) -> None:
    assert PhoneNumber.parse(typed, region).e164 == e164


@pytest.mark.parametrize(
    ("typed", "region"), [("12", "US"), ("555-0142", "US"), ("abc", "FR"), ("+999 123", None)]
)
def test_invalid_numbers_say_which_number(typed: str, region: str | None) -> None:
    with pytest.raises(ValueError, match="phone number") as caught:
        PhoneNumber.parse(typed, region)
    assert typed.strip() in str(caught.value)


def test_international_display() -> None:
    assert format_phone("+33142685300") == "+33 1 42 68 53 00"
    assert PhoneNumber("+15595550142").region == "US"


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(REGIONS))
def test_national_format_round_trips_for_every_region(region: str) -> None:
    example = phonenumbers.example_number(region)
    assert example is not None
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    expected = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert PhoneNumber.parse(national, region).e164 == expected


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, "US", "FR", "GT", "IN"]))
def test_any_text_gives_a_number_or_a_plain_error(text: str, region: str | None) -> None:
    message = ""
    try:
        number = PhoneNumber.parse(text, region)
    except ValueError as exc:
        message = str(exc)
    else:
        assert number.e164.startswith("+")
        assert phonenumbers.is_valid_number(phonenumbers.parse(number.e164))
        return
    assert "phone number" in message


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789", min_size=6, max_size=12),
    st.sampled_from(["", "+1", "+33", "+502"]),
    st.sampled_from(["US", "CA", "FR", "GT"]),
)
def test_a_number_is_accepted_exactly_when_phonenumbers_finds_it_valid(
    digits: str, prefix: str, region: str
) -> None:
    """Valid for the host region is checked first; a number of another region sharing its code
    (a Canadian number typed in the US) is still accepted."""
    typed = f"{prefix} {digits}".strip()
    try:
        expected = phonenumbers.is_valid_number(phonenumbers.parse(typed, region))
    except phonenumbers.NumberParseException:
        expected = False
    try:
        PhoneNumber.parse(typed, region)
    except ValueError:
        accepted = False
    else:
        accepted = True
    assert accepted == expected


def test_a_number_of_another_region_with_the_same_code_is_kept() -> None:
    assert PhoneNumber.parse("(416) 555-0199", "US").e164 == "+14165550199"  # Toronto, typed in the US
    assert PhoneNumber("+14165550199").region == "CA"


@settings(max_examples=150, deadline=None)
@given(st.emails())
def test_valid_addresses_are_kept(address: str) -> None:
    local, domain = address.rsplit("@", 1)
    assert normalise_email(f"  {address} ") == f"{local}@{domain.lower()}"


@pytest.mark.parametrize(
    "address",
    [
        "",
        "ana",
        "ana@",
        "@example.org",
        "ana@@example.org",
        "ana lopez@example.org",
        "ana@example",
        "ana@exa mple.org",
        "ana..b@example.org",
        "ana@-example.org",
    ],
)
def test_invalid_addresses_are_refused(address: str) -> None:
    with pytest.raises(ValueError, match="e-mail"):
        normalise_email(address)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="@"), max_size=40))
def test_text_without_an_at_sign_is_never_an_address(text: str) -> None:
    with pytest.raises(ValueError, match="e-mail"):
        normalise_email(text)


def test_websites_get_a_scheme() -> None:
    assert normalise_website("example.org/asociacion") == "https://example.org/asociacion"
    assert normalise_website("http://example.org") == "http://example.org"
    with pytest.raises(ValueError, match="web address"):
        normalise_website("not a site")


@pytest.mark.parametrize(
    ("text", "extension"),
    [("(559) 555-0101 ext. 23", "23"), ("+1 559 555 0101 x7", "7"), ("+1 559 555 0101", "")],
)
def test_an_extension_is_read_not_lost(text: str, extension: str) -> None:
    number, ext = PhoneNumber.parse_with_extension(text, "US")
    assert (number.e164, ext) == ("+15595550101", extension)


def test_a_person_keeps_a_phone_extension_in_the_notes() -> None:
    import datetime as dt

    from diaspora_desk.domain.people import PersonDraft, validate_person

    fields = validate_person(
        PersonDraft(given_name="Ana", country="US", phones=("(559) 555-0101 ext. 23",), notes="Evenings"),
        today=dt.date(2026, 1, 1),
        origin_country="GT",
    )
    assert fields.phones == ("+15595550101",)
    assert fields.notes == "Evenings\nPhone +15595550101 extension 23"


@pytest.mark.parametrize(
    ("number", "shown"),
    [("+15595550101", "••• 0101"), ("+1 559 555 0199", "••• 0199"), ("12", "••• 12"), ("", "")],
)
def test_a_masked_phone_shows_only_its_last_four_digits(number: str, shown: str) -> None:
    assert masked_phone(number) == shown
