"""The language of the text outside Qt (reports, CLI and validation messages), and its choice.

English is the source language; Spanish and French come from the gettext catalogues
``resources/locale/<lang>/LC_MESSAGES/diaspora_desk.mo`` (built from the ``.po`` files by
``scripts/translations build``, which ``scripts/setup`` runs). The process language is set once at
start-up (:func:`set_language`); a report can be printed in another one inside
:func:`report_language`, which changes the language for the current thread (context) only.

The language follows, in this order: ``--lang`` on the command line, the ``DIASPORA_DESK_LANG``
environment variable, the choice saved in Settings (``language.ini`` in the data folder), the
system locale, English.
"""

from __future__ import annotations

import contextlib
import contextvars
import gettext as _gettext
import os
from collections.abc import Iterator
from pathlib import Path

from diaspora_desk.domain.errors import Message
from diaspora_desk.paths import RESOURCES_DIR, data_dir

LANGUAGES: tuple[str, ...] = ("en", "es", "fr")
"""The languages the application ships, English (the source) first."""

TRANSLATED: tuple[str, ...] = LANGUAGES[1:]
DOMAIN = "diaspora_desk"
LOCALE_DIR = RESOURCES_DIR / "locale"
ENV_VARIABLE = "DIASPORA_DESK_LANG"

_translation: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"
_report_default: str | None = None
_override: contextvars.ContextVar[tuple[str, _gettext.NullTranslations] | None] = contextvars.ContextVar(
    "diaspora_desk_report_language", default=None
)
_loaded: dict[str, _gettext.NullTranslations] = {}


def supported(code: str | None) -> str | None:
    """``code`` (``es``, ``es_GT.UTF-8``, ``fr-CA``) as a shipped language, or None."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The shipped language of the system locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``, then the platform's), English when it is none of them."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            found = supported(part)
            if found:
                return found
            if part:
                break
    import locale

    with contextlib.suppress(ValueError, TypeError):
        return supported(locale.getlocale()[0]) or "en"
    return "en"


def _preferences_file() -> Path:
    return data_dir() / "language.ini"


def saved_choice() -> tuple[str | None, str | None]:
    """(UI language, report language) saved in Settings; None means "follow the system" /
    "same as the application"."""
    import configparser  # here and below: the window's first rows need no settings file

    parser = configparser.ConfigParser()
    with contextlib.suppress(OSError, configparser.Error):
        parser.read(_preferences_file(), encoding="utf-8")
    section = parser["language"] if parser.has_section("language") else {}
    return supported(section.get("application")), supported(section.get("reports"))


def save_choice(application: str | None, reports: str | None) -> None:
    """Keep the Settings choice for the next start (``None``: follow the system / the application)."""
    import configparser

    parser = configparser.ConfigParser()
    parser["language"] = {"application": application or "", "reports": reports or ""}
    with _preferences_file().open("w", encoding="utf-8") as out:
        parser.write(out)


def startup_language(requested: str | None = None) -> str:
    """The language to start in: ``requested`` (``--lang``), the environment, Settings, the system."""
    return (
        supported(requested)
        or supported(os.environ.get(ENV_VARIABLE))
        or saved_choice()[0]
        or system_language()
    )


def catalogue(language: str) -> _gettext.NullTranslations:
    """The gettext catalogue of ``language`` (English, or a missing ``.mo``: the source text)."""
    if language not in _loaded:
        if language == "en":
            _loaded[language] = _gettext.NullTranslations()
        else:
            _loaded[language] = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    return _loaded[language]


def set_language(language: str, report_language_default: str | None = None) -> str:
    """Make ``language`` the process language (and ``report_language_default`` the reports')."""
    global _translation, _language, _report_default
    _language = supported(language) or "en"
    _translation = catalogue(_language)
    _report_default = supported(report_language_default)
    return _language


def set_report_default(language: str | None) -> None:
    """The language reports print in unless one is asked for (None: the process language)."""
    global _report_default
    _report_default = supported(language)


def current_language() -> str:
    """The language text is translated into here and now (a report's, inside :func:`report_language`)."""
    override = _override.get()
    return override[0] if override else _language


@contextlib.contextmanager
def report_language(language: str | None = None) -> Iterator[str]:
    """Translate into ``language`` (None: the reports' default, else the process language) inside
    the block, on this thread only: ``with report_language("en"): render_report(...)``."""
    chosen = supported(language) or _report_default or current_language()
    token = _override.set((chosen, catalogue(chosen)))
    try:
        yield chosen
    finally:
        _override.reset(token)


def gettext(message: str) -> str:
    """Translate ``message`` into the current language."""
    override = _override.get()
    return (override[1] if override else _translation).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, translated."""
    override = _override.get()
    return (override[1] if override else _translation).ngettext(singular, plural, n)


def render(text: str) -> str:
    """``text`` in the current language: a :class:`Message` through its template, else as is."""
    if not isinstance(text, Message):
        return text
    params = {k: render(v) if isinstance(v, Message) else v for k, v in text.params.items()}
    return gettext(text.template).format(**params)


_ = gettext
