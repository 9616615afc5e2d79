"""``scripts/translations``: keep the Qt and gettext catalogues in step with the code.

``update`` re-extracts the strings (``tr()`` in ``ui/`` into ``resources/i18n/*.ts`` with
``pyside6-lupdate``; ``_()``, ``gettext()``, ``ngettext()``, ``N_()`` and ``msg()`` everywhere into
``resources/locale/<lang>/LC_MESSAGES/diaspora_desk.po`` with babel), keeps the translations
already made, drops strings the code no longer has, and writes what is left to translate to
``build/translations/todo-<lang>.po`` (and prints it); a text already translated in one catalogue or
Qt context is reused wherever it appears again. ``fill FILE`` puts a filled-in todo file
back into both catalogues; ``build`` compiles ``.qm`` and ``.mo``; ``check`` lists every problem
``tests/i18n/test_catalogues.py`` fails on.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from diaspora_desk.i18n import DOMAIN, LOCALE_DIR, TRANSLATED
from diaspora_desk.i18n import ts_files as ts
from diaspora_desk.i18n.fstrings import GETTEXT_CALL, calls_in_fstrings
from diaspora_desk.paths import PROJECT_ROOT

PACKAGE_DIR = PROJECT_ROOT / "diaspora_desk"
TODO_DIR = PROJECT_ROOT / "build" / "translations"
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "gettext": None,
    "N_": None,
    "msg": None,
    "ngettext": (1, 2),
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[nsd1-9]")


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def extract_template() -> Catalog:
    """Every gettext string of the package, as a template (``.pot``)."""
    template = Catalog(project="Diaspora Desk", fuzzy=False)
    with (PROJECT_ROOT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, _options = parse_mapping_cfg(config)  # type: ignore[no-untyped-call]
    found = extract_from_dir(str(PACKAGE_DIR), method_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",))
    for filename, line, message, comments, context in found:
        where = (f"diaspora_desk/{filename}", line)
        template.add(message, None, [where], auto_comments=comments, context=context)
    files = [p for p in PACKAGE_DIR.rglob("*.py") if "ui" not in p.relative_to(PACKAGE_DIR).parts[:1]]
    for text, path, line in calls_in_fstrings(files, GETTEXT_CALL):
        if text not in template:
            template.add(text, None, [(str(path.relative_to(PROJECT_ROOT)), line)])
    return template


def read_catalogue(path: Path, language: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=language, project="Diaspora Desk", domain=DOMAIN, fuzzy=False)
    with path.open("rb") as f:
        return read_po(f, locale=language)


def write_catalogue(catalogue: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    # File names without line numbers: a change elsewhere in a file does not touch the catalogue.
    write_po(buffer, catalogue, width=100, omit_header=False, sort_output=True, include_lineno=False)
    path.write_bytes(buffer.getvalue())


def update_po(language: str, template: Catalog) -> None:
    catalogue = read_catalogue(po_path(language), language)
    template.creation_date = catalogue.creation_date  # no date-only changes in the file
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    catalogue.fuzzy = False
    write_catalogue(catalogue, po_path(language))


def _is_done(text: str | tuple[str, ...] | list[str] | None) -> bool:
    texts = [text] if isinstance(text, str) or text is None else list(text)
    return all(texts)


def todo(language: str) -> Catalog:
    """What is left to translate in ``language``, both kinds, one entry per English text."""
    left = Catalog(locale=language, project="Diaspora Desk", fuzzy=False)
    for m in ts.read_ts(ts.ts_path(language)):
        if m.state == "unfinished" or not _is_done(m.translations):
            msgid = (m.source, m.source) if m.numerus else m.source
            left.add(
                msgid, ("", "") if m.numerus else "", [(m.location, 0)], user_comments=[f"Qt {m.context}"]
            )
    for message in read_catalogue(po_path(language), language):
        if message.id and (message.fuzzy or not _is_done(message.string)) and message.id not in left:
            left.add(message.id, message.string, message.locations)
    return left


def _texts(messages: Iterable[Message]) -> dict[str, tuple[str, ...]]:
    texts: dict[str, tuple[str, ...]] = {}
    for message in messages:
        if message.id and _is_done(message.string) and not message.fuzzy:
            key = message.id if isinstance(message.id, str) else message.id[0]
            texts[key] = (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
    return texts


def _apply(language: str, texts: dict[str, tuple[str, ...]]) -> int:
    """Write ``texts`` (English -> translation) into every untranslated entry of both catalogues."""
    filled = ts.fill_ts(ts.ts_path(language), texts)
    ts.lupdate(ts.ts_path(language), language)  # back to lupdate's own layout: small diffs later
    catalogue = read_catalogue(po_path(language), language)
    for message in catalogue:
        key = message.id if isinstance(message.id, str) else message.id[0] if message.id else ""
        if key in texts and not _is_done(message.string):
            value = texts[key]
            plural = value if len(value) > 1 else (value[0], value[0])
            message.string = value[0] if isinstance(message.id, str) else plural
            message.flags.discard("fuzzy")
            filled += 1
    write_catalogue(catalogue, po_path(language))
    return filled


def known_translations(language: str) -> dict[str, tuple[str, ...]]:
    """Every English text already translated somewhere in ``language`` (either catalogue)."""
    texts = _texts(read_catalogue(po_path(language), language))
    for m in ts.read_ts(ts.ts_path(language)):
        if m.state == "" and _is_done(m.translations):
            texts.setdefault(m.source, m.translations)
    return texts


def fill(todo_file: Path) -> int:
    """Put the translations of a filled-in todo file into the ``.ts`` and ``.po`` of its language."""
    language = todo_file.stem.removeprefix("todo-")
    return _apply(language, _texts(read_catalogue(todo_file, language)))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _placeholder_problems(language: str, kind: str, source: str, translations: Iterable[str]) -> list[str]:
    expected = [p for p in placeholders(source) if p != "%n"]
    problems = []
    for text in translations:
        if text and [p for p in placeholders(text) if p != "%n"] != expected:
            problems.append(f"{language} {kind}: placeholders differ: {source!r} -> {text!r}")
    return problems


def _ts_problems(language: str) -> list[str]:
    import tempfile

    path = ts.ts_path(language)
    if not path.exists():
        return [f"{language}: {path} is missing; run scripts/translations update"]
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / path.name
        fresh.write_bytes(path.read_bytes())
        ts.lupdate(fresh, language)
        wanted = {(m.context, m.source) for m in ts.read_ts(fresh)}
    messages = ts.read_ts(path)
    have = {(m.context, m.source) for m in messages}
    problems += [f"{language} Qt: not extracted yet (new in the code): {c}: {s!r}" for c, s in wanted - have]
    problems += [f"{language} Qt: stale (gone from the code): {c}: {s!r}" for c, s in have - wanted]
    for m in messages:
        if m.state in ("obsolete", "vanished"):
            problems.append(f"{language} Qt: {m.state}: {m.context}: {m.source!r}")
        elif m.state == "unfinished" or not _is_done(m.translations):
            problems.append(f"{language} Qt: untranslated: {m.context}: {m.source!r} ({m.location})")
        else:
            problems += _placeholder_problems(language, "Qt", m.source, m.translations)
    return problems


def _po_problems(language: str, template: Catalog) -> list[str]:
    path = po_path(language)
    if not path.exists():
        return [f"{language}: {path} is missing; run scripts/translations update"]
    catalogue = read_catalogue(path, language)
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}
    problems = [f"{language} gettext: not extracted yet (new in the code): {s!r}" for s in wanted - have]
    problems += [f"{language} gettext: stale (gone from the code): {s!r}" for s in have - wanted]
    problems += [f"{language} gettext: obsolete: {m.id!r}" for m in catalogue.obsolete.values()]
    for m in catalogue:
        if not m.id:
            continue
        source = m.id if isinstance(m.id, str) else m.id[0]
        texts = [m.string] if isinstance(m.string, str) else list(m.string or ())
        if m.fuzzy or not _is_done(m.string):
            problems.append(f"{language} gettext: untranslated: {source!r}")
        else:
            problems += _placeholder_problems(language, "gettext", source, texts)
    return problems


def check(languages: Sequence[str] = TRANSLATED) -> list[str]:
    """Every untranslated, stale or placeholder-changing string of the shipped languages."""
    template = extract_template()
    problems: list[str] = []
    for language in languages:
        problems += _ts_problems(language) + _po_problems(language, template)
    return problems


def update(languages: Sequence[str] = TRANSLATED) -> dict[str, Catalog]:
    """Re-extract both kinds of strings; what is left to translate, per language."""
    template = extract_template()
    left: dict[str, Catalog] = {}
    for language in languages:
        ts.lupdate(ts.ts_path(language), language)
        update_po(language, template)
        # A text already translated elsewhere (another Qt context, the other catalogue) is reused.
        _apply(language, known_translations(language))
        left[language] = todo(language)
        write_catalogue(left[language], TODO_DIR / f"todo-{language}.po")
    return left


def _stale(source: Path, target: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build(languages: Sequence[str] = TRANSLATED, *, force: bool = False) -> None:
    """Compile ``.qm`` (Qt) and ``.mo`` (gettext) for ``languages``, those older than their source."""
    for language in languages:
        if force or _stale(ts.ts_path(language), ts.qm_path(language)):
            ts.lrelease(ts.ts_path(language), ts.qm_path(language))
        if force or _stale(po_path(language), mo_path(language)):
            catalogue = read_catalogue(po_path(language), language)
            with mo_path(language).open("wb") as out:
                write_mo(out, catalogue)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/translations", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="re-extract strings, keep translations, write the todo files")
    build_parser = commands.add_parser("build", help="compile the .qm and .mo older than their source")
    build_parser.add_argument("--force", action="store_true", help="compile them all")
    commands.add_parser("check", help="list untranslated, stale and placeholder problems")
    fill_parser = commands.add_parser("fill", help="put a filled-in todo-<lang>.po into the catalogues")
    fill_parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        for language, left in update().items():
            buffer = BytesIO()
            write_po(buffer, left, width=100, omit_header=True)
            print(buffer.getvalue().decode("utf-8"))
            print(f"# {language}: {len(left)} to translate; fill {TODO_DIR / f'todo-{language}.po'}")
            print(f"# then: scripts/translations fill {TODO_DIR / f'todo-{language}.po'}\n")
    elif args.command == "build":
        build(force=args.force)
    elif args.command == "fill":
        print(f"{fill(args.file)} translations filled in")
    else:
        problems = check()
        print("\n".join(problems) or "Every shipped language is complete.")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `scripts/translations update | head`
        sys.exit(0)
