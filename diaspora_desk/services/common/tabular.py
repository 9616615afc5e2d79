"""Read and write tables: CSV in any of the encodings and delimiters officers meet, and XLSX."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.domain.errors import KnownError, Message, message_of, msg

DELIMITERS = (",", ";", "\t")
MAX_FIELD = 1_000_000
# A leading ' stops spreadsheets from evaluating text as a formula; it is removed on import.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

csv.field_size_limit(MAX_FIELD)

if TYPE_CHECKING:
    from _csv import Reader as _CsvReader


@dataclass(frozen=True, slots=True)
class Table:
    """Header names and data rows; ``rows`` yields (1-based file row number, cells)."""

    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    encoding: str
    delimiter: str | None
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    """The first and last line in the file of each row read so far that runs over several lines
    (a CSV cell in quotes that holds line breaks); filled as ``rows`` yields them."""

    def run_on(self, number: int, cells: Sequence[str], allowed: Collection[int] = ()) -> RunOn | None:
        """The first cell of row ``number`` that runs over a line end, outside the columns
        ``allowed`` to hold line breaks; None when there is none.

        Such a cell is how an unbalanced quote shows: everything up to the next quote, rows
        included, was read into it.
        """
        span = self.spans.get(number)
        if span is None:
            return None
        for index, cell in enumerate(cells):
            if index not in allowed and ("\n" in cell or "\r" in cell):
                reason = msg(
                    'runs over a line end (lines {first} to {last} of the file): a quote (") is '
                    "probably not closed, and the lines after it were read into this cell",
                    first=span[0],
                    last=span[1],
                )
                return RunOn(index, reason)
        return None


@dataclass(frozen=True, slots=True)
class RunOn:
    """A cell that runs over line ends: its column index and the reason to give."""

    index: int
    reason: Message


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row of an imported file that was not imported: its file row number, the column at
    fault and why, with the row's cells so a rejects file can be corrected and imported again."""

    row: int
    column: str
    reason: str
    cells: dict[str, str]


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM or not) or cp1252.

    Raises :class:`KnownError` for bytes that are none of them (a BOM promises an encoding:
    text that breaks it is refused, naming the byte).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(
            data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8", offset=len(codecs.BOM_UTF8)
        ), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16"), "utf-16"
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


def _strict(data: bytes, encoding: str, label: str, *, offset: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise KnownError(
            msg(
                "The file starts with the mark of {label} text but is not {label} (byte {start}: "
                "{reason}). Save it again as CSV UTF-8 and import again.",
                label=label,
                start=exc.start + offset,
                reason=exc.reason,
            )
        ) from None


def sniff_delimiter(header_line: str, expected: Sequence[str] = ()) -> str:
    """Pick the delimiter that splits the header into the most (expected) names."""
    best, best_score = ",", (-1, -1)
    wanted = {e.casefold() for e in expected}
    for delimiter in DELIMITERS:
        try:
            cells = next(csv.reader([header_line], delimiter=delimiter), [])
        except csv.Error:
            continue  # a header this delimiter cannot read is not split by it
        names = {c.strip().lstrip("\ufeff").casefold() for c in cells}
        score = (len(names & wanted), len(cells))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def listed(names: Sequence[str], limit: int = 20) -> str:
    """``names`` joined by commas, the first ``limit`` only ("... and 99,980 more")."""
    shown = ", ".join(names[:limit])
    if len(names) <= limit:
        return shown
    return msg("{names} and {more} more", names=shown, more=f"{len(names) - limit:,}")


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
    # Lines end in CR LF, LF or CR alone (old Mac exports): StringIO with newline="" reads all three.
    first_line = io.StringIO(text, newline="").readline().rstrip("\r\n")
    delimiter = sniff_delimiter(first_line, expected)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise KnownError(msg("{name} is empty.", name=path.name)) from None
    except csv.Error as exc:
        raise KnownError(msg("{name}, row 1: {error}", name=path.name, error=message_of(exc))) from None
    spans: dict[int, tuple[int, int]] = {}
    rows = _csv_rows(reader, path.name, spans)
    return Table(headers=headers, rows=rows, encoding=encoding, delimiter=delimiter, spans=spans)


def _csv_rows(
    reader: _CsvReader, name: str, spans: dict[int, tuple[int, int]]
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows after the header, noting in ``spans`` the lines of each that runs
    over several."""
    number = 1
    while True:
        first = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise KnownError(
                msg("{name}, row {row}: {error}", name=name, row=number + 1, error=message_of(exc))
            ) from None
        number += 1
        joined = "".join(cells)  # one C-level pass instead of a Python call per cell
        if not joined.strip():
            continue
        if reader.line_num > first:
            spans[number] = (first, reader.line_num)
        yield number, [unescape_cell(cell) for cell in cells] if "'" in joined else cells


# What openpyxl raises on a damaged workbook: a broken zip, XML that does not parse (ParseError
# is a SyntaxError), parts missing or of the wrong shape.
_BROKEN_XLSX = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    OSError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    SyntaxError,
)


def _broken_xlsx(path: Path, exc: BaseException) -> KnownError:
    return KnownError(
        msg(
            "{name} is not a readable XLSX workbook ({error}). Open it in a spreadsheet program, "
            "save it again as .xlsx (or CSV UTF-8) and import again.",
            name=path.name,
            error=str(exc)[:200] or type(exc).__name__,
        )
    )


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except _BROKEN_XLSX as exc:
        raise _broken_xlsx(path, exc) from None
    try:
        iterator = workbook.worksheets[0].iter_rows(values_only=True)
        headers = ["" if v is None else str(v).strip() for v in next(iterator)]
    except StopIteration:
        workbook.close()
        raise KnownError(msg("{name} has an empty first sheet.", name=path.name)) from None
    except _BROKEN_XLSX as exc:
        workbook.close()
        raise _broken_xlsx(path, exc) from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, values in enumerate(iterator, start=2):
                cells = [_cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield number, cells
        except _BROKEN_XLSX as exc:
            raise _broken_xlsx(path, exc) from None
        finally:
            workbook.close()

    return Table(headers=headers, rows=rows(), encoding="xlsx", delimiter=None)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return unescape_cell(str(value))


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
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


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
    write_atomically(path, buffer.getvalue())


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``; a plain message
    when the folder cannot be written."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(
            msg("Cannot write {path}: {strerror}", path=path, strerror=exc.strerror or str(exc))
        ) from None
