"""How every command reports its failure: the user's or the environment's fault as one plain
line, a bug as one line naming the log file that holds its traceback; exit code 1 for both."""

from __future__ import annotations

import sys
from collections.abc import Callable

from diaspora_desk.domain.errors import KnownError, message_of, msg
from diaspora_desk.i18n import render
from diaspora_desk.logs import log_bug


def run_reported(command: Callable[[], int], context: str) -> int:
    """``command()``'s exit code, or 1 after telling the user on stderr what went wrong."""
    try:
        return command()
    except KnownError as exc:
        print(f"diaspora-desk: {render(message_of(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:
        log = log_bug(exc, context)
        details = msg("unexpected error ({kind}); details in {log}", kind=type(exc).__name__, log=log)
        print(f"diaspora-desk: {render(details)}", file=sys.stderr)
        return 1
