"""Names in any script: each character in a font that carries it, right-to-left text in order.

DejaVu Sans (the reports' base font) carries Latin, Greek, Cyrillic, Hebrew and Arabic. The
other scripts fall back, character by character, to fonts shipped in ``resources/fonts``
(Noto for Arabic, Hebrew, Devanagari, Thai and Ethiopic; Droid Sans Fallback for Chinese and
Japanese; NanumGothic for Korean). Arabic is joined with arabic-reshaper and right-to-left
runs are put in display order with python-bidi before ReportLab lays the line out; Devanagari
and Thai are shaped by HarfBuzz (through ReportLab's uharfbuzz support). ReportLab embeds only
the glyphs a document uses, so a fallback font costs a few kilobytes per PDF.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from diaspora_desk.paths import RESOURCES_DIR

BASE_FONT = "DejaVuSans"
_RTL_CLASSES = frozenset({"R", "AL"})


@dataclass(frozen=True)
class ScriptFont:
    """A fallback font: its ReportLab name, its file and whether HarfBuzz must shape it."""

    name: str
    file: str
    shaped: bool


# Order matters: the first font that carries a character prints it.
FALLBACK_FONTS = (
    ScriptFont("NotoSansArabic", "NotoSansArabic-Regular.ttf", shaped=False),  # joined beforehand
    ScriptFont("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", shaped=False),
    ScriptFont("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True),
    ScriptFont("NotoSansThai", "NotoSansThai-Regular.ttf", shaped=True),
    ScriptFont("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", shaped=False),
    ScriptFont("DroidSansFallback", "DroidSansFallbackFull.ttf", shaped=False),  # Chinese, Japanese
    ScriptFont("NanumGothic", "NanumGothic.ttf", shaped=False),  # Korean
)


def register_script_fonts() -> None:
    """Make sure the base font is registered (fallback fonts register when first needed)."""
    _base_coverage()


@cache
def _base_coverage() -> frozenset[int]:
    try:
        base = pdfmetrics.getFont(BASE_FONT)
    except KeyError:
        base = TTFont(BASE_FONT, str(RESOURCES_DIR / "fonts" / "DejaVuSans.ttf"), shapable=False)
        pdfmetrics.registerFont(base)
    return frozenset(base.face.charToGlyph)


@cache
def _coverage(font: ScriptFont) -> frozenset[int]:
    """Register ``font`` (on first use: the CJK fonts take a moment to read) and its code points."""
    tt = TTFont(font.name, str(RESOURCES_DIR / "fonts" / font.file), shapable=font.shaped)
    pdfmetrics.registerFont(tt)
    # <b> inside a fallback run keeps the regular face rather than failing.
    pdfmetrics.registerFontFamily(
        font.name, normal=font.name, bold=font.name, italic=font.name, boldItalic=font.name
    )
    return frozenset(tt.face.charToGlyph)


@cache
def _font_for(char: str) -> str | None:
    """The first font carrying ``char``: None for the base font (or for none at all)."""
    code = ord(char)
    if code in _base_coverage():
        return None
    return next((font.name for font in FALLBACK_FONTS if code in _coverage(font)), None)


def _carries(font: str | None, char: str) -> bool:
    if font is None:
        return ord(char) in _base_coverage()
    return any(f.name == font and ord(char) in _coverage(f) for f in FALLBACK_FONTS)


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one font each (None: the style's own font).

    Spaces and combining marks stay in the run they follow when its font carries them, so a
    word is never split between fonts and HarfBuzz sees whole clusters.
    """
    # Most text is in the base font: one look-up per distinct character, not a run per char.
    if all(_font_for(char) is None for char in set(text)):
        return [(None, text)] if text else []
    return _runs(text)


def _runs(text: str) -> list[tuple[str | None, str]]:
    runs: list[tuple[str | None, str]] = []
    for char in text:
        font = _font_for(char)
        if runs:
            last_font, last_text = runs[-1]
            joins = unicodedata.category(char).startswith("M") or char.isspace()
            if font == last_font or (joins and _carries(last_font, char)):
                runs[-1] = (last_font, last_text + char)
                continue
        runs.append((font, char))
    return runs


def uncovered(text: str) -> list[str]:
    """The characters of ``text`` that no shipped font carries (they would print as boxes)."""
    return [
        c
        for c in text
        if not c.isspace()
        and unicodedata.category(c) != "Cf"
        and _font_for(c) is None
        and not _carries(None, c)
    ]


def display_order(line: str) -> str:
    """One line in the order it is drawn: Arabic joined, right-to-left runs reversed."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in line):
        return line
    return str(get_display(arabic_reshaper.reshape(line)))


def markup(text: str) -> str:
    """``text`` as Paragraph markup: escaped, in display order, each run in a font that has it."""
    lines = []
    for line in text.split("\n"):
        parts = []
        for font, run in font_runs(display_order(line)):
            escaped = escape(run)
            parts.append(escaped if font is None else f'<font name="{font}">{escaped}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)
