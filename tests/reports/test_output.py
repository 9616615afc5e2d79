"""Writing a report: all or nothing, the page count read back, a plain message when it cannot."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.reports.output import page_count, write_pdf
from diaspora_desk.reports.styles import build_document, para


def _pages(count: int) -> object:
    from reportlab.platypus import PageBreak

    def build(out: io.BytesIO) -> None:
        story = []
        for number in range(count):
            story += [para(f"Page body {number}"), PageBreak()]
        build_document(out, story[:-1], title="T", header="Header", footer="Footer")

    return build


def test_a_written_report_replaces_the_old_file_and_counts_its_pages(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    assert write_pdf(out, _pages(3)) == 3  # type: ignore[arg-type]
    assert out.read_bytes().startswith(b"%PDF")
    assert page_count(out.read_bytes()) == 3
    assert list(tmp_path.iterdir()) == [out]


def test_a_failing_build_leaves_the_old_file_alone(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")

    def broken(_out: io.BytesIO) -> None:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        write_pdf(out, broken)
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


def test_an_unwritable_place_is_a_plain_error(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(KnownError, match="Cannot write"):
        write_pdf(out, _pages(1))  # type: ignore[arg-type]
    assert not out.parent.exists()


def test_page_count_of_something_that_is_not_a_pdf_is_zero() -> None:
    assert page_count(b"not a pdf") == 0
