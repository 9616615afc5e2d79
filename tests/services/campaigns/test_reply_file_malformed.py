"""The gateway's reply file: rows too long for what is kept, or running over line ends outside
the text, are refused by row and column instead of cut; every row is counted once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from diaspora_desk.db.campaign_models import PollReply
from diaspora_desk.services.campaigns.reply_file import read_replies
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast


def test_too_long_rows_are_refused_not_cut(services: Services, cast: Cast, tmp_path: Path) -> None:
    path = tmp_path / "replies.csv"
    path.write_text(
        "number,text,timestamp\n"
        f"+15595550101,{'si ' * 700},2026-11-20 10:00\n"
        f"+1559555010{'1' * 40},1,2026-11-20 10:01\n"
        "+15595550103,no,2026-11-20 10:02\n",
        encoding="utf-8",
    )
    result = services.campaigns.polls.import_replies(cast.campaign, path)
    assert [(r.row, r.column) for r in result.rejected] == [(2, "text"), (3, "number")]
    assert result.rejected[0].reason == "text: is longer than 2000 characters"
    assert result.rejected[1].reason == "number: is longer than 40 characters"
    assert result.rows == 3
    with services.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PollReply)) == 1


def test_a_text_may_hold_line_breaks_but_a_number_may_not(tmp_path: Path) -> None:
    path = tmp_path / "replies.csv"
    path.write_text(
        'number,text,timestamp\n+15595550101,"yes\nsee you",2026-11-20\n'
        '"+15595550102,no,\n+15595550103",2,\n',
        encoding="utf-8",
    )
    rows, rejected = read_replies(path)
    assert [(r.row_number, r.text) for r in rows] == [(2, "yes see you")]
    assert [(r.row, r.column) for r in rejected] == [(3, "number")]
    assert "lines 4 to 5 of the file" in rejected[0].reason
