"""The SMS gateway's reply file: its columns found by their many names, its times in many forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.campaigns.reply_file import ReplyRow, parse_timestamp, read_replies


def test_columns_are_found_by_name_in_any_order(tmp_path: Path) -> None:
    source = tmp_path / "respuestas.csv"
    source.write_text(
        "Fecha;Mensaje;Número\n20/11/2026 08:15;Sí, 1;+1 559 555 0101\n;;+15595550199\n\n",
        encoding="utf-8",
    )
    rows, rejected = read_replies(source)
    assert rejected == []
    assert rows == [
        ReplyRow(2, "+1 559 555 0101", "Sí, 1", dt.datetime(2026, 11, 20, 8, 15)),
        ReplyRow(3, "+15595550199", "", None),  # a reply without text still counts: it goes to review
    ]


def test_an_excel_export_is_read_like_a_csv(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["msisdn", "body", "received_at"])
    sheet.append(["+15595550101", "Sí, 1", "2026-11-20T08:15:00Z"])
    book.save(tmp_path / "replies.xlsx")
    (row,), _rejected = read_replies(tmp_path / "replies.xlsx")
    assert row.phone == "+15595550101"
    assert row.text == "Sí, 1"
    assert row.received_at == dt.datetime(2026, 11, 20, 8, 15)


def test_a_file_without_a_header_row_is_refused_by_name(tmp_path: Path) -> None:
    source = tmp_path / "blank.csv"
    source.write_text(",,\n+15595550101,1,\n", encoding="utf-8")
    with pytest.raises(KnownError, match=r"blank\.csv has no header row"):
        read_replies(source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20 08:15", dt.datetime(2026, 11, 20, 8, 15)),
        ("2026-11-20T08:15:30.250", dt.datetime(2026, 11, 20, 8, 15, 30)),
        ("2026-11-20T08:15:00-08:00", dt.datetime(2026, 11, 20, 16, 15)),  # stored in UTC
        ("20/11/2026 08:15:30", dt.datetime(2026, 11, 20, 8, 15, 30)),
        ("05/11/2026", dt.datetime(2026, 11, 5)),  # day first, as the gateways write it
        ("2026/11/20 08:15", dt.datetime(2026, 11, 20, 8, 15)),
        ("", None),
        ("yesterday", None),
    ],
)
def test_timestamps_in_the_forms_gateways_write(text: str, expected: dt.datetime | None) -> None:
    assert parse_timestamp(text) == expected


@settings(max_examples=100, deadline=None, database=None)
@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31)))
def test_a_time_written_either_way_reads_back_to_the_second(moment: dt.datetime) -> None:
    expected = moment.replace(microsecond=0)
    assert parse_timestamp(moment.isoformat(sep=" ")) == expected
    assert parse_timestamp(moment.strftime("%d/%m/%Y %H:%M:%S")) == expected
