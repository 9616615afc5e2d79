"""Text normalisation shared by search, duplicate detection and import."""

from __future__ import annotations

import unicodedata

_CONTROL_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Return ``value`` in NFC with control characters removed and outer space trimmed.

    Tabs and newlines survive only in multi-line fields; zero-width and other format
    characters are dropped because they make equal-looking names compare unequal.
    """
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


def fold(value: str) -> str:
    """Case- and accent-insensitive key: "Asociación  ÑANDÚ" -> "asociacion nandu".

    Decomposing before and after case folding makes the key stable (folding it again changes
    nothing), also for compatibility letters such as MATHEMATICAL BOLD CAPITAL A (U+1D400).
    """

    def strip_marks(text: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))

    return " ".join(strip_marks(strip_marks(value).casefold()).split())
