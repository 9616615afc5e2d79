"""How the People & Skills tabs print: one function that renders a report to a file.

The main window binds ``reports.catalogue.render_report`` to the application's facades, so the
tabs print without holding every facade themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from diaspora_desk.reports.catalogue import RenderedReport, ReportKind

ReportRenderer = Callable[[ReportKind, int | None, Path], RenderedReport]
"""``render(kind, item_id, out)``: read the report's data, build the PDF, write ``out``."""
