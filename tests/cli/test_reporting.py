"""Every command reports a failure the same way: a plain line, or the log file for a bug."""

from __future__ import annotations

import pytest

from diaspora_desk.cli.reporting import run_reported
from diaspora_desk.domain.errors import KnownError, msg


def test_the_commands_exit_code_passes_through() -> None:
    assert run_reported(lambda: 0, "command x") == 0


def test_a_known_failure_is_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    def locked() -> int:
        raise KnownError(msg("The database is locked by another program or officer. Try again shortly."))

    assert run_reported(locked, "command x") == 1
    err = capsys.readouterr().err
    assert err == "diaspora-desk: The database is locked by another program or officer. Try again shortly.\n"


def test_a_bug_names_the_log_that_holds_its_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    def broken() -> int:
        raise ZeroDivisionError("division by zero")

    assert run_reported(broken, "command x") == 1
    err = capsys.readouterr().err
    assert err.startswith("diaspora-desk: unexpected error (ZeroDivisionError); details in ")
    assert "Traceback" not in err
