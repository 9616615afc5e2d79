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


# Exceptions whose text reaches the user: KnownError and its subclasses are shown as they
# are, and the domain parsers' ValueError texts become validation messages. TypeError and
# AssertionError are not listed: they only ever report bugs, which are logged, not shown.
_USER_FACING_ERRORS = {"KnownError", "ValidationError", "NotFoundError", "DatabaseVersionError", "ValueError"}


def _untranslatable(node: ast.expr) -> bool:
    """True for text that cannot reach a translation: an f-string, a bare literal, or ``str(...)``.

    ``str()`` is listed because it turns a ``Message`` back into a plain ``str``; use
    ``message_of(exc)`` to pass a caught error's message on.
    """
    if isinstance(node, ast.IfExp):
        return _untranslatable(node.body) or _untranslatable(node.orelse)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"


def _message_sites(tree: ast.AST) -> list[ast.expr]:
    """Error texts raised or collected: exception arguments, their dict values, ``errors[...] =``."""
    sites: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in _USER_FACING_ERRORS:
                for arg in node.args:
                    if isinstance(arg, ast.Dict):
                        sites.extend(arg.values)
                    else:
                        sites.append(arg)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id.endswith("errors")
                ):
                    sites.append(node.value)
    return sites


def test_error_messages_are_translatable() -> None:
    """Messages built in domain/ and services/ go through msg() so the edges can translate them."""
    offenders = [
        f"{path.relative_to(PACKAGE)}:{site.lineno}"
        for layer in ("domain", "services")
        for path in _modules(layer)
        for site in _message_sites(ast.parse(path.read_text(encoding="utf-8")))
        if _untranslatable(site)
    ]
    assert offenders == []


def test_the_message_check_finds_untranslatable_texts() -> None:
    source = (
        "errors['a'] = f'{x} is bad'\n"
        "errors['b'] = 'is required'\n"
        "errors['c'] = str(exc)\n"
        "raise ValidationError({'d': f'{y}'})\n"
        "raise KnownError(f'{z}')\n"
        "raise ValueError('x' if y else msg('y'))\n"
        "errors['ok'] = msg('{x} is bad', x=x)\n"
        "raise NotFoundError(msg('There is no {id}.', id=i))\n"
        "errors['fine'] = message_of(exc)\n"
    )
    flagged = [site.lineno for site in _message_sites(ast.parse(source)) if _untranslatable(site)]
    assert flagged == [1, 2, 3, 4, 5, 6]


# Modules without logic of their own, so without a test module: declarations that every test
# touching them exercises. A module that gains logic leaves this list; the list may only shrink.
_NO_LOGIC = {
    "domain/enums.py",  # code lists (StrEnums)
    "domain/labels.py",  # display labels of the code lists
    "domain/queries.py",  # frozen query dataclasses
    "domain/records.py",  # frozen records returned by services
    "domain/people_records.py",  # frozen records returned by services
    "db/base.py",  # declarative base and its naming convention
    "db/models.py",  # ORM table declarations
    "db/people_models.py",  # ORM table declarations
    "db/visit_models.py",  # ORM table declarations
}


def test_every_module_with_logic_has_its_mirrored_test_module() -> None:
    """diaspora_desk/<layer>/<path>/x.py is tested in tests/<layer>/<path>/test_x.py."""
    tests = PACKAGE.parent / "tests"
    modules = {
        path.relative_to(PACKAGE).as_posix(): path
        for layer in ("domain", "db")
        for path in _modules(layer)
        if path.name != "__init__.py"
    }
    untested = sorted(
        name
        for name, path in modules.items()
        if name not in _NO_LOGIC
        and not (tests / path.relative_to(PACKAGE).parent / f"test_{path.name}").is_file()
    )
    assert untested == []
    stale = sorted(
        name
        for name in _NO_LOGIC
        if name not in modules or (tests / Path(name).parent / f"test_{Path(name).name}").is_file()
    )
    assert stale == [], "gone, or tested now: take them off _NO_LOGIC"
