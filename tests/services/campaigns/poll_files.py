"""Poll questions and reply files for the campaign tests (generated numbers, no real people)."""

from __future__ import annotations

import csv
from pathlib import Path

from diaspora_desk.domain.poll_replies import Answer, Question

YES_NO = Question("Will you come to the diaspora day?", (Answer("1", "Yes"), Answer("2", "No")))


TOPIC = Question(
    "Which topic matters most?",
    (Answer("1", "Remittances"), Answer("2", "Documents", ("papers", "papeles")), Answer("3", "Return")),
)


def reply_file(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("number", "text", "timestamp"))
        writer.writerows(rows)
    return path
