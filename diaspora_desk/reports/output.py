"""Writing a report to disk in one step, so a failure never leaves half a PDF."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from pathlib import Path

from diaspora_desk.domain.errors import KnownError

_PAGE_TREE = re.compile(rb"/Count (\d+)[^>]*?/Type /Pages\b")


def write_pdf(out: Path, build: Callable[[io.BytesIO], None]) -> int:
    """Render into memory, then replace ``out`` atomically; returns the number of pages."""
    buffer = io.BytesIO()
    build(buffer)
    pdf = buffer.getvalue()
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(pdf)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(f"Cannot write {out}: {exc.strerror or exc}") from None
    return page_count(pdf)


def page_count(pdf: bytes) -> int:
    """The pages of a PDF written by ReportLab (its one page tree says how many)."""
    found = _PAGE_TREE.search(pdf)
    return int(found.group(1)) if found else 0
