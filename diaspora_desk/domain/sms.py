"""How long a text message is on a phone bill: its encoding and number of segments.

GSM 03.38 (3GPP TS 23.038): a text in the GSM-7 alphabet fits 160 septets in one segment and
153 per segment when split (extension characters such as € or [ take two septets and are never
split across segments); anything else goes as UCS-2, 70 UTF-16 units in one segment and 67 per
segment when split (a surrogate pair is never split). The alphabet tables are the standard's;
the one PyPI package that counts segments (smsutil) is unmaintained and pulls in `future`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# GSM 03.38 default alphabet (ESC, 0x1B, left out: it only introduces the extension table).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each costs two septets (ESC + the character).
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")
GSM_7 = "GSM-7"
UCS_2 = "UCS-2"


@dataclass(frozen=True, slots=True)
class SmsLength:
    encoding: str
    """"GSM-7" or "UCS-2"."""
    characters: int
    segments: int


def is_gsm_7(text: str) -> bool:
    return all(char in GSM_BASIC or char in GSM_EXTENSION for char in text)


def sms_length(text: str) -> SmsLength:
    """The encoding a phone would use for `text` and how many segments it is billed as."""
    if not text:
        return SmsLength(GSM_7, 0, 0)
    if is_gsm_7(text):
        units = [2 if char in GSM_EXTENSION else 1 for char in text]
        return SmsLength(GSM_7, len(text), _segments(units, single=160, part=153))
    units = [2 if ord(char) > 0xFFFF else 1 for char in text]
    return SmsLength(UCS_2, len(text), _segments(units, single=70, part=67))


def _segments(units: list[int], *, single: int, part: int) -> int:
    """Segments for characters of these sizes: one if all fit, else packed without splitting one."""
    if sum(units) <= single:
        return 1
    segments, used = 1, 0
    for size in units:
        if used + size > part:
            segments, used = segments + 1, 0
        used += size
    return segments


def to_gsm_alphabet(text: str) -> str:
    """`text` with letters outside GSM-7 replaced by their base letter where one exists (á -> a).

    Keeps a Spanish or French message in GSM-7, 160 characters a segment instead of 70. Letters
    GSM-7 has (é, ñ, ü, à...) are kept; characters with no GSM-7 base stay as they are.
    """
    out = []
    for char in text:
        if is_gsm_7(char):
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base if base and is_gsm_7(base) else _PUNCTUATION.get(char, char))
    return "".join(out)


# Typographic punctuation and ligatures with a GSM-7 equivalent.
_PUNCTUATION = {
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "\u00a0": " ",
    "\u202f": " ",
    "œ": "oe",
    "Œ": "OE",
}
