"""Text normalisation shared by search, duplicate detection and import; the length rule of forms."""

from __future__ import annotations

import re
import unicodedata

from diaspora_desk.domain.errors import msg

_CONTROL_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
# ASCII plus the combining diacritical marks block (all combining except U+034F, the grapheme
# joiner): what Latin-script text decomposes to.
_ASCII_AND_MARKS = re.compile("[\x00-\x7f\u0300-\u034e\u0350-\u036f]*")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Return ``value`` in NFC with control characters removed and outer space trimmed.

    Tabs and newlines survive only in multi-line fields; zero-width and other format
    characters are dropped because they make equal-looking names compare unequal.
    """
    if value.isprintable():
        # Nothing to drop (isprintable is false for every control, format, private-use,
        # surrogate and unassigned character, and for tabs and newlines): an import calls this
        # for every cell, and nearly all of them take this path.
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
        return value.strip() if multiline else " ".join(value.split())
    value = unicodedata.normalize("NFC", value)
    kept = []
    for ch in value:
        if ch == "\r":
            continue
        if ch in "\n\t":
            kept.append(ch if multiline else " ")
        elif unicodedata.category(ch) not in _CONTROL_CATEGORIES:
            kept.append(ch)
    text = "".join(kept)
    if not multiline:
        text = " ".join(text.split())
    return text.strip()


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold(value: str) -> str:
    """Case- and accent-insensitive key: "Asociación  ÑANDÚ" -> "asociacion nandu".

    Decomposing before and after case folding makes the key stable (folding it again changes
    nothing), also for compatibility letters such as MATHEMATICAL BOLD CAPITAL A (U+1D400).
    """
    if not value.isascii():
        decomposed = unicodedata.normalize("NFKD", value)
        if _ASCII_AND_MARKS.fullmatch(decomposed) is None:
            return " ".join(_strip_marks(_strip_marks(value).casefold()).split())
        # Latin letters with accents: dropping the marks leaves ASCII.
        value = decomposed.encode("ascii", "ignore").decode("ascii")
    # ASCII has no decompositions or combining marks, and casefold() is lower() there.
    return " ".join(value.lower().split())


def cleaned_within(
    errors: dict[str, str], field: str, value: str, limit: int, *, multiline: bool = False
) -> str:
    """``value`` cleaned (:func:`clean_text`), with an error for ``field`` naming ``limit`` when it
    is longer: never cut, as a cut value would be stored as if the officer had written it."""
    text = clean_text(value, multiline=multiline)
    if len(text) > limit:
        errors.setdefault(field, msg("is longer than {limit} characters", limit=limit))
    return text
