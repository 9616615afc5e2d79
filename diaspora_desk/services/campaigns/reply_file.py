"""The SMS gateway's reply file: number, text, timestamp; CSV or XLSX read like other imports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.text import clean_text, fold
from diaspora_desk.services.common.tabular import read_table

NUMBER_NAMES = ("number", "phone", "phone_e164", "from", "sender", "msisdn", "mobile", "telephone", "numero")
TEXT_NAMES = ("text", "message", "body", "reply", "content", "sms", "mensaje")
TIME_NAMES = ("timestamp", "received", "received_at", "date", "time", "datetime", "sent", "fecha")
MAX_TEXT = 2000


@dataclass(frozen=True, slots=True)
class ReplyRow:
    row_number: int
    phone: str
    text: str
    received_at: dt.datetime | None


def _column(headers: list[str], names: tuple[str, ...], default: int) -> int:
    keys = [fold(h).replace(" ", "_") for h in headers]
    for name in names:
        if name in keys:
            return keys.index(name)
    return default


def parse_timestamp(text: str) -> dt.datetime | None:
    """ISO 8601 (with T or a space, with or without seconds or zone) or day/month/year times.

    A time with a zone is turned into UTC and stored without it, like every stored time.
    """
    value = text.strip()
    if not value:
        return None
    moment: dt.datetime | None = None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        for pattern in (
            "%d/%m/%Y %H:%M:%S",
            "%d/%m/%Y %H:%M",
            "%d/%m/%Y",
            "%Y/%m/%d %H:%M:%S",
            "%Y/%m/%d %H:%M",
        ):
            try:
                moment = dt.datetime.strptime(value, pattern)
                break
            except ValueError:
                continue
        if moment is None:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def read_replies(path: Path) -> list[ReplyRow]:
    """Every data row (a row without a number or text is still a row: it goes to review)."""
    table = read_table(path, expected=("number", "text", "timestamp"))
    headers = table.headers
    if not any(h.strip() for h in headers):
        raise KnownError(msg("{name} has no header row (number, text, timestamp).", name=path.name))
    number = _column(headers, NUMBER_NAMES, 0)
    text = _column(headers, TEXT_NAMES, 1)
    when = _column(headers, TIME_NAMES, 2)

    def cell(cells: list[str], index: int) -> str:
        return cells[index] if index < len(cells) else ""

    return [
        ReplyRow(
            row_number=row_number,
            phone=clean_text(cell(cells, number)),
            text=clean_text(cell(cells, text))[:MAX_TEXT],
            received_at=parse_timestamp(cell(cells, when)),
        )
        for row_number, cells in table.rows
    ]
