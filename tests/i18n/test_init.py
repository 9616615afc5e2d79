"""Choosing the language: --lang, the environment, Settings, the system; reports in another one."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from diaspora_desk import i18n
from diaspora_desk.domain.errors import msg


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_the_system_locale_decides_when_nothing_else_does(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", i18n.ENV_VARIABLE):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_GT.UTF-8")
    assert i18n.startup_language() == "es"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.startup_language() == "en"  # not shipped: English
    i18n.save_choice("fr", None)
    assert i18n.startup_language() == "fr"  # Settings beat the system
    monkeypatch.setenv(i18n.ENV_VARIABLE, "es")
    assert i18n.startup_language() == "es"  # the environment beats Settings
    assert i18n.startup_language("en") == "en"  # --lang beats everything


def test_settings_keep_both_choices_in_the_data_folder() -> None:
    assert i18n.saved_choice() == (None, None)
    i18n.save_choice("es", "en")
    assert i18n.saved_choice() == ("es", "en")


def test_messages_and_reports_translate_and_a_report_can_use_another_language() -> None:
    i18n.set_language("es")
    assert i18n.render(msg("{name} is empty.", name="x.csv")) == "x.csv está vacío."
    with i18n.report_language("fr") as chosen:
        assert chosen == "fr"
        assert i18n._("CONFIDENTIAL") == "CONFIDENTIEL"
        assert i18n.current_language() == "fr"
    assert i18n._("CONFIDENTIAL") == "CONFIDENCIAL"
    i18n.set_report_default("en")
    with i18n.report_language():
        assert i18n._("CONFIDENTIAL") == "CONFIDENTIAL"


def test_a_report_language_on_one_thread_leaves_the_others_alone() -> None:
    i18n.set_language("es")
    seen: list[str] = []
    with i18n.report_language("en"):
        worker = threading.Thread(target=lambda: seen.append(i18n._("CONFIDENTIAL")))
        worker.start()
        worker.join()
        assert i18n._("CONFIDENTIAL") == "CONFIDENTIAL"
    assert seen == ["CONFIDENCIAL"]
