"""Text-message polls: questions with coded answers, and the tolerant reading of a reply.

A reply is folded (case, accents, punctuation and spacing ignored) and read as:
- an opt-out word alone (STOP, ALTO, BAJA, ARRET, UNSUBSCRIBE...): the person withdraws;
- for a one-question poll, one answer: its code ("1"), its letter ("A" for the first), its
  label ("yes"), a keyword, or a yes/no word in the languages of the sources (sí, oui, ja...);
- for several questions, one answer per question in order ("1 2", "A B", "yes no") or tagged
  with the question number ("1A 2B", "Q1=A Q2=B", "1:yes 2:no").
Anything else is unparsed and goes to the review queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.text import clean_text
from diaspora_desk.domain.text import fold as fold_text

OPT_OUT_WORDS = frozenset(
    {
        "stop",
        "stopall",
        "alto",
        "baja",
        "arret",
        "arrete",
        "unsubscribe",
        "cancel",
        "end",
        "quit",
        "desuscribir",
        "desinscription",
    }
)
YES_WORDS = frozenset({"yes", "y", "yeah", "si", "oui", "ja", "sim", "da", "evet", "ok"})
NO_WORDS = frozenset({"no", "n", "non", "nein", "nao", "nope", "hayir"})
MAX_ANSWERS = 26
MAX_QUESTIONS = 9


class ReplyKind(StrEnum):
    ANSWERED = "answered"
    OPT_OUT = "opt_out"
    UNPARSED = "unparsed"


@dataclass(frozen=True, slots=True)
class Answer:
    code: str
    label: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    answers: tuple[Answer, ...]
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ParsedReply:
    kind: ReplyKind
    answers: tuple[str | None, ...] = ()
    """Per question (in order) the answer code, or None when the reply left it out."""


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned to spaces, spaces collapsed."""
    return " ".join(re.sub(r"[^\w]+", " ", fold_text(text)).replace("_", " ").split())


def is_opt_out(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and (
        " ".join(words) in OPT_OUT_WORDS or "".join(words) in OPT_OUT_WORDS or words[0] in OPT_OUT_WORDS
    )


def validate_questions(questions: tuple[Question, ...]) -> tuple[Question, ...]:
    """Questions with clean text and answers whose codes, labels and keywords are unambiguous."""
    errors: dict[str, str] = {}
    if len(questions) > MAX_QUESTIONS:
        errors["questions"] = msg("a text-message poll has at most {limit} questions", limit=MAX_QUESTIONS)
    clean: list[Question] = []
    for number, question in enumerate(questions, start=1):
        text = clean_text(question.text)
        key = f"question {number}"
        if not text:
            errors[key] = msg("the question has no text")
        if not 2 <= len(question.answers) <= MAX_ANSWERS:
            errors[key] = msg("a question needs 2 to {limit} answers", limit=MAX_ANSWERS)
        answers = tuple(
            Answer(
                clean_text(a.code) or str(i),
                clean_text(a.label),
                tuple(k for k in (fold(k) for k in a.keywords) if k),
            )
            for i, a in enumerate(question.answers, start=1)
        )
        seen: dict[str, str] = {}
        for answer in answers:
            for word in _words_of(answer, answers.index(answer)):
                if seen.setdefault(word, answer.code) != answer.code:
                    errors[key] = msg(
                        "'{word}' would mean two answers ({first} and {second})",
                        word=word,
                        first=seen[word],
                        second=answer.code,
                    )
        clean.append(Question(text, answers, question.id))
    if errors:
        raise ValidationError(errors)
    return tuple(clean)


def _words_of(answer: Answer, index: int) -> list[str]:
    words = [fold(answer.code), fold(answer.label), *answer.keywords]
    if index < MAX_ANSWERS:
        words.append(chr(ord("a") + index))
    label = fold(answer.label)
    if label in YES_WORDS:
        words += sorted(YES_WORDS)
    elif label in NO_WORDS:
        words += sorted(NO_WORDS)
    return [w for w in dict.fromkeys(words) if w]


def _vocabulary(question: Question) -> dict[str, str]:
    """Folded word -> answer code; codes first, so "1" is the code 1 before anything else."""
    vocabulary: dict[str, str] = {}
    for answer in question.answers:
        vocabulary.setdefault(fold(answer.code), answer.code)
    for index, answer in enumerate(question.answers):
        for word in _words_of(answer, index):
            vocabulary.setdefault(word, answer.code)
    return vocabulary


_TAGGED = re.compile(r"^(?:q|p)?\s*(\d)\s*[=:.)-]?\s*(.+)$")


def parse_reply(text: str, questions: tuple[Question, ...]) -> ParsedReply:
    """Read a reply against the poll's questions (see the module docstring)."""
    return ReplyParser(questions)(text)


class ReplyParser:
    """`parse_reply` for many replies to one poll: the answers' words are folded once, and a
    text seen before (gateways' files repeat "1", "yes", "STOP" thousands of times) is not read
    again."""

    def __init__(self, questions: tuple[Question, ...]) -> None:
        self._questions = questions
        self._vocabularies = [_vocabulary(q) for q in questions]
        self._seen: dict[str, ParsedReply] = {}

    def __call__(self, text: str) -> ParsedReply:
        parsed = self._seen.get(text)
        if parsed is None:
            parsed = self._parse(text)
            if len(self._seen) < 100_000:
                self._seen[text] = parsed
        return parsed

    def _parse(self, text: str) -> ParsedReply:
        if is_opt_out(text):
            return ParsedReply(ReplyKind.OPT_OUT)
        if not self._questions:
            return ParsedReply(ReplyKind.UNPARSED)
        folded = fold(text)
        if len(self._questions) == 1:
            vocabulary = self._vocabularies[0]
            code = vocabulary.get(folded) or vocabulary.get(folded.replace(" ", ""))
            return ParsedReply(ReplyKind.ANSWERED, (code,)) if code else ParsedReply(ReplyKind.UNPARSED)
        return _parse_several(text, self._vocabularies)


def _parse_several(text: str, vocabularies: list[dict[str, str]]) -> ParsedReply:
    words = [w for w in (fold(p) for p in re.split(r"[,;/\n]+|\s+", text.strip())) if w]
    if len(words) == 1 and len(words[0]) == len(vocabularies) and (words[0].isdigit() or words[0].isalpha()):
        words = list(words[0])  # "AB" or "12": one character per question
    positional = _positional(words, vocabularies)
    if positional is not None:
        return positional
    answers: list[str | None] = [None] * len(vocabularies)
    for word in words:
        match = _TAGGED.match(word.replace(" ", ""))
        if match is None or not 1 <= int(match.group(1)) <= len(vocabularies):
            return ParsedReply(ReplyKind.UNPARSED)
        number = int(match.group(1)) - 1
        code = vocabularies[number].get(match.group(2))
        if code is None or answers[number] not in (None, code):
            return ParsedReply(ReplyKind.UNPARSED)
        answers[number] = code
    if not words:
        return ParsedReply(ReplyKind.UNPARSED)
    return ParsedReply(ReplyKind.ANSWERED, tuple(answers))


def _positional(words: list[str], vocabularies: list[dict[str, str]]) -> ParsedReply | None:
    """One answer per question in order, or None when the words are not that."""
    if len(words) != len(vocabularies):
        return None
    codes = [vocabulary.get(word) for vocabulary, word in zip(vocabularies, words, strict=True)]
    if any(code is None for code in codes):
        return None
    return ParsedReply(ReplyKind.ANSWERED, tuple(codes))
