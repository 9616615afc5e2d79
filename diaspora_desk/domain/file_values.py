"""Values as officers' files write them: sex in three languages, dates day- or month-first.

Pure functions, no I/O. The import decides per column (one file, one habit) which reading of an
ambiguous value is meant: :func:`infer_date_order` and :func:`infer_sex_letters` look at a whole
column; :func:`parse_file_date` and :func:`parse_sex` then read one cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from diaspora_desk.domain.errors import msg
from diaspora_desk.domain.people import Sex
from diaspora_desk.domain.text import fold


class DateOrder(StrEnum):
    """How a file writes the day, month and year of a numeric date."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


DATE_ORDER_EXAMPLES = {
    DateOrder.DMY: "31/12/1990",
    DateOrder.MDY: "12/31/1990",
    DateOrder.YMD: "1990-12-31",
}

# 14/03/1985, 14.03.1985, 14-03-1985, 1985/03/14 (the same separator twice), maybe with a time
# (spreadsheets and CiviCRM write "1985-03-14 00:00:00").
_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


# 14 March 1985, 14 de marzo de 1985, 1er janvier 1985, 14-Mar-1985; March 14th, 1985.
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th|er|o)?[\s./-]*(?:de\s+)?([^\W\d_]+)\.?[\s,./-]*(?:de\s+|del\s+)?(\d{4})$"
)
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
MONTH_LANGUAGES = ("en", "es", "fr")


@cache
def _months() -> dict[str, int]:
    """Month names and abbreviations in English, Spanish and French (babel's), folded."""
    from babel import Locale

    months: dict[str, int] = {}
    for language in MONTH_LANGUAGES:
        names = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    months.setdefault(fold(name).rstrip("."), int(number))
    return months


def _text_date(value: str) -> dt.date | None:
    """A date with its month in words (no order to choose); None when it is not one."""
    key = fold(value)
    match = _DAY_MONTH_YEAR.match(key)
    if match is not None:
        day, month, year = match.group(1), match.group(2), match.group(3)
    else:
        match = _MONTH_DAY_YEAR.match(key)
        if match is None:
            return None
        month, day, year = match.group(1), match.group(2), match.group(3)
    number = _months().get(month)
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


class DateKind(StrEnum):
    """What one value tells about its column's order."""

    YEAR_FIRST = "ymd"
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"
    EITHER = "either"
    """Day and month are both 12 or less and differ (03/04/1985): the order decides."""
    SAME = "same"
    """Day-first and month-first read the same date (04/04/1985), or not a numeric date."""


def date_kind(text: str) -> DateKind:
    match = _NUMERIC_DATE.match(text.strip())
    if match is None:
        return DateKind.SAME
    first, _sep, second, third = match.groups()
    if len(first) == 4:
        return DateKind.YEAR_FIRST
    if len(third) != 4:
        return DateKind.SAME
    a, b = int(first), int(second)
    if a > 12 >= b:
        return DateKind.DAY_FIRST
    if b > 12 >= a:
        return DateKind.MONTH_FIRST
    if a != b and a <= 12 and b <= 12 and a and b:
        return DateKind.EITHER
    return DateKind.SAME


@dataclass(frozen=True, slots=True)
class OrderGuess:
    """What a column's values say about its date order."""

    order: DateOrder | None
    """Day-first or month-first when the column shows it (or year-first when that is all it has)."""
    ambiguous: str = ""
    """A value that reads two ways, when nothing in the column settles the order."""
    conflict: tuple[str, str] = ("", "")
    """A day-first-only value and a month-first-only value, when the column has both."""


def infer_date_order(values: Iterable[str]) -> OrderGuess:
    """The order a column of dates is written in, from the values that can be read only one way."""
    day_first = month_first = either = ""
    year_first = False
    for value in values:
        kind = date_kind(value)
        if kind is DateKind.DAY_FIRST and not day_first:
            day_first = value.strip()
        elif kind is DateKind.MONTH_FIRST and not month_first:
            month_first = value.strip()
        elif kind is DateKind.EITHER and not either:
            either = value.strip()
        elif kind is DateKind.YEAR_FIRST:
            year_first = True
        if day_first and month_first:
            return OrderGuess(None, conflict=(day_first, month_first))
    if day_first:
        return OrderGuess(DateOrder.DMY)
    if month_first:
        return OrderGuess(DateOrder.MDY)
    if either:
        return OrderGuess(None, ambiguous=either)
    return OrderGuess(DateOrder.YMD if year_first else None)


