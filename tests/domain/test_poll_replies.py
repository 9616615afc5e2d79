"""The reply parser of text-message polls (property tests) and question validation."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.poll_replies import (
    OPT_OUT_WORDS,
    Answer,
    Question,
    ReplyKind,
    fold,
    is_opt_out,
    parse_reply,
    validate_questions,
)

YES_NO = Question("Coming?", (Answer("1", "Yes"), Answer("2", "No")))


TOPIC = Question(
    "Topic?", (Answer("1", "Remittances"), Answer("2", "Documents", ("papeles",)), Answer("3", "Return"))
)


def _accented(word: str, marks: list[str]) -> str:
    return "".join(c + (marks[i % len(marks)] if marks else "") for i, c in enumerate(word))


@given(
    word=st.sampled_from(["STOP", "ALTO", "BAJA", "ARRET", "UNSUBSCRIBE"]),
    upper=st.lists(st.booleans(), min_size=11, max_size=11),
    marks=st.lists(st.sampled_from(["", "\u0301", "\u0302", "\u0308"]), max_size=3),
    pad=st.sampled_from(["", " ", "  ", "\t", ".", "!"]),
)
def test_opt_out_words_ignore_case_accents_and_spacing(
    word: str, upper: list[bool], marks: list[str], pad: str
) -> None:
    cased = "".join(c.upper() if upper[i] else c.lower() for i, c in enumerate(word))
    text = pad + unicodedata.normalize("NFC", _accented(cased, marks)) + pad
    assert is_opt_out(text)
    assert parse_reply(text, (YES_NO,)).kind is ReplyKind.OPT_OUT


@given(st.text(max_size=60))
def test_any_text_parses_to_exactly_one_kind(text: str) -> None:
    parsed = parse_reply(text, (YES_NO, TOPIC))
    assert parsed.kind in ReplyKind
    if parsed.kind is ReplyKind.ANSWERED:
        assert len(parsed.answers) == 2
        assert parsed.answers[0] in (None, "1", "2")
        assert parsed.answers[1] in (None, "1", "2", "3")
    else:
        assert parsed.answers == ()


@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1", "1"),
        (" a ", "1"),
        ("yes", "1"),
        ("OUI", "1"),
        ("Sí", "1"),
        ("si.", "1"),
        ("2", "2"),
        ("B", "2"),
        ("non", "2"),
        ("No!", "2"),
    ],
)
def test_one_question_answers(text: str, code: str) -> None:
    assert parse_reply(text, (YES_NO,)).answers == (code,)


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("1 2", ("1", "2")),
        ("12", ("1", "2")),
        ("AB", ("1", "2")),
        ("yes, papeles", ("1", "2")),
        ("1A 2C", ("1", "3")),
        ("Q1=b q2=a", ("2", "1")),
        ("2:return", (None, "3")),
    ],
)
def test_several_questions(text: str, answers: tuple[str | None, ...]) -> None:
    parsed = parse_reply(text, (YES_NO, TOPIC))
    assert parsed.kind is ReplyKind.ANSWERED
    assert parsed.answers == answers


@pytest.mark.parametrize("text", ["", "maybe", "1 2 3", "3A", "1A 1B", "stopping by later"])
def test_unreadable_replies_go_to_review(text: str) -> None:
    assert parse_reply(text, (YES_NO, TOPIC)).kind is ReplyKind.UNPARSED


@pytest.mark.parametrize("text", ["Stop please", "BAJA.", "unsubscribe me", "Arrêt"])
def test_a_reply_starting_with_an_opt_out_word_opts_out(text: str) -> None:
    assert parse_reply(text, (YES_NO, TOPIC)).kind is ReplyKind.OPT_OUT


def test_opt_out_words_are_listed() -> None:
    assert {"stop", "alto", "baja", "arret", "unsubscribe"} <= OPT_OUT_WORDS


def test_question_validation() -> None:
    with pytest.raises(ValidationError):
        validate_questions((Question("Only one answer", (Answer("1", "Yes"),)),))
    (clean,) = validate_questions((Question(" Q ", (Answer("", "Yes"), Answer("", "No"))),))
    assert [a.code for a in clean.answers] == ["1", "2"]
