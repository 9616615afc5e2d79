"""Read and write tables: CSV in any of the encodings and delimiters officers meet, and XLSX."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.domain.errors import KnownError, message_of, msg

DELIMITERS = (",", ";", "\t")
MAX_FIELD = 1_000_000
# A leading ' stops spreadsheets from evaluating text as a formula; it is removed on import.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

csv.field_size_limit(MAX_FIELD)


@dataclass(frozen=True, slots=True)
class Table:
    """Header names and data rows; ``rows`` yields (1-based file row number, cells)."""

    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    encoding: str
    delimiter: str | None


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row of an imported file that was not imported: its file row number, the column at
    fault and why, with the row's cells so a rejects file can be corrected and imported again."""

    row: int
    column: str
    reason: str
    cells: dict[str, str]


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM or not) or cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    head = data[:4000]
    if head and head.count(0) > len(head) // 4:
        # UTF-16 without BOM: ASCII text leaves every other byte zero.
        even_zeros = head[0::2].count(0)
        encoding = "utf-16-be" if even_zeros > len(head[1::2]) // 2 else "utf-16-le"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise KnownError(
            msg(
                "The file is not UTF-8, UTF-16 or Windows-1252 text (byte {start}). Save it as CSV "
                "UTF-8 and import again.",
                start=exc.start,
            )
        ) from None


def sniff_delimiter(header_line: str, expected: Sequence[str] = ()) -> str:
    """Pick the delimiter that splits the header into the most (expected) names."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        cells = next(csv.reader([header_line], delimiter=delimiter), [])
        names = {c.strip().lstrip("\ufeff").casefold() for c in cells}
        score = (len(names & {e.casefold() for e in expected}), len(cells))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def unescape_cell(value: str) -> str:
    """Undo :func:`escape_cell`: drop the ' put before formula-like text."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_PREFIXES:
        return value[1:]
    return value


def escape_cell(value: str, *, keep: bool = False) -> str:
    """Make text that starts like a formula inert in Excel/LibreOffice (unless ``keep``)."""
    if not keep and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def read_csv(path: Path, expected: Sequence[str] = ()) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KnownError(msg("Cannot read {path}: {strerror}", path=path, strerror=exc.strerror)) from None
    text, encoding = decode(data)
    if "\x00" in text:
        raise KnownError(msg("{name} contains NUL characters; it is not a text CSV file.", name=path.name))
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line, expected)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise KnownError(msg("{name} is empty.", name=path.name)) from None
    except csv.Error as exc:
        raise KnownError(msg("{name}, row 1: {error}", name=path.name, error=message_of(exc))) from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise KnownError(
                    msg("{name}, row {row}: {error}", name=path.name, row=number + 1, error=message_of(exc))
                ) from None
            number += 1
            joined = "".join(cells)  # one C-level pass instead of a Python call per cell
            if not joined.strip():
                continue
            yield number, [unescape_cell(cell) for cell in cells] if "'" in joined else cells

    return Table(headers=headers, rows=rows(), encoding=encoding, delimiter=delimiter)


def read_xlsx(path: Path) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise KnownError(
            msg("{name} is not a readable XLSX workbook ({error}).", name=path.name, error=str(exc))
        ) from None
    sheet = workbook.worksheets[0]
    iterator = sheet.iter_rows(values_only=True)
    try:
        headers = ["" if v is None else str(v).strip() for v in next(iterator)]
    except StopIteration:
        workbook.close()
        raise KnownError(msg("{name} has an empty first sheet.", name=path.name)) from None

    def cell_text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if hasattr(value, "isoformat"):
            return str(value.isoformat())[:10]
        return unescape_cell(str(value))

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, values in enumerate(iterator, start=2):
                cells = [cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield number, cells
        finally:
            workbook.close()

    return Table(headers=headers, rows=rows(), encoding="xlsx", delimiter=None)


def read_table(path: Path, expected: Sequence[str] = ()) -> Table:
    """Open a CSV or XLSX file by its extension (CSV when unsure)."""
    if not path.exists():
        raise KnownError(msg("{path} does not exist.", path=path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    return read_csv(path, expected)


def write_csv(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], keep_plus: Sequence[int] = ()
) -> None:
    """UTF-8 with BOM (so Excel reads accents), formula-like text neutralised.

    Columns listed in ``keep_plus`` hold E.164 phone numbers that keep their leading +.
    """
    keep = set(keep_plus)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([escape_cell(v, keep=i in keep and _is_phone_list(v)) for i, v in enumerate(row)])
    _write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def _is_phone_list(value: str) -> bool:
    return all(part.startswith("+") and part[1:].isdigit() for part in value.split(";") if part)


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Every cell is written as text, so nothing becomes a live formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sheet1")
    sheet.append(headers)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            # openpyxl types text starting with "=" as a formula; force the string type.
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    _write_atomically(path, buffer.getvalue())


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(msg("Cannot write {path}: {strerror}", path=path, strerror=exc.strerror)) from None
