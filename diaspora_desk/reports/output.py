"""Writing a report to disk in one step, so a failure never leaves half a PDF."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from diaspora_desk.domain.errors import KnownError


def write_pdf(out: Path, build: Callable[[io.BytesIO], None]) -> None:
    """Render into memory, then replace ``out`` atomically."""
    buffer = io.BytesIO()
    build(buffer)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(buffer.getvalue())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(f"Cannot write {out}: {exc.strerror or exc}") from None
