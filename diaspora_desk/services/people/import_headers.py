"""Which template column each column of a people file fills: guessed from its header, or mapped.

A header is matched to a template column when it is one of the column's known names
(:mod:`diaspora_desk.services.people.import_aliases`), ignoring case, accents, spaces and
punctuation. A mapping (the ``--map`` file, the import dialog) overrides the guess header by
header. Columns that fill nothing are not imported and are named. Only a name column (given or
family name) and the country are required.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.tabular import listed
from diaspora_desk.services.people.import_aliases import ALIASES, QUESTION_PREFIXES, SEVERAL_COLUMNS
from diaspora_desk.services.people.import_rows import COLUMNS

IGNORE = ""
_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]")
NAME_COLUMNS = ("given_name", "family_name")
REQUIRED_NOTE = "a name column (given_name or family_name) and country"


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()


@cache
def _prefixes() -> tuple[tuple[str, ...], ...]:
    # Longest first, so "what is your" goes before "your".
    return tuple(sorted((tuple(_words(p)) for p in QUESTION_PREFIXES), key=len, reverse=True))


def header_key(header: str) -> str:
    """A header as compared with the known names: "¿Cuál es su País?" -> "pais".

    Case, accents, spaces and punctuation do not count; a Kobo group path is read by its last
    part ("datos/first_name" -> "firstname"); a hint in brackets ("(dd/mm/aaaa)") and a
    question's opening words ("what is your", "su", "votre") are left out.
    """
    # A hint in brackets is not part of the name: "Fecha de nacimiento (dd/mm/aaaa)", "Sexo [H/M]".
    bare = _HINT.sub(" ", header).strip() or header
    last = bare.replace("\\", "/").rstrip("/ ").rsplit("/", 1)[-1]
    words = _words(last)
    for prefix in _prefixes():
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            words = words[len(prefix) :]
            break
    return "".join(words)


@cache
def _known_names() -> dict[str, str]:
    known: dict[str, str] = {}
    for column in COLUMNS:
        known[header_key(column)] = column
    for column, names in ALIASES.items():
        for name in names:
            known.setdefault(header_key(name), column)
    return known


def guess_column(header: str) -> str:
    """The template column a header names, or "" when it names none."""
    return _known_names().get(header_key(header), IGNORE)


@cache
def known_header_names() -> tuple[str, ...]:
    """Every known header name (to help tell a file's delimiter)."""
    return (*COLUMNS, *(name for names in ALIASES.values() for name in names))


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What each of a file's columns fills: ``columns[i]`` is the template column of
    ``headers[i]``, or "" when that column is not imported."""

    headers: tuple[str, ...]
    columns: tuple[str, ...]
    unused_map: tuple[str, ...] = ()
    """Headers the given mapping names that the file does not have."""

    @property
    def ignored(self) -> tuple[str, ...]:
        """The headers of the columns that are not imported, in file order."""
        return tuple(h or f"(column {i + 1})" for i, (h, c) in enumerate(self.pairs) if not c)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(zip(self.headers, self.columns, strict=True))

    @property
    def mapping(self) -> dict[str, str]:
        """File header -> template column ("" for not imported), as the dialog shows it."""
        return dict(self.pairs)

    def header_of(self, column: str) -> str:
        """The file's header that fills ``column`` (the template name when none, or several)."""
        headers = [h for h, c in self.pairs if c == column]
        return headers[0] if len(headers) == 1 and headers[0] else column


def plan_columns(
    headers: Sequence[str], mapping: Mapping[str, str] | None = None, *, source: str
) -> ColumnPlan:
    """The guess for each header, overridden by ``mapping`` (file header -> template column,
    "" to leave a column out). Raises :class:`KnownError` naming ``source`` when a required
    column is missing or the mapping gives one template column twice."""
    given = dict(mapping or {})
    by_key = {header_key(h): h for h in given}
    columns: list[str] = []
    explicit: list[bool] = []
    used: set[str] = set()
    for header in headers:
        name = header if header in given else by_key.get(header_key(header))
        # A header the file repeats is mapped once: its later columns are left out like a
        # second guess (the dialog, keyed by header, cannot tell them apart).
        repeated = name is not None and name in used
        if name is not None:
            used.add(name)
        columns.append(given[name] if name is not None else guess_column(header))
        explicit.append(name is not None and not repeated)
    _check_mapped(headers, columns, explicit, source)
    plan = ColumnPlan(
        tuple(headers), _first_wins(columns, explicit), tuple(h for h in given if h not in used)
    )
    _check_required(plan, source)
    return plan


def _check_mapped(headers: Sequence[str], columns: list[str], explicit: list[bool], source: str) -> None:
    unknown = [c for c in columns if c and c not in COLUMNS]
    # Counted in one pass: a file may have 100,000 columns.
    mapped = Counter(
        c for c, e in zip(columns, explicit, strict=True) if c and e and c not in SEVERAL_COLUMNS
    )
    twice = sorted(c for c, n in mapped.items() if n > 1)
    if unknown:
        raise KnownError(
            msg(
                "{name}: {columns} is not a template column; use one of: {known}",
                name=source,
                columns=", ".join(sorted(set(unknown))),
                known=", ".join(COLUMNS),
            )
        )
    if twice:
        raise KnownError(
            msg(
                "{name}: more than one file column is mapped to {columns}",
                name=source,
                columns=", ".join(twice),
            )
        )


def _first_wins(columns: list[str], explicit: list[bool]) -> tuple[str, ...]:
    """A guessed column that another column already fills is left out (a mapped one wins)."""
    taken = {c for c, e in zip(columns, explicit, strict=True) if e and c}
    result: list[str] = []
    for column, mapped in zip(columns, explicit, strict=True):
        if column and not mapped and column not in SEVERAL_COLUMNS:
            if column in taken:
                column = IGNORE
            else:
                taken.add(column)
        result.append(column)
    return tuple(result)


def _check_required(plan: ColumnPlan, source: str) -> None:
    filled = set(plan.columns)
    missing = [
        label
        for label, ok in (
            ("given_name or family_name", bool(filled & set(NAME_COLUMNS))),
            ("country", "country" in filled),
        )
        if not ok
    ]
    if not missing:
        return
    hint = ""
    if len(plan.headers) == 1 and any(sep in plan.headers[0] for sep in "|,;\t"):
        hint = msg(" The file has a single column: separate its columns with commas, semicolons or tabs.")
    raise KnownError(
        msg(
            "{name}, row 1 (header): no column for {missing}. The file's columns are: {headers}. "
            "Say which column holds it with --map MAP.json (in the application: the column list).{hint}",
            name=source,
            missing=" or ".join(missing) if len(missing) == 1 else ", ".join(missing),
            headers=listed([f"'{h}'" for h in plan.headers]) or "none",
            hint=hint,
        )
    )


def read_map_file(path: Path) -> dict[str, str]:
    """A ``--map`` file: a JSON object {"file header": "template column"}; "" leaves a column out.

    Raises :class:`KnownError` naming the file when it is not such an object.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise KnownError(msg("Cannot read {path}: {strerror}", path=path, strerror=exc.strerror)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnownError(
            msg(
                '{path} is not a JSON column map ({error}); write {{"file header": "template column"}}.',
                path=path,
                error=str(exc),
            )
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise KnownError(
            msg('{path} is not a JSON column map; write {{"file header": "template column"}}.', path=path)
        )
    unknown = sorted({v for v in data.values() if v and v not in COLUMNS})
    if unknown:
        raise KnownError(
            msg(
                "{path}: {columns} is not a template column; use one of: {known}",
                path=path,
                columns=", ".join(f"'{u}'" for u in unknown),
                known=", ".join(COLUMNS),
            )
        )
    return {k.strip(): v for k, v in data.items()}
