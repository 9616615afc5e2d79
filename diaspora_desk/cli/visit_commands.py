"""``diaspora-desk visits plan|list``: where to send mobile consulates, and the visits on file."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("visits commands are being written")  # TODO(planner helper)
