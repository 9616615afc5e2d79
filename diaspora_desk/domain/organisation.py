"""What an association and a partner both hold and validate the same way: names and notes within
their limits, and a country (required) with the phones, e-mails and web site read for it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from diaspora_desk.domain.contact import PhoneNumber, normalise_email, normalise_website
from diaspora_desk.domain.errors import msg
from diaspora_desk.domain.fields import parsed, parsed_all
from diaspora_desk.domain.geography import country_code
from diaspora_desk.domain.text import clean_text

MAX_SHORT = 200
MAX_LONG = 20_000


def short_text(errors: dict[str, str], name: str, value: str, *, required: bool = False) -> str:
    """One line of clean text; ``errors[name]`` when required and blank, or over ``MAX_SHORT``."""
    text = clean_text(value)
    if required and not text:
        errors[name] = msg("is required")
    elif len(text) > MAX_SHORT:
        errors[name] = msg("is longer than {limit} characters", limit=MAX_SHORT)
    return text


def long_text(errors: dict[str, str], name: str, value: str) -> str:
    """Clean text over several lines; ``errors[name]`` when over ``MAX_LONG``."""
    text = clean_text(value, multiline=True)
    if len(text) > MAX_LONG:
        errors[name] = msg("is longer than {limit} characters", limit=MAX_LONG)
    return text


@dataclass(frozen=True, slots=True)
class Contact:
    """A validated country code ("" when missing or unknown) and the contact details read for it."""

    country: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    website: str


def _e164(raw: str, region: str | None) -> str:
    return PhoneNumber.parse(raw, region).e164


def contact_fields(
    errors: dict[str, str], country: str, phones: tuple[str, ...], emails: tuple[str, ...], website: str
) -> Contact:
    """The country (required: its name or code), phones as E.164 with the country as the region of
    national formats, e-mails once each (case aside) and the web site; each bad field in ``errors``
    under "country", "phone", "email" or "website"."""
    code = parsed(errors, "country", country, country_code) or ""
    if not country.strip():
        errors["country"] = msg("is required")
    return Contact(
        country=code,
        phones=parsed_all(errors, "phone", phones, partial(_e164, region=code or None)),
        emails=parsed_all(errors, "email", emails, normalise_email, same=str.casefold),
        website=parsed(errors, "website", website, normalise_website) or "",
    )
