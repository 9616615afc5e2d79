"""Qt's ``.ts`` translation sources: extraction with ``pyside6-lupdate``, reading, filling, compiling.

The ``.ts`` files under ``resources/i18n/`` are what ``pyside6-lupdate`` writes (so Qt Linguist
opens them); ``.qm`` files are built from them and never committed. At build time every message
is also copied into the empty context, so a ``tr()`` whose run-time context differs from the one
lupdate read (a module-level ``tr`` helper, an inherited ``self.tr``) still finds its translation
(``ui/translation.py`` asks for the exact context first, then for the empty one).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.i18n.fstrings import QT_CALL, calls_in_fstrings, qt_stub
from diaspora_desk.paths import PROJECT_ROOT, RESOURCES_DIR

TS_DIR = RESOURCES_DIR / "i18n"
UI_DIR = PROJECT_ROOT / "diaspora_desk" / "ui"
FSTRINGS_STUB = PROJECT_ROOT / "build" / "translations" / "ui_fstrings.py"


@dataclass(frozen=True, slots=True)
class TsMessage:
    """One message of a ``.ts`` file; ``translations`` has one text, or one per plural form."""

    context: str
    source: str
    translations: tuple[str, ...]
    numerus: bool
    state: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    location: str


def ts_path(language: str) -> Path:
    return TS_DIR / f"diaspora_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"diaspora_desk_{language}.qm"


def _tool(name: str) -> str:
    """A Qt tool from the virtual environment of the running interpreter, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: run scripts/setup --dev first")
    return found


def ui_sources() -> list[str]:
    """The files lupdate reads: ``ui/`` and a stub naming the ``tr()`` calls inside f-strings."""
    files = sorted(UI_DIR.rglob("*.py"))
    FSTRINGS_STUB.parent.mkdir(parents=True, exist_ok=True)
    FSTRINGS_STUB.write_text(qt_stub(calls_in_fstrings(files, QT_CALL)), "utf-8")
    return [str(p.relative_to(PROJECT_ROOT)) for p in [*files, FSTRINGS_STUB]]


def lupdate(ts_file: Path, language: str) -> None:
    """Re-extract every ``tr()`` of ``ui/`` into ``ts_file``, keeping its translations and
    dropping the strings the code no longer has."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [_tool("pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-locations", "relative"]
    command += ["-source-language", "en", "-target-language", language, "-ts", str(ts_file)]
    subprocess.run(command, cwd=PROJECT_ROOT, check=True, capture_output=True, text=True)


def read_ts(ts_file: Path) -> list[TsMessage]:
    messages: list[TsMessage] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        where = ""  # lupdate names a file once, then gives lines relative to the one before
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            if forms:
                texts = tuple(f.text or "" for f in forms)
            else:
                texts = ((translation.text or "") if translation is not None else "",)
            location = message.find("location")
            if location is not None and location.get("filename"):
                where = str(location.get("filename")).replace("../../diaspora_desk/", "diaspora_desk/")
            messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    numerus=message.get("numerus") == "yes",
                    state=(translation.get("type") or "") if translation is not None else "unfinished",
                    location=where,
                )
            )
    return messages


def fill_ts(ts_file: Path, translations: dict[str, tuple[str, ...]]) -> int:
    """Write ``translations`` (source -> text, or plural forms) into the unfinished messages."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or source not in translations:
            continue
        texts = translations[source]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in texts if len(texts) > 1 else (texts[0], texts[0]):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0]
        del translation.attrib["type"]
        filled += 1
    _write(tree, ts_file)
    return filled


def _write(tree: ET.ElementTree[ET.Element], ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def _with_empty_context(ts_file: Path, out: Path) -> None:
    """A copy of ``ts_file`` whose finished messages are also in the empty context."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    contexts = list(root.iter("context"))
    anywhere = next((c for c in contexts if not c.findtext("name")), None)
    if anywhere is None:
        anywhere = ET.SubElement(root, "context")
        ET.SubElement(anywhere, "name").text = ""
    seen = {m.findtext("source") or "" for m in anywhere.iter("message")}
    for context in contexts:
        if context is anywhere:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in seen or translation is None or translation.get("type"):
                continue
            seen.add(source)
            anywhere.append(message)
    _write(tree, out)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file`` (every message also in the empty context)."""
    with tempfile.TemporaryDirectory() as folder:
        merged = Path(folder) / ts_file.name
        _with_empty_context(ts_file, merged)
        command = [_tool("pyside6-lrelease"), "-silent", str(merged), "-qm", str(qm_file)]
        subprocess.run(command, check=True, capture_output=True, text=True)
