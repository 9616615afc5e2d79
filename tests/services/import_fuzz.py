"""A corpus of malformed import files, built from a fixed seed (generated values, no real people).

Each importer gets files derived from a valid one of its own: bytes flipped, inserted, cut;
quotes left open; line ends of every kind; encodings that break their own mark; cells and
headers far too long or too many; and, for XLSX, workbooks whose zip or XML is damaged.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook

from diaspora_desk.services.associations.transfer import COLUMNS as ASSOCIATION_COLUMNS
from diaspora_desk.services.common.tabular import decode, sniff_delimiter

SEED = 20261203
NAMES = ("Ana", "Eva", "Luz", "José", "Mía", "Ken", "Rosa", "Omar", "Chloé", "Đức", "Zoë", "Ñandú")
FAMILIES = ("Yax", "Sic", "Pop", "Tun", "Ixcoy", "Müller", "O'Brien", "Nguyễn", "Ruiz-Díaz")

PEOPLE_HEADER = ("given_name", "family_name", "sex", "birth_year", "country", "city", "phone", "email")
ASSOCIATION_HEADER = list(ASSOCIATION_COLUMNS)
REPLY_HEADER = ("number", "text", "timestamp")


def people_rows(rng: random.Random, count: int) -> list[list[str]]:
    return [
        [
            rng.choice(NAMES),
            rng.choice(FAMILIES),
            rng.choice(("F", "M", "mujer", "homme", "", "x")),
            rng.choice(("1980", "31/03/1985", "1990-02-30", "", "abc")),
            rng.choice(("US", "Estados Unidos", "États-Unis", "MX", "Atlantis", "")),
            rng.choice(("Fresno", "Los Angeles", "", "Tijuana")),
            rng.choice((f"+1 559 555 01{rng.randrange(100):02d}", "", "12", "=1+1")),
            rng.choice(("", "a@example.org", "nope")),
        ]
        for _ in range(count)
    ]


def association_rows(rng: random.Random, count: int) -> list[list[str]]:
    return [
        [
            f"Asociación {rng.choice(NAMES)} {n}",
            rng.choice(("", "AGF")),
            rng.choice(("hometown", "professional", "other", "club")),
            rng.choice(("US", "MX", "Narnia")),
            rng.choice(("Fresno", "Los Angeles", "")),
            rng.choice(("", "1999", "19x9")),
            rng.choice(("", "120", "-4")),
            rng.choice(("", "health;education", "knitting")),
            rng.choice(("", "es;en", "zz")),
            rng.choice(("", "+1 559 555 0100")),
            rng.choice(("", "x@example.org")),
            rng.choice(("", "https://example.org")),
            rng.choice(("", "Ana Yax")),
            rng.choice(("", "first line\nsecond line", "=HYPERLINK()")),
        ]
        for n in range(count)
    ]


def reply_rows(rng: random.Random, count: int) -> list[list[str]]:
    return [
        [
            rng.choice(("+15595550101", "(213) 555-0102", "+4420", "", "15595550103")),
            rng.choice(("1", "sí", "STOP", "no", "", "maybe later")),
            rng.choice(("2026-11-20 10:00", "20/11/2026", "", "yesterday")),
        ]
        for _ in range(count)
    ]


def _csv_bytes(header: Sequence[str], rows: list[list[str]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([list(header), *rows])
    return buffer.getvalue().encode("utf-8")


def _xlsx_bytes(header: Sequence[str], rows: list[list[str]]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sheet1")
    for row in [list(header), *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


Mutation = Callable[[random.Random, bytes], bytes]
PIECES = (b'"', b'""', b"\r", b"\n", b"\r\n", b",", b";", b"\t", b"\xff", b"\xc3", b"'=", b"\x00")


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _insert(rng: random.Random, data: bytes) -> bytes:
    piece = rng.choice(PIECES)
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece * rng.randint(1, 3) + data[at:]


def _cut(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 40) :]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _open_quote(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\r\n")
    target = rng.randrange(1, max(2, len(lines)))
    if target < len(lines):
        cells = lines[target].split(b",")
        column = rng.randrange(len(cells))
        cells[column] = b'"' + cells[column]
        lines[target] = b",".join(cells)
    return b"\r\n".join(lines)


def _line_ends(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\r\n", rng.choice((b"\r", b"\n", b"\n\r", b"\r\r\n", b"\r\n\r\n")))


def _encoding(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    choice = rng.randrange(5)
    if choice == 0:
        return codecs.BOM_UTF8 + data + b"\xff\xfe\xfd"  # the mark says UTF-8, the end is not
    if choice == 1:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00"[: rng.randint(0, 1)] + b"Z"
    if choice == 2:
        return text.encode("utf-16-be")[: rng.randrange(1, 200) * 2 + 1]  # no mark, odd length
    if choice == 3:
        return text.encode("cp1252", errors="replace") + b"\x81\x8d\x8f"
    return b"\xef\xbb" + data  # half a mark


def _long_cell(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\r\n")
    target = rng.randrange(1, max(2, len(lines)))
    size = rng.choice((201, 301, 1001, 2001, 5000, 1_000_001))
    if target < len(lines):
        cells = lines[target].split(b",")
        cells[rng.randrange(len(cells))] = rng.choice((b"x", "é".encode(), b" ")) * size
        lines[target] = b",".join(cells)
    return b"\r\n".join(lines)


def _wide(rng: random.Random, data: bytes) -> bytes:
    header, _, rest = data.partition(b"\r\n")
    extra = b",".join(rng.choice((b"dup", b"", b"col%d" % i)) for i in range(rng.choice((50, 5000, 100_000))))
    return header + b"," + extra + b"\r\n" + rest


def _shuffle_lines(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\r\n")
    rng.shuffle(lines)  # the header may land anywhere, or be doubled below
    return b"\r\n".join(lines + lines[: rng.randint(0, 2)])


def _tiny(rng: random.Random, data: bytes) -> bytes:
    header = data.partition(b"\r\n")[0]
    return rng.choice((b"", b"\r\n", b",,,\r\n,,,", header, header + b"\r\n\r\n", b'"', b"\x00\x00", b"\xff"))


CSV_MUTATIONS: tuple[Mutation, ...] = (
    _flip,
    _insert,
    _cut,
    _truncate,
    _open_quote,
    _line_ends,
    _encoding,
    _long_cell,
    _wide,
    _shuffle_lines,
    _tiny,
)


def _damage_xlsx(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return _truncate(rng, data)
    if choice == 1:
        return _flip(rng, data)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            member = source.read(item)
            if item.filename.endswith(".xml") and rng.random() < 0.5:
                if choice == 2:
                    member = member[: rng.randrange(len(member) + 1)]  # XML cut mid-tag
                else:
                    member = _insert(rng, _flip(rng, member))
            elif rng.random() < 0.1:
                continue  # a part missing
            target.writestr(item, member)
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    data: bytes


def corpus(kind: str, count: int, seed: int = SEED) -> Iterator[Case]:
    """``count`` malformed files for the importer ``kind`` (people, associations, replies)."""
    rng = random.Random(f"{seed}-{kind}")
    header, make = {
        "people": (PEOPLE_HEADER, people_rows),
        "associations": (ASSOCIATION_HEADER, association_rows),
        "replies": (REPLY_HEADER, reply_rows),
    }[kind]
    for n in range(count):
        rows = make(rng, rng.randint(1, 12))
        if n % 8 == 7:
            yield Case(f"{kind}-{n:03}.xlsx", _damage_xlsx(rng, _xlsx_bytes(header, rows)))
            continue
        data = _csv_bytes(header, rows, delimiter=rng.choice((",", ",", ";")))
        for mutation in rng.sample(CSV_MUTATIONS, rng.randint(1, 2)):
            data = mutation(rng, data)
        yield Case(f"{kind}-{n:03}.csv", data)


def data_rows(path: Path, expected: Sequence[str] = ()) -> int | None:
    """The data rows a reader of the file would see, counted independently of the importers
    (None when the file cannot be read as a table at all)."""
    try:
        if path.suffix == ".xlsx":
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
            values = list(sheet.iter_rows(values_only=True))[1:]
            return sum(1 for row in values if any(str(v).strip() for v in row if v is not None))
        text, _encoding = decode(path.read_bytes())
    except Exception:
        return None
    lines = io.StringIO(text, newline="")
    delimiter = sniff_delimiter(lines.readline().rstrip("\r\n"), expected)
    lines.seek(0)
    try:
        records = list(csv.reader(lines, delimiter=delimiter, strict=False))[1:]
    except csv.Error:
        return None
    return sum(1 for record in records if "".join(record).strip())
