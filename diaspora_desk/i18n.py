"""The one translation function for text outside Qt (reports, CLI messages).

Text stays in English for now: no language can be chosen yet. When one can, its gettext catalogue
(``resources/locale/<lang>/LC_MESSAGES/diaspora_desk.mo``) replaces ``_translation`` here.
"""

from __future__ import annotations

import gettext as _gettext

from diaspora_desk.domain.errors import Message

_translation: _gettext.NullTranslations = _gettext.NullTranslations()


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
