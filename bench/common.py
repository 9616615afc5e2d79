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
