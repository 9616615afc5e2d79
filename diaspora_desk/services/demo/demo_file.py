"""The demo consulate built into a file of its own, so that Cancel leaves nothing behind."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from diaspora_desk.services.composition import open_services
from diaspora_desk.services.demo.visits import FullDemo, build_full_demo

# SQLite keeps a database in up to three files: the file itself and, in WAL mode, these two.
COMPANIONS = ("", "-wal", "-shm")


def partial_path(path: Path) -> Path:
    """Where the demo for ``path`` is built until it is complete."""
    return path.with_name(path.name + ".demo-partial")


def remove_database(path: Path) -> None:
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def build_demo_database(
    path: Path,
    *,
    people: int,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Path, FullDemo]:
    """Build the demo beside ``path`` and return the finished (closed) file with its summary.

    On Cancel (:class:`DemoCancelled`) or any failure the partial file is removed before the
    error goes on: nothing half-made is left on disk, and ``path`` is not touched.
    """
    target = partial_path(path)
    remove_database(target)
    try:
        services = open_services(target)
        try:
            summary = build_full_demo(services, people=people, progress=progress, cancel=cancel)
        finally:
            services.close()
    except BaseException:
        remove_database(target)
        raise
    return target, summary


def install_database(finished: Path, path: Path) -> None:
    """Put the closed database ``finished`` in the place of the closed database ``path``."""
    for suffix in COMPANIONS:
        source, target = Path(f"{finished}{suffix}"), Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, target)
        else:
            # A stale write-ahead log of the old file must not be replayed into the new one.
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
