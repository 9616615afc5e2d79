"""The one translation function for text outside Qt (reports, CLI messages).

Catalogues are gettext ``.mo`` files under ``resources/locale/<lang>/LC_MESSAGES/diaspora_desk.mo``;
until one exists for the chosen language, text stays in English.
"""

from __future__ import annotations

import gettext as _gettext

from diaspora_desk.domain.errors import Message
from diaspora_desk.paths import RESOURCES_DIR

DOMAIN = "diaspora_desk"
LOCALE_DIR = RESOURCES_DIR / "locale"

_translation: _gettext.NullTranslations = _gettext.NullTranslations()


def set_language(language: str | None) -> None:
    """Switch report language (e.g. "fr", "es"); unknown languages fall back to English."""
    global _translation
    languages = [language] if language else None
    _translation = _gettext.translation(DOMAIN, LOCALE_DIR, languages=languages, fallback=True)


def gettext(message: str) -> str:
    """Translate ``message`` into the current report language."""
    return _translation.gettext(message)


def render(text: str) -> str:
    """``text`` in the current language: a :class:`Message` through its template, else as is."""
    if not isinstance(text, Message):
        return text
    params = {k: render(v) if isinstance(v, Message) else v for k, v in text.params.items()}
    return gettext(text.template).format(**params)


_ = gettext
