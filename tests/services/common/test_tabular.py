"""CSV in every encoding and delimiter officers meet, and XLSX: read back exactly what was written."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.common.tabular import (
    decode,
    escape_cell,
    read_csv,
    read_xlsx,
    sniff_delimiter,
    unescape_cell,
    write_xlsx,
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]
# Printable text a spreadsheet might hold: accents, Greek, Cyrillic, quotes, delimiters, newlines.
CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"), blacklist_characters="\x00")
    | st.sampled_from([",", ";", "\t", '"', "\n", " "]),
    max_size=25,
)


def _encodable(value: str, encoding: str) -> bool:
    try:
        value.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(ENCODINGS),
)
def test_any_table_reads_back_unchanged(
    tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    headers = ["name", "city", "notes"]
    text = "".join(c for row in rows for c in row)
    if not _encodable(text, encoding):
        encoding = "utf-8"
    # Blank rows are skipped on import, and a leading ' before =+-@ is an escape: leave those out.
    rows = [r for r in rows if any(c.strip() for c in r)]
    rows = [
        [c for c in r] for r in rows if not any(len(c) > 1 and c[0] == "'" and c[1] in "=+-@\t\r" for c in r)
    ]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([headers, *rows])
    path = tmp_path / "table.csv"
    data = buffer.getvalue().encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    path.write_bytes(data)
    table = read_csv(path, headers)
    assert table.headers == headers
    assert [cells for _number, cells in table.rows] == rows


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("name\nÑandú\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "name\nÑandú\n".encode(), "utf-8-sig"),
        ("name\nÑandú\n".encode("utf-16"), "utf-16"),
        ("name\nÑandú\n".encode("utf-16-le"), "utf-16-le"),
        ("name\nÑandú\n".encode("utf-16-be"), "utf-16-be"),
        ("name\nÑandú\n".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_detects_the_encoding(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert text.replace("\ufeff", "") == "name\nÑandú\n"
    assert found == encoding


def test_delimiter_is_the_one_that_splits_the_expected_headers() -> None:
    assert sniff_delimiter("name;city;notes, extra", ["name", "city", "notes"]) == ";"
    assert sniff_delimiter("name\tcity", ["name", "city"]) == "\t"
    assert sniff_delimiter("name,city", ["name", "city"]) == ","


@pytest.mark.parametrize("value", ["=1+1", "+33 1", "-x", "@SUM(A1)", "plain", "'quoted"])
def test_formula_escape_round_trips(value: str) -> None:
    assert unescape_cell(escape_cell(value)) == value


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    values = ["=1+1", "@SUM(A1)", "-3", "+33123456789"]
    write_xlsx(path, ["a", "b", "c", "d"], [values])
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet
    assert [cells for _n, cells in read_xlsx(path).rows] == [values]


def test_unreadable_files_give_plain_messages(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(KnownError, match="not a readable XLSX"):
        read_xlsx(bad)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(KnownError, match="empty"):
        read_csv(empty)
