"""Reading a built PDF back as text, the way a reader of the printout sees it."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PdfReader


def pdf_pages(build: Callable[..., None], data: Any, **options: Any) -> tuple[bytes, list[str]]:
    """Builds ``data`` with ``build`` in memory: the bytes and each page's text."""
    buffer = io.BytesIO()
    out: BinaryIO = buffer
    build(data, out, **options)
    pdf = buffer.getvalue()
    return pdf, [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def file_text(path: Path) -> tuple[int, str]:
    """The number of pages of the PDF at ``path`` and its whole text."""
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)
