"""Run Python code in a new interpreter, to see what a start really imports (nothing loaded yet)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_python(code: str, home: Path) -> str:
    """The standard output of ``code`` run offscreen by this Python, with ``home`` as HOME."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)},
    )
    return result.stdout
