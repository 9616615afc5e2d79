"""User-visible messages keep their English text and carry what a translation needs."""

from __future__ import annotations

import copy
import gettext
import pickle

import pytest

from diaspora_desk import i18n
from diaspora_desk.domain.errors import (
    KnownError,
    Message,
    ValidationError,
    joined,
    message_of,
    msg,
)
from diaspora_desk.domain.people import parse_cefr


def test_msg_is_the_english_text_and_keeps_template_and_params() -> None:
    text = msg("'{value}' is not a whole number", value="abc")
    assert text == "'abc' is not a whole number"
    assert isinstance(text, str)
    assert text.template == "'{value}' is not a whole number"
    assert text.params == {"value": "abc"}
    assert f"{text}!" == "'abc' is not a whole number!"


def test_msg_survives_copy_and_pickle() -> None:
    text = msg("{n} is not between {low} and {high}", n=9, low=1, high=5)
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert isinstance(again, Message)
        assert again == text
        assert again.template == text.template
        assert again.params == text.params


def test_a_message_survives_validation_error() -> None:
    text = msg("is longer than {n} characters", n=200)
    exc = ValidationError({"name": text})
    assert exc.errors["name"] is text
    assert str(exc) == "name: is longer than 200 characters"
    assert isinstance(message_of(exc), Message)


def test_validation_error_text_joins_every_field() -> None:
    exc = ValidationError({"a": msg("is required"), "b": msg("is wrong"), "c": "plain"})
    assert str(exc) == "a: is required; b: is wrong; c: plain"


def test_joined_of_nothing_or_one() -> None:
    assert joined([]) == ""
    one = msg("x")
    assert joined([one]) is one


def test_message_of_a_domain_parser_error_keeps_the_template() -> None:
    with pytest.raises(ValueError, match="is not a CEFR level") as info:
        parse_cefr("Z9")
    text = message_of(info.value)
    assert isinstance(text, Message)
    assert "{" in text.template
    assert message_of(KnownError("plain")) == "plain"


class _Marking(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"<{message}>"


def test_render_goes_through_the_gettext_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translation", _Marking())
    inner = msg("is longer than {n} characters", n=200)
    outer = msg("{field}: {message}", field="name", message=inner)
    assert i18n.render(outer) == "<name: <is longer than 200 characters>>"
    assert i18n.render("plain text") == "plain text"


def test_render_without_a_catalogue_is_english() -> None:
    assert i18n.render(ValidationError({"name": msg("is required")}).args[0]) == "name: is required"
