"""What a pattern finds in the words before a position, read from one scan of the whole text.

Several passes ask what stands before each figure of a sentence; scanning the prefix for every figure costs
the square of a long sentence's length. A match whose reading (lookahead included) ends well before `position`
is the same in the prefix as in the whole text, so those come from one cached scan of the text, and only the
last `reach` characters before `position` are read again, exactly as the prefix ends there.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from collections.abc import Callable

# keep(text, match, end) -> whether a match counts, reading the text no further than `end`
Keep = Callable[[str, re.Match, int], bool]

# what ends a clause (a comma, a semicolon, a colon, a full stop): one class for the readers that cut a sentence so
CLAUSE_BREAK = re.compile(r"[，,；;：:。]")


@lru_cache(maxsize=1024)
def _scan(pattern: re.Pattern, text: str, keep: Keep | None) -> tuple:
    found = list(pattern.finditer(text))
    kept = [m for m in found if keep is None or keep(text, m, len(text))]
    return [m.start() for m in found], [m.end() for m in found], kept, [m.start() for m in kept]


def matches_before(pattern: re.Pattern, text: str, position: int, reach: int, keep: Keep | None = None) -> list:
    """`[m for m in pattern.finditer(text, 0, position) if keep(text, m, position)]`.

    `reach` bounds how many characters from its start an attempt of `pattern` (and `keep`) reads; the pattern
    never matches the empty string."""
    cut = position - reach
    if cut <= 0:
        return [m for m in pattern.finditer(text, 0, position) if keep is None or keep(text, m, position)]
    starts, ends, kept, kept_starts = _scan(pattern, text, keep)
    i = bisect_left(starts, cut)
    resume = max(cut, ends[i - 1]) if i else cut  # where a scan of the prefix goes on after the matches before `cut`
    tail = [m for m in pattern.finditer(text, resume, position) if keep is None or keep(text, m, position)]
    return kept[: bisect_left(kept_starts, cut)] + tail


@lru_cache(maxsize=256)
def longest_run(chars: re.Pattern, text: str) -> int:
    """The longest run of `chars` (a pattern of one character class, repeated: [\\d十]+) in `text`."""
    return max((m.end() - m.start() for m in chars.finditer(text)), default=0)


@lru_cache(maxsize=256)
def _ends(breaks: re.Pattern, text: str) -> list[int]:
    return [m.end() for m in breaks.finditer(text)]


def break_ends(breaks: re.Pattern, text: str, end: int) -> list[int]:
    """`[m.end() for m in breaks.finditer(text, 0, end)]` for `breaks` a class of single characters."""
    ends = _ends(breaks, text)
    return ends[: bisect_right(ends, end)]


def last_break(breaks: re.Pattern, text: str, end: int) -> int:
    """`max(m.end() for m in breaks.finditer(text, 0, end))`, else 0, for `breaks` a class of single characters."""
    ends = _ends(breaks, text)
    i = bisect_right(ends, end)
    return ends[i - 1] if i else 0


def ends_at(pattern: re.Pattern, text: str, end: int, reach: int) -> re.Match | None:
    """`pattern.search(text, 0, end)` for a pattern that can only match ending at `end` (it closes on `$`) and whose
    match is at most `reach` characters long: only the last `reach` characters are searched. Searching from 0 for each
    of a sentence's names costs the square of a long sentence (a page of names with no full stop); the answer is the
    same, as no match of the pattern can start earlier (a lookbehind still reads before the window)."""
    return pattern.search(text, max(0, end - reach), end)
