"""THE TRANSLATIONS TEST: every shipped language complete, current and with the source's placeholders.

When it fails after new strings arrive: ``scripts/translations update`` prints what is left to
translate (also in ``build/translations/todo-<lang>.po``); fill those entries in and run
``scripts/translations fill build/translations/todo-<lang>.po``. See docs/languages.md.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diaspora_desk.i18n import LOCALE_DIR, catalogues
from diaspora_desk.i18n import ts_files as ts


@pytest.mark.translations
def test_every_shipped_language_is_complete_current_and_keeps_placeholders() -> None:
    problems = catalogues.check()
    assert not problems, (
        f"{len(problems)} translation problems; run scripts/translations update, fill in "
        "build/translations/todo-<lang>.po, then scripts/translations fill FILE:\n" + "\n".join(problems)
    )


@pytest.fixture
def doctored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the Spanish catalogues the test may spoil."""
    shutil.copytree(ts.TS_DIR, tmp_path / "i18n")
    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    monkeypatch.setattr(ts, "TS_DIR", tmp_path / "i18n")
    monkeypatch.setattr(catalogues, "LOCALE_DIR", tmp_path / "locale")
    return tmp_path


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.translations
def test_the_check_names_untranslated_stale_and_changed_placeholders(doctored: Path) -> None:
    po = catalogues.po_path("es")
    _replace(po, 'msgstr "Página {page} de {total}"', 'msgstr "Página {pagina} de {total}"')
    _replace(po, 'msgstr "CONFIDENCIAL"', 'msgstr ""')
    po.write_text(po.read_text("utf-8") + '\nmsgid "A string the code lost"\nmsgstr "Perdida"\n', "utf-8")
    _replace(ts.ts_path("es"), "<translation>Asociaciones</translation>", '<translation type="unfinished"/>')
    listed = catalogues.check(["es"])
    problems = "\n".join(listed)
    assert "placeholders differ: 'Page {page} of {total}'" in problems
    assert "es gettext: untranslated: 'CONFIDENTIAL'" in problems
    assert "stale (gone from the code): 'A string the code lost'" in problems
    assert any(p.startswith("es Qt: untranslated: ") and "'Associations'" in p for p in listed)


def test_placeholders_compare_names_and_qt_markers_not_words() -> None:
    assert catalogues.placeholders("{n:,} of {far:,} people, %s") == ["%s", "{far:,}", "{n:,}"]
    assert catalogues.placeholders("{n:,} de {far:,} personas, %s") == catalogues.placeholders(
        "{n:,} of {far:,} people, %s"
    )
