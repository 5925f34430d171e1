"""Traditional-character reprints: extract on a simplified copy, report the original text.

OpenCC `t2s` maps character for character on these texts, so offsets in the simplified copy are offsets in
the original. Evidence, spans and every string a fact takes from the text (names, indicators, recipients)
are put back in the original characters (docs/contract-conventions.md, traditional characters)."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

# A few characters are enough to tell a traditional text; checking them first keeps simplified texts cheap.
_TRADITIONAL_HINTS = frozenset("們個這來時國會對發經產業區縣與為們開區報總額實現點億萬統質幣糧農術獎書號團際區長")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


_HINTS = re.compile("[" + "".join(sorted(_TRADITIONAL_HINTS)) + "]")


def looks_traditional(text: str) -> bool:
    """Three occurrences of a hint character in the first 5,000 characters."""
    return sum(1 for _ in zip(range(3), _HINTS.finditer(text, 0, 5000))) >= 3


def to_simplified(text: str) -> str:
    """The simplified copy, same length as the text (character by character where a phrase would not be)."""
    if not looks_traditional(text):
        return text
    converter = _converter()
    out = converter.convert(text)
    if len(out) != len(text):
        out = "".join(converter.convert(ch) if len(converter.convert(ch)) == 1 else ch for ch in text)
    return out


# 工業(yè)旅遊 / 建設(shè)項(xiàng)目: a reprint's pinyin gloss after a character. It breaks every word it sits in, so a reader
# reads a sentence without its glosses and gives back what it names as written, glosses and all
# (文明城市(wénmíngchéngshì) / 评选(píngxuǎn): a word glossed as a whole, its syllables run together)
GLOSS = re.compile(r"[（(](?:[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,4}){1,4} ?[）)]")


def unglossed(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The text without its glosses and, for each character kept, its offset in the text; None without glosses."""
    if "(" not in text and "（" not in text:
        return None
    kept: list[int] = []
    last = 0
    for m in GLOSS.finditer(text):
        kept.extend(range(last, m.start()))
        last = m.end()
    if not last:
        return None
    kept.extend(range(last, len(text)))
    return "".join(text[i] for i in kept), tuple(kept)


def restore(fact, simplified: str, original: str):
    """The fact with its evidence and text fields in the original characters (same offsets)."""
    start, end = fact.span
    changes = {"evidence": original[start:end]}
    window_s, window_o = simplified[start:end], original[start:end]
    for f in dataclasses.fields(fact):
        value = getattr(fact, f.name)
        if f.name in ("evidence", "span"):
            continue
        if isinstance(value, str):
            changes[f.name] = _back(value, window_s, window_o, simplified, original)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            changes[f.name] = [_back(v, window_s, window_o, simplified, original) for v in value]
    return dataclasses.replace(fact, **changes)


def _back(value: str, window_s: str, window_o: str, simplified: str, original: str) -> str:
    if not value:
        return value
    at = window_s.find(value)
    if at >= 0:
        return window_o[at:at + len(value)]
    at = simplified.find(value)
    if at >= 0:
        return original[at:at + len(value)]
    # a name read without the glosses of a reprint (元荡堤防达标 in 元蕩堤防達(dá)標(biāo)): its characters as written,
    # its glosses left out
    plain = unglossed(window_s)
    at = plain[0].find(value) if plain else -1
    if at >= 0:
        return "".join(window_o[i] for i in plain[1][at:at + len(value)])
    return _pieced(value, window_s, window_o) or value


def _pieced(value: str, window_s: str, window_o: str) -> str | None:
    """A name put together from the evidence's words (百里画廊建设十强县、十快县 -> …建设十快县): each longest piece of
    it the evidence holds, as the evidence writes it there (a character may be written two ways in one sentence: 百里
    beside 心裡, so no character is mapped alone); None when a character is not in the evidence at all."""
    out: list[str] = []
    i = 0
    while i < len(value):
        j, at = i + 1, window_s.find(value[i])
        if at < 0:
            return None
        while j < len(value) and (longer := window_s.find(value[i:j + 1])) >= 0:
            j, at = j + 1, longer
        out.append(window_o[at:at + j - i])
        i = j
    return "".join(out)
