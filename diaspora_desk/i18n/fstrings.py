"""Translation calls written inside f-strings, which neither extractor sees on Python 3.11.

``f"{consulate} — {_('Visit report')}"`` and ``f"<b>{self.tr('Host')}</b>"`` are one string token
to babel's and lupdate's Python parsers, so their texts would never reach the catalogues (and would
print in English). :func:`calls_in_fstrings` finds the literal ones; ``scripts/translations`` adds
them to the gettext template and hands lupdate a generated file that names them.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterable
from pathlib import Path

LITERAL = r"(?P<q>['\"])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)"
GETTEXT_CALL = re.compile(r"(?<![\w.])(?:_|gettext)\(\s*" + LITERAL + r"\s*\)")
QT_CALL = re.compile(r"\btr\(\s*" + LITERAL + r"\s*[,)]")


def calls_in_fstrings(files: Iterable[Path], call: re.Pattern[str]) -> list[tuple[str, Path, int]]:
    """(text, file, line) of every ``call`` with a literal argument inside an f-string of ``files``."""
    found: list[tuple[str, Path, int]] = []
    for path in files:
        source = path.read_text("utf-8")
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
        except (tokenize.TokenError, SyntaxError):
            continue
        for token in tokens:
            prefix = token.string[: len(token.string) - len(token.string.lstrip("rRbBuUfF"))]
            if token.type != tokenize.STRING or "f" not in prefix.lower():
                continue
            for match in call.finditer(token.string):
                quote = match.group("q")
                text = ast.literal_eval(quote + match.group("text") + quote)
                found.append((str(text), path, token.start[0]))
    return found


def qt_stub(calls: Iterable[tuple[str, Path, int]]) -> str:
    """Python that lupdate reads: one ``translate`` per text (context "FStrings"; at run time the
    empty-context copy made at build time answers whatever the caller's context)."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for text in sorted({text for text, _path, _line in calls}):
        lines.append(f"QCoreApplication.translate('FStrings', {text!r})")
    return "\n".join(lines) + "\n"
