"""The window's language: Qt's own strings, ours from ``.qm``, and the domain's from gettext.

Three sources answer ``tr()`` and ``QCoreApplication.translate``, in this order:

1. ``resources/i18n/diaspora_desk_<lang>.qm`` (from the ``.ts`` files ``pyside6-lupdate`` extracts
   from ``ui/``): the exact context first, then the empty context, where ``scripts/translations
   build`` also puts every message (so a module-level ``tr`` helper or an inherited ``self.tr``,
   whose run-time context is not the class lupdate saw, is still translated);
2. the gettext catalogue (``diaspora_desk.i18n``) for texts made outside ``ui/``: ``msg()``
   templates (context "messages"), code-list labels (``N_``), service titles;
3. Qt's own ``qtbase_<lang>.qm`` (standard buttons, file dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from diaspora_desk import i18n
from diaspora_desk.paths import RESOURCES_DIR


class CatalogueTranslator(QTranslator):
    """Our ``.qm`` by context, then by text alone, then the gettext catalogue."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.target = language
        self._qm = QTranslator()
        self.loaded = self._qm.load(str(RESOURCES_DIR / "i18n" / f"diaspora_desk_{language}.qm"))
        self._catalogue = i18n.catalogue(language)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None (a null QString: Qt then asks the next translator, and in the
        end shows the source text; an empty string would show as empty)."""
        found = self._qm.translate(context, source, disambiguation, n) or self._qm.translate(
            "", source, disambiguation, n
        )
        if found:
            return found
        translated = self._catalogue.gettext(source)
        return translated if translated != source else None


_installed: list[QTranslator] = []


def install_translators(language: str) -> bool:
    """Translate the application into ``language`` from now on (English: nothing to install).

    Returns whether our catalogue was found (False: the ``.qm`` files have not been built).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    ours = CatalogueTranslator(language)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    return ours.loaded
