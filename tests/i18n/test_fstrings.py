"""Translation calls inside f-strings reach the catalogues (the extractors alone miss them)."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.i18n.fstrings import GETTEXT_CALL, QT_CALL, calls_in_fstrings, qt_stub


def test_literal_calls_inside_f_strings_are_found_and_others_are_not(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        "a = f\"{x} — {_('Visit report')}: {y}\"\n"
        'b = f\'<b>{self.tr("Host")}</b> {page.tr("It\\\'s here")}\'\n'
        "c = _('Outside an f-string')\n"
        "d = f\"{_(title)} {obj._('no')}\"\n",
        "utf-8",
    )
    assert [(t, line) for t, _p, line in calls_in_fstrings([source], GETTEXT_CALL)] == [("Visit report", 1)]
    qt = calls_in_fstrings([source], QT_CALL)
    assert [t for t, _p, _line in qt] == ["Host", "It's here"]
    assert "QCoreApplication.translate('FStrings', 'Host')" in qt_stub(qt)
