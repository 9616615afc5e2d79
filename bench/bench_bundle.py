"""The packaged app beside the venv: bundle size, `--version` and start-up to a window showing data.

Build the bundle first (`scripts/package`). Each start runs in an empty environment with a new
data folder and waits for the log line the app writes once the window shows data; the
baseline is a bare PySide6 window started from the venv in the same run.

    python bench/bench_bundle.py [--runs 5] [--people 3000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, ms, print_table, ratio, run_python

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "diaspora-desk" / "diaspora-desk"
VENV = ROOT / ".venv" / "bin" / "diaspora-desk"
BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, lambda: (print("MARK", time.time(), flush=True), app.quit()))
app.exec()
"""
READY = "window showing data"


def _env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        # The demo database is encrypted, as an officer's is; the window takes the passphrase from here.
        "DIASPORA_DESK_PASSPHRASE": "bench passphrase, not secret",
    }


def until_data_shown(program: Path, database: Path) -> float:
    """Seconds from launching ``program`` on ``database`` until its log says data is shown."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        log = home / "data" / "DiasporaDesk" / "diaspora-desk.log"
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(program), "--db", str(database)],
            env=_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while time.perf_counter() - start < 120:
                if log.exists() and READY in log.read_text(encoding="utf-8", errors="replace"):
                    return time.perf_counter() - start
                if process.poll() is not None:
                    raise RuntimeError(f"{program} exited with {process.returncode} before showing data")
                time.sleep(0.01)
            raise RuntimeError(f"{program} showed no data within 120 s")
        finally:
            process.kill()
            process.wait()


def version_time(program: Path) -> float:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        subprocess.run([str(program), "--version"], env=_env(Path(folder)), check=True, capture_output=True)
        return time.perf_counter() - start


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people", type=int, default=3000)
    args = parser.parse_args()
    if not BUNDLE.exists():
        raise SystemExit("no bundle: run scripts/package first")
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite"
        subprocess.run(
            [str(VENV), "demo", "--db", str(database), "--people", str(args.people)],
            check=True,
            capture_output=True,
            env=_env(Path(folder)),
        )
        bare = median([run_python(BARE_WINDOW) for _ in range(args.runs)])
        rows = []
        for label, program in (("venv", VENV), ("bundle", BUNDLE)):
            version = median([version_time(program) for _ in range(args.runs)])
            shown = median([until_data_shown(program, database) for _ in range(args.runs)])
            rows.append(Row(f"{label}: --version", ms(version), "-", "-", "-"))
            rows.append(Row(f"{label}: start to data shown", ms(shown), ms(bare), ratio(shown, bare), "-"))
    bundle = size_mb(BUNDLE.parent)
    venv = size_mb(ROOT / ".venv")
    rows.append(
        Row("size: bundle folder", f"{bundle:.0f} MB", f"{venv:.0f} MB (.venv, dev tools incl.)", "-", "-")
    )
    print_table(f"Bundle against venv, {args.people:,} people, median of {args.runs}", rows)


if __name__ == "__main__":
    main()
