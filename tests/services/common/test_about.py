"""Help > About: every bundled font and data set is credited, with its licence text present."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk import __version__
from diaspora_desk.db.schema_version import SCHEMA_HEAD
from diaspora_desk.paths import RESOURCES_DIR
from diaspora_desk.reports.scripts import FALLBACK_FONTS
from diaspora_desk.services.common.about import CREDITS, about

PROJECT = RESOURCES_DIR.parent


def test_about_names_this_version_and_the_schema_it_writes() -> None:
    info = about()
    assert (info.version, info.schema) == (__version__, SCHEMA_HEAD)


def test_every_shipped_font_is_credited_with_its_licence_text() -> None:
    fonts = sorted(p.name for p in (RESOURCES_DIR / "fonts").glob("*.ttf"))
    assert {"DejaVuSans.ttf", *(f.file for f in FALLBACK_FONTS)} <= set(fonts)
    licence_files = {c.licence_file for c in CREDITS if c.licence_file.startswith("resources/")}
    for licence in licence_files:
        assert (PROJECT / licence).is_file(), licence
    credited = " ".join(c.work for c in CREDITS)
    for family in ("DejaVu", "Noto", "Droid Sans Fallback", "NanumGothic"):
        assert family in credited
    licensed = [Path(f).stem.removeprefix("LICENSE-") for f in licence_files if "/fonts/" in f]
    for name in fonts:  # each font file starts with the name of a credited licence text
        assert any(name.startswith(family) for family in licensed), name