def parse_file_date(text: str, order: DateOrder | None) -> dt.date:
    """A date written as ISO 8601, numerically in ``order``, or with its month in words in
    English, Spanish or French ("14 de marzo de 1985"); raises ValueError saying why not.

    Without an order, a value that reads two ways (03/04/1985) is refused; one that reads one
    way (14/03/1985) is read that way.
    """
    value = text.strip()
    match = _NUMERIC_DATE.match(value)
    if match is None:
        written = _text_date(value)
        if written is not None:
            return written
        raise ValueError(
            msg("'{text}' is not a date (e.g. {example})", text=value[:30], example="1990-12-31")
        )
    first, _sep, second, third = match.groups()
    if len(first) == 3 or (len(first) == 4 and len(third) > 2):
        # 2027-01-011 has a digit too many: refused rather than read as another day.
        raise ValueError(
            msg("'{text}' is not a date (e.g. {example})", text=value[:30], example="1990-12-31")
        )
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) != 4:
        raise ValueError(msg("'{text}': write the year with four digits", text=value[:30]))
    else:
        kind = date_kind(value)
        if order is None and kind is DateKind.EITHER:
            raise ValueError(
                msg("'{text}' can be read day-first or month-first; choose the date order", text=value[:30])
            )
        month_first = order is DateOrder.MDY or (order is None and kind is DateKind.MONTH_FIRST)
        a, b = int(first), int(second)
        day, month, year = (b, a, int(third)) if month_first else (a, b, int(third))
    try:
        return dt.date(year, month, day)
    except ValueError:
        example = DATE_ORDER_EXAMPLES.get(order or DateOrder.YMD, "1990-12-31")
        raise ValueError(
            msg("'{text}' is not a date (e.g. {example})", text=value[:30], example=example)
        ) from None


def parse_typed_date(text: str) -> dt.date:
    """A date an officer typed into a form: ISO 8601 (2027-03-14), numbers day first
    (14/03/2027, 14.03.2027, 14-03-2027) or a month in words; raises ValueError if not one.

    The rule for a value that reads two ways is day first, as the consular field offices write:
    03/04/2027 is 3 April. A value that can only be month-first (12/31/2027) is read that way.
    """
    order = DateOrder.MDY if date_kind(text) is DateKind.MONTH_FIRST else DateOrder.DMY
    return parse_file_date(text, order)


def birth_year_text(text: str, order: DateOrder | None) -> str:
    """The year of a birth year cell that may hold a whole date ("14/03/1985" -> "1985").

    A cell that is not a date is returned as it is, for the year check to name.
    """
    value = text.strip()
    if not value or (value.isascii() and value.isdigit()):
        return value
    if _NUMERIC_DATE.match(value) is None:
        written = _text_date(value)
        return value if written is None else str(written.year)
    return str(parse_file_date(value, order).year)


_FEMALE = ("female", "woman", "f", "w", "femenino", "mujer", "femme", "feminin", "féminin", "feminine")
_MALE = ("male", "man", "masculino", "hombre", "varon", "varón", "homme", "masculin", "h", "masculine")
_OTHER = ("other", "otro", "otra", "autre", "x", "non-binary", "nonbinary", "no binario", "non binaire")
_UNSTATED = (
    "unknown",
    "not stated",
    "prefer not to say",
    "desconocido",
    "no responde",
    "prefiero no decir",
    "ns/nr",
    "inconnu",
    "non renseigne",
    "n/a",
    "-",
)
_SEX: dict[str, Sex | None] = {
    **{fold(word): Sex.FEMALE for word in _FEMALE},
    **{fold(word): Sex.MALE for word in _MALE},
    **{fold(word): Sex.OTHER for word in _OTHER},
    **{fold(word): None for word in _UNSTATED},
    **{sex.value: sex for sex in Sex},
}


class SexLetters(StrEnum):
    """What a lone ``M`` means in a column: English F/M (male) or Spanish H/M (mujer)."""

    FM = "fm"
    HM = "hm"
    MIXED = "mixed"
    """The column has H, F and M: an M could be either."""


def infer_sex_letters(values: Iterable[str]) -> SexLetters:
    """F/M unless the column writes men as H and has no F (Spanish hombre/mujer)."""
    letters = {fold(v) for v in values if len(v.strip()) == 1}
    if "h" in letters and "m" in letters:
        return SexLetters.MIXED if "f" in letters else SexLetters.HM
    return SexLetters.FM


def parse_sex(text: str, letters: SexLetters = SexLetters.FM) -> Sex | None:
    """``F``, ``female``, ``mujer``, ``homme``... as a :class:`Sex`; None when empty or unstated."""
    if not text or text.isspace():
        return None  # most cells of most files: checked before folding
    key = fold(text).strip(" .")
    if not key:
        return None
    if key == "m":
        if letters is SexLetters.MIXED:
            raise ValueError(
                msg("'{text}' may be male (F/M) or mujer (H/M); write the word", text=text.strip())
            )
        return Sex.FEMALE if letters is SexLetters.HM else Sex.MALE
    if key not in _SEX:
        raise ValueError(
            msg(
                "'{text}' is not a sex (female, male, other; F/M; mujer/hombre; femme/homme)",
                text=text.strip()[:30],
            )
        )
    return _SEX[key]
