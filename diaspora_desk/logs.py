"""Logging to a file in the data directory; bugs are written there with their traceback."""

from __future__ import annotations

import logging
from pathlib import Path

from diaspora_desk.paths import log_file

_configured: Path | None = None


def configure_logging() -> Path:
    """Send log records to a rotating file in the data dir; returns its path."""
    global _configured
    path = log_file()
    if _configured == path:
        return path
    # Imported here, not by the many modules that import log_bug (~8 ms: sockets, pickle, queues).
    import logging.handlers

    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path


def log_bug(exc: BaseException, context: str) -> Path:
    """Record an unexpected exception with its traceback; returns the log file's path."""
    path = configure_logging()
    logging.getLogger("diaspora_desk").error("Unexpected error in %s", context, exc_info=exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path
