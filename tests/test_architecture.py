"""The layering of STYLE.md holds: the import-linter contracts in pyproject.toml, plus what they
cannot say (no direct database access from the edges), plus translatable error texts."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import grimp
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "diaspora_desk"

# The edges of the application reach data only through services/. import-linter's layers let
# ui/ import db/ (it is a lower layer) and a forbidden contract would also catch the legal chain
# ui -> services -> db, so this checks direct imports only.
EDGES = ("cli", "ui", "reports", "main", "__main__")
DATABASE = ("diaspora_desk.db", "sqlalchemy", "alembic")


def _modules(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


@cache
def _package_graph() -> grimp.ImportGraph:
    return grimp.build_graph("diaspora_desk", include_external_packages=True, cache_dir=None)


def direct_imports(graph: grimp.ImportGraph, importer: str, imported: tuple[str, ...]) -> list[str]:
    """``module:line imports target`` for each import of ``imported`` written in ``importer``'s package."""
    found = []
    for module in sorted({importer} | graph.find_descendants(importer)):
        for target in graph.find_modules_directly_imported_by(module):
            if target.startswith(tuple(f"{name}." for name in imported)) or target in imported:
                for detail in graph.get_import_details(importer=module, imported=target):
                    found.append(f"{module}:{detail['line_number']} imports {target}")
    return sorted(found)


@pytest.mark.parametrize("edge", EDGES)
def test_the_edges_never_import_the_database_layer_directly(edge: str) -> None:
    assert direct_imports(_package_graph(), f"diaspora_desk.{edge}", DATABASE) == []


def test_the_direct_import_check_finds_a_database_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "toy"
    for folder in ("", "db", "services", "ui", "ui/people"):
        (root / folder).mkdir(exist_ok=True)
        (root / folder / "__init__.py").write_text("")
    (root / "db" / "engine.py").write_text("import sqlalchemy\n")
    (root / "services" / "people.py").write_text("from toy.db import engine\n")
    (root / "ui" / "page.py").write_text("from toy.services import people\n")
    (root / "ui" / "people" / "dialog.py").write_text(
        "from toy.services import people\n"
        "from toy.db.engine import x\n"
        "\n"
        "def f():\n"
        "    import sqlalchemy.orm\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("toy", include_external_packages=True, cache_dir=None)
    assert direct_imports(graph, "toy.ui", ("toy.db", "sqlalchemy")) == [
        "toy.ui.people.dialog:2 imports toy.db.engine",
        "toy.ui.people.dialog:5 imports sqlalchemy",
    ]
    assert direct_imports(graph, "toy.services", ("toy.db", "sqlalchemy")) == [
        "toy.services.people:1 imports toy.db.engine"
    ]


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
    "domain/association_query.py",  # the associations list's frozen query dataclass and its enums
    "domain/queries.py",  # frozen query dataclasses
    "domain/records.py",  # frozen records returned by services
    "domain/association_row.py",  # the frozen row of the associations list (start-up reads it)
    "domain/visit_lists.py",  # frozen queries and rows of the visits lists
    "db/base.py",  # declarative base and its naming convention
    "db/models.py",  # ORM table declarations
    "db/people_models.py",  # ORM table declarations (and the one-line country_term)
    "db/visit_models.py",  # ORM table declarations
    "db/campaign_models.py",  # ORM table declarations
    "db/account_models.py",  # ORM table declarations
    # A feature's facade is a frozen dataclass naming its services; composition builds it
    # (tests/services/test_composition.py) and every service test reaches its parts through it.
    "services/associations/facade.py",
    "services/campaigns/facade.py",
    "services/people/facade.py",
    "services/visits/facade.py",
    "services/demo/names.py",  # word lists the demo draws names and summaries from
    "ui/visits/area_services.py",  # frozen dataclass of the facades the visits area receives
    "services/briefing/facade.py",  # frozen dataclass of the briefing's services
    "services/partners/facade.py",  # frozen dataclass of the partners' services
    "services/trust/facade.py",  # frozen dataclass of the trust services
    "services/accounts/facade.py",  # frozen dataclass of the accounts services
    "services/briefing/records.py",  # frozen records of the briefing
}

# The layers whose every module with logic has a test module; the modules beside them (main.py,
# i18n.py, logs.py, paths.py) are not checked here.
MIRRORED_LAYERS = ("domain", "db", "services", "reports", "cli", "ui")


def test_every_module_with_logic_has_its_mirrored_test_module() -> None:
    """diaspora_desk/<layer>/<path>/x.py is tested in tests/<layer>/<path>/test_x.py."""
    tests = PACKAGE.parent / "tests"
    modules = {
        path.relative_to(PACKAGE).as_posix(): path
        for layer in MIRRORED_LAYERS
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
