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

    ``code`` prints ``MARK <time.time()> [<CPU seconds>]`` at the moment being measured (window
    shown, list filled); interpreter start-up counts, shutdown does not (a background task still
    opening the database would otherwise be timed as start-up).
    """
    return run_python_cpu(code, *args)[0]


def run_python_cpu(code: str, *args: str) -> tuple[float, float]:
    """Wall seconds until the mark, and the CPU seconds the process had used by then (user +
    system, all its threads): unlike wall time, the CPU time hardly moves when other work shares
    the machine, so ratios of it compare runs made under different load."""
    start = time.time()
    output = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    ).stdout
    marks = [line[len(MARK) :].split() for line in output.splitlines() if line.startswith(MARK)]
    if not marks:
        raise RuntimeError(f"the measured program printed no mark: {output[-500:]}")
    wall = float(marks[0][0]) - start
    return wall, float(marks[0][1]) if len(marks[0]) > 1 else float("nan")


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
import resource
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
def shown():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("MARK", time.time(), usage.ru_utime + usage.ru_stime, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP_WINDOW = """
import resource
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
from diaspora_desk.ui.launch import start_window
window = start_window(Path(sys.argv[1]))
def mark():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("MARK", time.time(), usage.ru_utime + usage.ru_stime, flush=True)
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
    ready), each the median of ``runs`` fresh processes, beside a bare PySide6 window (same run);
    wall time, then the same marks as CPU time of the process (steadier on a shared machine)."""
    bare: list[tuple[float, float]] = []
    app: list[tuple[float, float]] = []
    data: list[tuple[float, float]] = []
    ready: list[tuple[float, float]] = []
    for _ in range(runs):
        bare.append(run_python_cpu(BARE_WINDOW))
        app.append(run_python_cpu(APP_WINDOW, str(path), "shown"))
        data.append(run_python_cpu(APP_WINDOW, str(path), "data"))
        ready.append(run_python_cpu(APP_WINDOW, str(path), "ready"))
    measured = (
        ("cold start to main window shown", app, "≤ 1.5x"),
        ("cold start to first page of data on screen", data, "≤ 2x"),
        ("cold start to the full application ready", ready, "-"),
    )
    rows = []
    for kind, index in (("", 0), (", CPU time", 1)):
        base = median([b[index] for b in bare])
        baseline = f"bare PySide6 window{kind} {ms(base)}"
        for name, values, target in measured:
            value = median([v[index] for v in values])
            label = f"{name}{kind} (median of {runs})"
            rows.append(Row(label, ms(value), baseline, ratio(value, base), target))
    return rows
