"""Campaign messages: templates with placeholders, the language each person gets, SMS length.

Pure code: no I/O. The campaigns themselves are in `domain/campaigns.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diaspora_desk.domain.campaigns import MAX_BODY, MAX_TITLE
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.sms import SmsLength, sms_length
from diaspora_desk.domain.text import clean_text

PLACEHOLDERS = ("given_name", "family_name", "consulate", "date", "place")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class MessageDraft:
    language: str
    body: str
    subject: str = ""
    """E-mails and letters only."""


def validate_message(draft: MessageDraft) -> MessageDraft:
    errors: dict[str, str] = {}
    language = draft.language.strip().lower()
    if not language or not language.isalpha() or len(language) > 3:
        errors["language"] = msg("use an ISO 639 language code")
    body = clean_text(draft.body, multiline=True)
    if not body:
        errors["body"] = msg("is required")
    elif len(body) > MAX_BODY:
        errors["body"] = msg("is longer than {limit} characters", limit=MAX_BODY)
    unknown = sorted({n for n in _PLACEHOLDER.findall(body + draft.subject) if n not in PLACEHOLDERS})
    if unknown:
        errors["body"] = msg(
            "unknown placeholders: {names}; use {known}",
            names=", ".join("{" + n + "}" for n in unknown),
            known=", ".join("{" + n + "}" for n in PLACEHOLDERS),
        )
    if errors:
        raise ValidationError(errors)
    return MessageDraft(language, body, clean_text(draft.subject)[:MAX_TITLE])


def render_message(template: str, values: dict[str, str]) -> str:
    """`template` with each known {placeholder} replaced; anything else left as written.

    Not str.format: a message typed by an officer must not reach attributes or fail on a brace.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def choose_language(preferred: str, available: set[str] | frozenset[str], fallback: str) -> str | None:
    """The message language for a person: theirs if a message exists in it, else the fallback.

    None when neither has a message (the person cannot be sent this campaign).
    """
    code = (preferred or "").strip().lower().replace("_", "-").split("-")[0]
    if code in available:
        return code
    return fallback if fallback in available else None


@dataclass(frozen=True, slots=True)
class SmsEstimate:
    """The text messages of one send: per language and in all, with the cost."""

    per_language: dict[str, SmsLength]
    """The message of each language with sample values (as the officer sees it)."""
    recipients: int
    segments: int
    cost: float


# Typical lengths in GSM-7 letters: a name outside GSM-7 turns that person's message into UCS-2,
# which the send's total (counted person by person) shows.
SAMPLE_VALUES = {
    "given_name": "Maria Jose",
    "family_name": "Garcia",
    "consulate": "Consulate",
    "date": "24/11/2026",
    "place": "Community centre",
}


def message_length(template: str, values: dict[str, str] | None = None) -> SmsLength:
    return sms_length(render_message(template, values or SAMPLE_VALUES))
