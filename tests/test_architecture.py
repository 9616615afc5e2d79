"""The layering of STYLE.md holds: Qt only in ui/, and ui/ never reaches db/ directly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "diaspora_desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "db", "services", "reports", "cli"])
def test_no_qt_outside_ui(layer: str) -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules(layer)
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
    ]
    assert offenders == []


def test_ui_does_not_import_db_or_sqlalchemy() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules("ui")
        if any(name.startswith(("diaspora_desk.db", "sqlalchemy")) for name in _imports(path))
    ]
    assert offenders == []


def test_domain_has_no_io_layers() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules("domain")
        if any(
            name.startswith(("diaspora_desk.db", "diaspora_desk.services", "sqlalchemy", "PySide6"))
            for name in _imports(path)
        )
    ]
    assert offenders == []


def test_import_linter_contracts_hold() -> None:
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(PACKAGE.parent / "pyproject.toml")) == 0
