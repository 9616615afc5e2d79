"""Crash test, the long run: SIGKILL imports and edits at random moments, 60 times by default.

Each run is a CLI import of 1,100 generated people (so ANALYZE follows the commit) or a worker
creating associations and people one by one; it is killed at a random moment, a quarter of the
time just after it acknowledged a write (the import's summary, an edit's "ack"). After every
kill: SQLite's integrity check, every acknowledged write present, every import whole or absent.

    .venv/bin/python bench/bench_crash.py [--runs 60] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import Row, print_table

from tests.services.crash_harness import Tally, edits_once, import_once, prepare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tally = Tally()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="diaspora-crash-") as folder:
        database = Path(folder) / "crash.sqlite"
        prepare(database)
        while tally.runs < args.runs:
            if tally.runs % 2:
                edits_once(database, rng, tally)
            else:
                import_once(database, Path(folder), rng, tally)
            print(f"run {tally.runs}: {'ok' if tally.ok else 'FAILED'}", file=sys.stderr)
    rows = [
        Row("kills", str(tally.runs), "-", "-", ">= 50"),
        Row("killed before any acknowledgement", str(tally.killed_before_ack), "-", "-", "-"),
        Row("killed after an acknowledgement", str(tally.killed_after_ack), "-", "-", "-"),
        Row("acknowledged writes", str(tally.acknowledged), "-", "-", "-"),
        Row("integrity failures", str(len(tally.integrity_failures)), "-", "-", "0"),
        Row("acknowledged writes lost", str(len(tally.lost)), "-", "-", "0"),
        Row("partial imports", str(len(tally.partial)), "-", "-", "0"),
        Row("wall time", f"{time.perf_counter() - started:.0f} s", "-", "-", "-"),
    ]
    print_table("Crash test (SIGKILL at random moments)", rows)
    for problem in (*tally.integrity_failures, *tally.lost, *tally.partial):
        print(problem)
    return 0 if tally.ok else 1


if __name__ == "__main__":
    sys.exit(main())
