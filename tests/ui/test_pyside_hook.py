"""PySide6's per-module check gets the same answers without keeping every module's source."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from diaspora_desk.ui.pyside_hook import install, uses_pyside
from tests.fresh_interpreter import run_python


def _never(module: ModuleType) -> bool:
    raise AssertionError(f"{module.__name__} has a readable source file")


def test_the_answer_comes_from_the_source_file() -> None:
    import diaspora_desk.domain.text
    import diaspora_desk.ui.main_window

    assert uses_pyside(diaspora_desk.ui.main_window, _never) is True
    assert uses_pyside(diaspora_desk.domain.text, _never) is False


def test_a_module_without_a_source_file_gets_pysides_own_answer() -> None:
    asked: list[str] = []

    def pysides_answer(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert uses_pyside(sys, pysides_answer) is False
    nowhere = ModuleType("nowhere")
    nowhere.__file__ = "/nonexistent/nowhere.py"
    assert uses_pyside(nowhere, pysides_answer) is False
    assert asked == ["sys", "nowhere"]


def test_installing_twice_keeps_one_check() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert install()
    check = feature._mod_uses_pyside
    assert install()
    assert feature._mod_uses_pyside is check


def test_modules_loaded_after_the_interface_keep_no_source_in_memory(tmp_path: Path) -> None:
    # As the application starts: the interface first, then the services on opening the database.
    code = """
import linecache
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import diaspora_desk.ui.main_window
import diaspora_desk.services.composition
kept = [name for name in linecache.cache if "/diaspora_desk/services/" in name or "/sqlalchemy/" in name]
marks = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(len(kept), marks["diaspora_desk.ui.window_state"], marks["diaspora_desk.services.people.facade"])
"""
    assert run_python(code, tmp_path).splitlines()[-1] == "0 0 -1"
