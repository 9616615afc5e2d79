"""Validating one field of a draft: blank text is no value, a parser's ValueError is the field's error.

Validators collect every bad field in one ``errors`` dict (field name -> message) before raising
:class:`ValidationError`, so a form can show them all at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from diaspora_desk.domain.errors import message_of

T = TypeVar("T")


def parsed(errors: dict[str, str], field: str, text: str, parse: Callable[[str], T]) -> T | None:
    """``parse(text)``; None when ``text`` is blank or does not parse (then ``errors[field]`` says why)."""
    if not text.strip():
        return None
    try:
        return parse(text)
    except ValueError as exc:
        errors[field] = message_of(exc)
        return None


def parsed_all(
    errors: dict[str, str],
    field: str,
    texts: Iterable[str],
    parse: Callable[[str], T],
    same: Callable[[T], Hashable] = lambda value: value,
) -> tuple[T, ...]:
    """Each text that parses, once (values equal under ``same`` count once), in the given order."""
    values: dict[Hashable, T] = {}
    for text in texts:
        value = parsed(errors, field, text, parse)
        if value is not None:
            values.setdefault(same(value), value)
    return tuple(values.values())
