"""Sentences and clauses with their character spans in the body.

A sentence ends at 。！？； (or ASCII !?;) or a line break, except inside quotes or book-title
marks: “……。……” stays one sentence. Evidence is the sentence as written, trimmed of spaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TERMINATORS = set("。！？；!?;﹔﹖﹗")
_OPENERS = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’", "（": "）", "(": ")"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_MAX_QUOTE = 300  # an unclosed quote stops protecting after this many characters
_CLAUSE_SPECIAL = re.compile("[，,：:" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")
_SPECIAL = re.compile("[" + re.escape("".join(_TERMINATORS) + "".join(_OPENERS) + "".join(_CLOSERS)) + "\n]")
_SPACE = " \t\u3000\xa0\r"


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    line: int  # index of the source line (paragraph) it belongs to


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset in the body
    end: int


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start] in _SPACE or body[start] == "\n"):
        start += 1
    while end > start and (body[end - 1] in _SPACE or body[end - 1] == "\n"):
        end -= 1
    return start, end


def split_sentences(body: str) -> list[Sentence]:
    """Split `body` into sentences with [start, end) spans."""
    sentences: list[Sentence] = []
    line = 0
    start = 0
    stack: list[tuple[str, int]] = []

    def cut(end: int) -> None:
        s, e = _trimmed(body, start, end)
        if e > s:
            sentences.append(Sentence(body[s:e], s, e, line))

    skip_to = 0
    for special in _SPECIAL.finditer(body):  # only the characters that can open, close or end something
        i, ch = special.start(), special.group(0)
        if i < skip_to:
            continue
        if stack and i - stack[-1][1] > _MAX_QUOTE:
            stack.clear()
        if ch == "\n":
            cut(i)
            start, line = i + 1, line + 1
            stack.clear()
        elif ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            while stack and stack[-1][0] != _CLOSERS[ch]:
                stack.pop()
            if stack:
                stack.pop()
        elif ch in _TERMINATORS and not stack:
            cut(i + 1)
            start = i + 1
        elif ch in _TERMINATORS and body[i + 1: i + 1 + len(stack)] == "".join(_OPENERS[o] for o, _ in reversed(stack)):
            end = i + 1 + len(stack)  # 。” closes the quote and the sentence together
            cut(end)
            start = end
            skip_to = end
            stack.clear()
    cut(len(body))
    return sentences


def split_clauses(sentence: Sentence) -> list[Clause]:
    """Split a sentence at commas and colons (outside quotes) into clauses with body spans."""
    return list(_split_clauses(sentence))


@lru_cache(maxsize=2048)
def _split_clauses(sentence: Sentence) -> tuple[Clause, ...]:
    clauses: list[Clause] = []
    depth = 0
    start = 0
    text = sentence.text
    inner = text.rstrip("。！？；!?;")
    # a sentence quoted as a whole (“去年,我市…。”): its commas still separate clauses
    outer = bool(inner) and inner[0] in _OPENERS and text.rstrip()[-1] == _OPENERS[inner[0]] \
        and inner.count(inner[0]) == 1
    last = len(text.rstrip()) - 1
    for special in _CLAUSE_SPECIAL.finditer(text):
        i, ch = special.start(), special.group(0)
        if outer and (i == 0 or i == last):
            continue
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0:
            if i > start:
                clauses.append(Clause(text[start:i], sentence.start + start, sentence.start + i))
            start = i + 1
    if start < len(text):
        clauses.append(Clause(text[start:], sentence.start + start, sentence.end))
    return tuple(clauses)
