"""Value objects for contact details: phone numbers, e-mail addresses, web sites."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from diaspora_desk.domain.errors import msg

MAX_PHONE_INPUT = 40


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A validated phone number, stored as E.164."""

    e164: str

    @classmethod
    def parse(cls, text: str, default_region: str | None) -> PhoneNumber:
        """Parse ``text`` with ``default_region`` (ISO alpha-2) for national formats.

        Raises ``ValueError`` with a message fit for the user when the number is not a
        valid number (for the region when it is written in national format).
        """
        return cls.parse_with_extension(text, default_region)[0]

    @classmethod
    def parse_with_extension(cls, text: str, default_region: str | None) -> tuple[PhoneNumber, str]:
        """As :meth:`parse`, with the extension written after the number ("ext. 23", "x23"),
        which E.164 cannot hold ("" when there is none)."""
        raw = text.strip()
        if not raw:
            raise ValueError(msg("empty phone number"))
        if len(raw) > MAX_PHONE_INPUT:
            raise ValueError(msg("phone number is too long"))
        region = default_region.upper() if default_region else None
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            if region:
                raise ValueError(
                    msg("'{raw}' is not a phone number for {region}", raw=raw, region=region)
                ) from None
            raise ValueError(msg("'{raw}' is not a phone number", raw=raw)) from None
        # Valid for the region given is the common case and checks one region's patterns;
        # is_valid_number first finds the number's region (all 25 regions that share +1).
        in_region = region is not None and phonenumbers.is_valid_number_for_region(number, region)
        if not in_region and not phonenumbers.is_valid_number(number):
            if region and not raw.startswith("+"):
                raise ValueError(
                    msg("'{raw}' is not a valid phone number for {region}", raw=raw, region=region)
                )
            raise ValueError(msg("'{raw}' is not a valid phone number", raw=raw))
        e164 = cls(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
        return e164, str(number.extension or "")

    @property
    def international(self) -> str:
        """The number as people read it: ``+33 1 42 68 53 00``."""
        number = phonenumbers.parse(self.e164, None)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    @property
    def region(self) -> str | None:
        """ISO alpha-2 region the number belongs to, if known."""
        number = phonenumbers.parse(self.e164, None)
        region = phonenumbers.region_code_for_number(number)
        return region if isinstance(region, str) and region != "ZZ" else None


def format_phone(e164: str) -> str:
    """Show a stored E.164 number in international format (falls back to the raw text)."""
    try:
        return PhoneNumber(e164).international
    except phonenumbers.NumberParseException:
        return e164


def masked_phone(number: str) -> str:
    """A phone number with all but its last four digits hidden ("••• 0101"), enough to tell two
    namesakes apart on screen without showing the number; empty when there is no number."""
    digits = [c for c in number if c.isdigit()]
    if not digits:
        return ""
    return "••• " + "".join(digits[-4:])


# Deliberately practical, not RFC 5322 complete: one @, a dotted domain with a TLD of
# letters (or punycode), no spaces. Unicode local parts and domains are allowed.
_EMAIL_RE = re.compile(
    r"^(?P<local>[^\s@\"(),:;<>\[\]\\]{1,64})@"
    r"(?P<domain>(?:[^\s@.\"(),:;<>\[\]\\_]{1,63}\.)+(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59}))$",
    re.IGNORECASE,
)


def normalise_email(text: str) -> str:
    """Validate an e-mail address; return it trimmed with the domain lower-cased.

    Raises ``ValueError`` naming what is wrong.
    """
    raw = text.strip()
    if not raw:
        raise ValueError(msg("empty e-mail address"))
    if len(raw) > 254:
        raise ValueError(msg("e-mail address is too long"))
    match = _EMAIL_RE.match(raw)
    if match is None:
        raise ValueError(msg("'{raw}' is not a valid e-mail address", raw=raw))
    local = match.group("local")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValueError(msg("'{raw}' is not a valid e-mail address", raw=raw))
    domain = match.group("domain")
    if any(label.startswith("-") or label.endswith("-") for label in domain.split(".")):
        raise ValueError(msg("'{raw}' is not a valid e-mail address", raw=raw))
    return f"{local}@{domain.lower()}"


_URL_RE = re.compile(r"^(https?://)?([^\s/:?#]+\.[^\s/:?#]+)(:\d{1,5})?([/?#]\S*)?$", re.IGNORECASE)


def normalise_website(text: str) -> str:
    """Validate a web address, adding ``https://`` when no scheme is given."""
    raw = text.strip()
    if len(raw) > 2000:
        raise ValueError(msg("web address is too long"))
    match = _URL_RE.match(raw)
    if match is None:
        raise ValueError(msg("'{raw}' is not a web address", raw=raw))
    return raw if match.group(1) else f"https://{raw}"
