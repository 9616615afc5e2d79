"""Shared helpers for the benchmarks: timing, subprocess start-up, the result table."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Row:
    measurement: str
    value: str
    baseline: str
    ratio: str
    target: str


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x" if baseline > 0 else "-"


MARK = "MARK "


def run_python(code: str, *args: str) -> float:
    """Seconds from launching a fresh Python process running ``code`` until it prints a mark.

    ``code`` prints ``MARK <time.time()>`` at the moment being measured (window shown, list
    filled); interpreter start-up counts, shutdown does not (a background task still opening
    the database would otherwise be timed as start-up).
    """
    start = time.time()
    output = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    ).stdout
    marks = [float(line[len(MARK) :]) for line in output.splitlines() if line.startswith(MARK)]
    if not marks:
        raise RuntimeError(f"the measured program printed no mark: {output[-500:]}")
    return marks[0] - start


def print_table(title: str, rows: Sequence[Row]) -> str:
    headers = ("measurement", "value", "baseline (same run)", "ratio", "target")
    cells = [headers] + [(r.measurement, r.value, r.baseline, r.ratio, r.target) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
    lines = [title, ""]
    lines.append("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for c in cells[1:]:
        lines.append("| " + " | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)) + " |")
    text = "\n".join(lines)
    print(text)
    return text


BARE_WINDOW = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
def shown():
    print("MARK", time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP_WINDOW = """
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
from diaspora_desk.ui.launch import start_window
window = start_window(Path(sys.argv[1]))
def mark():
    print("MARK", time.time(), flush=True)
    app.quit()
if sys.argv[2] == "shown":
    QTimer.singleShot(0, mark)
elif sys.argv[2] == "data":
    window.data_shown.connect(lambda: QTimer.singleShot(0, mark))
else:
    window.ready.connect(lambda: QTimer.singleShot(0, mark))
app.exec()
"""


def startup_rows(path: Path, runs: int = 5) -> list[Row]:
    """Cold start of the app on ``path`` (window shown, first page of data on screen, everything
    ready), each the median of ``runs`` fresh processes, beside a bare PySide6 window (same run)."""
    bare, app, data, ready = [], [], [], []
    for _ in range(runs):
        bare.append(run_python(BARE_WINDOW))
        app.append(run_python(APP_WINDOW, str(path), "shown"))
        data.append(run_python(APP_WINDOW, str(path), "data"))
        ready.append(run_python(APP_WINDOW, str(path), "ready"))
    baseline = f"bare PySide6 window {ms(median(bare))}"
    measured = (
        (f"cold start to main window shown (median of {runs})", app, "≤ 1.5x"),
        (f"cold start to first page of data on screen (median of {runs})", data, "≤ 2x"),
        (f"cold start to the full application ready (median of {runs})", ready, "-"),
    )
    return [
        Row(name, ms(median(values)), baseline, ratio(median(values), median(bare)), target)
        for name, values, target in measured
    ]
