"""Reading tables as broken files come: every failure a plain message naming the file, and a cell
that runs over line ends (an unbalanced quote) found with the lines it swallowed."""

from __future__ import annotations

import codecs
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.common.tabular import listed, read_table
from diaspora_desk.services.composition import Services


def _every_row(path: Path) -> list[tuple[int, list[str]]]:
    return list(read_table(path).rows)


def test_invalid_utf8_after_a_utf8_mark_is_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "marked.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"given_name,country\nAn\xff\xfea,US\n")
    with pytest.raises(KnownError, match=r"mark of UTF-8 text but is not UTF-8 \(byte 24"):
        read_table(path)


def test_utf16_of_odd_length_is_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "given_name,country\n".encode("utf-16-le") + b"A")
    with pytest.raises(KnownError, match="mark of UTF-16 text but is not UTF-16"):
        read_table(path)


def test_lines_ended_by_cr_alone_are_rows(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"given_name;country\rAna;US\rEva;MX\r")
    table = read_table(path, ("given_name", "country"))
    assert (table.headers, table.delimiter) == (["given_name", "country"], ";")
    assert list(table.rows) == [(2, ["Ana", "US"]), (3, ["Eva", "MX"])]


def test_a_workbook_with_broken_xml_is_a_plain_message(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    workbook = Workbook()
    workbook.active.append(["given_name", "country"])  # type: ignore[union-attr]
    workbook.active.append(["Ana", "US"])  # type: ignore[union-attr]
    workbook.save(good)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # the sheet's XML stops in the middle of a tag
            target.writestr(item, data)
    with pytest.raises(KnownError, match=r"broken.xlsx is not a readable XLSX workbook"):
        _every_row(broken)


def test_a_cell_running_over_line_ends_is_found_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('given_name,family_name,notes\nAna,"Yax,x\nEva,Sic,y\nLuz,Pop,"\nRosa,Tun,"a\nb"\n')
    table = read_table(path)
    rows = list(table.rows)
    assert [number for number, _cells in rows] == [2, 3]
    first = table.run_on(2, rows[0][1])
    assert first is not None
    assert first.index == 1
    assert "lines 2 to 4 of the file" in first.reason
    # A column that may hold line breaks (notes) keeps them.
    assert table.run_on(3, rows[1][1], allowed=[2]) is None


def test_long_lists_of_names_are_cut_short() -> None:
    assert listed(["a", "b"]) == "a, b"
    assert listed([f"c{i}" for i in range(100_000)], limit=2) == "c0, c1 and 99,998 more"


@pytest.mark.parametrize("kind", ["associations", "people"])
def test_a_header_of_100000_columns_is_refused_at_once(services: Services, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["dup"] * 100_000) + "\nAna,US\n", encoding="utf-8")
    started = time.perf_counter()
    importer = services.associations.transfer if kind == "associations" else services.people.importer
    with pytest.raises(KnownError, match=r"wide.csv, row 1 \(header\)") as info:
        importer.import_file(path)
    assert time.perf_counter() - started < 20  # it took hours when each header was counted again
    assert "and 99,9" in str(info.value)
    assert len(str(info.value)) < 2000


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="does not exist"):
        read_table(tmp_path / "nowhere.csv")
