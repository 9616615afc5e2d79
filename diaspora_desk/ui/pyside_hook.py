"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 records, for each new module, whether its source mentions "PySide6" (so that a module can
opt in to its ``__feature__`` switches; this application uses none). It asks through
``inspect.getsource``, which tokenizes the file and leaves all its lines in ``linecache`` for the
rest of the session: about 14 ms of the start before the window shows, and about 10 MB of source
text once the ~800 modules of the whole application are loaded. :func:`install` answers the same
question from the file's bytes, which costs neither. Anything other than a readable ``.py`` file
still gets PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# Where PySide6 keeps the check (its embedded support package, under both names).
FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file mentions PySide6, read as bytes; ``fallback`` otherwise."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def install() -> bool:
    """Replace PySide6's check with :func:`uses_pyside`; False when this PySide6 has no such check."""
    import PySide6.QtCore  # noqa: F401  (loads the support package that holds the check)

    feature = next((sys.modules[name] for name in FEATURE_MODULES if name in sys.modules), None)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "replaced_by_diaspora_desk", False):
        return feature is not None and original is not None

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.replaced_by_diaspora_desk = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", check)  # noqa: B010  (a private name of PySide6's)
    return True
