"""Visit reports (briefing, report, appointment slip, day schedule) and exports (.ics, SMS CSV)."""

from __future__ import annotations

import argparse


def report(args: argparse.Namespace) -> int:
    raise NotImplementedError("visit reports are being written")  # TODO(outputs helper)


def export(args: argparse.Namespace) -> int:
    raise NotImplementedError("visit exports are being written")  # TODO(outputs helper)
