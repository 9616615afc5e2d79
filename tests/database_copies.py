"""Databases built once per test process and copied for each test that asks for one.

Creating a database (migrations, the practices catalogue, the occupation reference) takes most of
a second, and the generated demos several; a file copy takes milliseconds. Each test still gets
its own file in its own ``tmp_path``, so no test sees another's writes, and under pytest-xdist
each worker process builds its own originals in its own temporary folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from diaspora_desk.services.common import encryption

# SQLite keeps the last writes in these beside the file until they are checkpointed.
_SIDE_FILES = ("-wal", "-shm")


class DatabaseCopies:
    """The originals, made on first use by the function given with their name."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._made: dict[str, Path] = {}

    def place(self, name: str, make: Callable[[Path], None], target: Path) -> bool:
        """Copy the database ``name`` to ``target`` (``make(path)`` creates it the first time);
        False, copying nothing, when ``target`` exists already or while a passphrase or the
        encrypted-only policy is set: the originals are plaintext, and such a test must get the
        database the application would create for it."""
        if target.exists() or encryption.has_passphrase() or encryption.current_new_policy():
            return False
        original = self._made.get(name)
        if original is None:
            original = self._folder / f"{name}.sqlite"
            try:
                make(original)
            except BaseException:
                # A half-made original must not be copied for the next test that asks for it.
                for leftover in self._folder.glob(f"{name}.sqlite*"):
                    leftover.unlink()
                raise
            self._made[name] = original
        shutil.copy(original, target)
        for suffix in _SIDE_FILES:
            side = original.with_name(original.name + suffix)
            if side.exists():
                shutil.copy(side, target.with_name(target.name + suffix))
        return True
