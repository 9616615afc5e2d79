"""The SMS gateway's reply file: number, text, timestamp; CSV or XLSX read like other imports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.text import clean_text, fold
from diaspora_desk.services.common.tabular import Rejection, Table, read_table

NUMBER_NAMES = ("number", "phone", "phone_e164", "from", "sender", "msisdn", "mobile", "telephone", "numero")
TEXT_NAMES = ("text", "message", "body", "reply", "content", "sms", "mensaje")
TIME_NAMES = ("timestamp", "received", "received_at", "date", "time", "datetime", "sent", "fecha")
MAX_TEXT = 2000
MAX_NUMBER = 40
"""The longest number and reply text kept (the ``poll_reply`` columns); longer rows are refused."""


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


def read_replies(path: Path) -> tuple[list[ReplyRow], list[Rejection]]:
    """Every data row (a row without a number or text is still a row: it goes to review), and
    the rows refused: a number or text longer than is kept, a cell that runs over line ends
    outside the text (an unbalanced quote)."""
    table = read_table(path, expected=("number", "text", "timestamp"))
    headers = table.headers
    if not any(h.strip() for h in headers):
        raise KnownError(msg("{name} has no header row (number, text, timestamp).", name=path.name))
    columns = (
        _column(headers, NUMBER_NAMES, 0),
        _column(headers, TEXT_NAMES, 1),
        _column(headers, TIME_NAMES, 2),
    )
    rows: list[ReplyRow] = []
    rejected: list[Rejection] = []
    for row_number, cells in table.rows:
        item = _reply(table, row_number, cells, columns)
        if isinstance(item, Rejection):
            rejected.append(item)
        else:
            rows.append(item)
    return rows, rejected


def _reply(
    table: Table, row_number: int, cells: list[str], columns: tuple[int, int, int]
) -> ReplyRow | Rejection:
    number, text, when = (cells[i] if i < len(cells) else "" for i in columns)
    named = dict(zip(("number", "text", "timestamp"), (number, text, when), strict=True))
    run_on = table.run_on(row_number, cells, allowed=(columns[1],))
    if run_on is not None:
        column = (
            "text" if run_on.index == columns[1] else "number" if run_on.index == columns[0] else "timestamp"
        )
        return Rejection(
            row_number, column, msg("{field}: {message}", field=column, message=run_on.reason), named
        )
    phone, body = clean_text(number), clean_text(text)
    for column, value, limit in (("number", phone, MAX_NUMBER), ("text", body, MAX_TEXT)):
        if len(value) > limit:
            reason = msg("{field}: is longer than {limit} characters", field=column, limit=limit)
            return Rejection(row_number, column, reason, named)
    return ReplyRow(row_number=row_number, phone=phone, text=body, received_at=parse_timestamp(when))
