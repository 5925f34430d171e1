"""Worst cases: texts built to make a reader scan again what it has read (thousands of list items, figures, dated
milestones or grades in one sentence or one notice). Each is read at a quarter of its size and at full size, in this
process; the baseline is the quarter's time times four, so the ratio is 1 when the cost grows linearly and 4 when it
grows with the square. These used to be timed assertions in tests/extract; the tests keep what is found, the timing
lives here."""
from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable

from tests.benchmarks.figures import Figure

FEBRUARY, MARCH = dt.date(2024, 2, 1), dt.date(2024, 3, 1)


def _syllable_name(i: int) -> str:
    syllables = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    word = ""
    while True:
        word += syllables[i % len(syllables)]
        i //= len(syllables)
        if not i:
            return word


def kinds_list(n: int) -> str:
    """A signing's kinds of projects, n of them in one list: no project is named."""
    return "本次签约项目分" + "、".join(f"{_syllable_name(i)}产业园项目" for i in range(n)) + "等十大类。"


def figures_without_yuan(n: int) -> str:
    return "今年，力争" + "、".join(f"第{i}项投资{i % 9 + 1}亿" for i in range(n)) + "。"


def shares_as_fractions(n: int) -> str:
    return "今年，力争" + "，".join(f"产业{i}占全市{i % 7 + 1}/9" for i in range(n)) + "。"


def a_years_results(n: int) -> str:
    return "2024年，全年完成" + "、".join(f"第{i}项投资{i % 9 + 1}亿元" for i in range(n)) + "。"


def milestones(n: int) -> str:
    return "确保开工率一季度达到40%" + "、上半年达到75%" * n + "。"


def grade_lines(n: int) -> str:
    return "\n".join(f"第{i}届东岭市摄影艺术奖评选揭晓，授予《作品{i}》等3件作品金奖。" for i in range(n))


def one_holder(n: int) -> str:
    return "\n".join(f"北坡科技有限公司获评{'全国' if i % 2 else ''}第{i}类示范企业。" for i in range(n))


def dated_items(n: int) -> str:
    """One sentence of n dated milestones, each with its month and year (the long-sentence date indexes)."""
    return "；".join(f"{2020 + i % 6}年{i % 12 + 1}月完成第{i}项工程{i % 9 + 1}亿元" for i in range(n)) + "。"


def _extract(text: str, published: dt.date = FEBRUARY):
    from warehouse.extract import extract_document
    return extract_document(text, published=published)


def _names(text: str, published: dt.date | None = None):
    from warehouse.extract.projects.names import names_in
    return names_in(text)


def restated_awards(n: int) -> list:
    """n titles of one holder, every other one restated without its 全国: n facts once merged."""
    from warehouse.extract.awards.facts import Award
    return [Award(f"{'全国' if i % 2 else ''}第{i}类示范企业", None, "北坡科技有限公司", None, None, "", (i, i + 1))
            for i in range(n)] + [Award(f"第{i}类示范企业", None, "北坡科技有限公司", None, None, "", (i, i + 1))
                                  for i in range(1, n, 2)]


def _merge(facts: list, published: dt.date | None = None):
    from warehouse.extract.awards.facts import merge_awards
    return merge_awards(facts)


# name, full size, what is built of n, what reads it, the notice's date
CASES: list[tuple[str, int, Callable[[int], object], Callable[..., object], dt.date]] = [
    ("kinds list (project names)", 1500, kinds_list, _names, FEBRUARY),
    ("figures without 元 (targets)", 3000, figures_without_yuan, _extract, FEBRUARY),
    ("shares as fractions (targets)", 3000, shares_as_fractions, _extract, FEBRUARY),
    ("a year's results (outcomes)", 3000, a_years_results, _extract, FEBRUARY),
    ("a series of milestones", 1500, milestones, _extract, MARCH),
    ("dated items in one sentence", 1500, dated_items, _extract, MARCH),
    ("a bare grade on every line (awards)", 1500, grade_lines, _extract, FEBRUARY),
    ("one holder, many titles (awards)", 2000, one_holder, _extract, FEBRUARY),
    ("restated titles merged (awards)", 8000, restated_awards, _merge, FEBRUARY),
]


def _seconds(work: Callable[[], object], tries: int) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def figures(quick: bool) -> list[Figure]:
    _extract("本次签约项目3个，总投资12亿元。", FEBRUARY)  # imports and lazy tables, outside every timing
    out = []
    for name, n, build, read, published in CASES:
        n = n // 4 if quick else n
        quarter = _seconds(functools.partial(read, build(n // 4), published), 3)
        full = _seconds(functools.partial(read, build(n), published), 1 if n >= 1000 else 3)
        out.append(Figure("worst cases", f"{name}, {n:,} items", full, "s", 4 * quarter,
                          f"4 x the time of {n // 4:,} items", "<=", 2.0,
                          note=f"{n // 4:,} items {quarter:.3f} s, {n:,} items {full:.3f} s; ratio 1 is linear, "
                               f"4 is quadratic"))
    return out


if __name__ == "__main__":
    from tests.benchmarks.figures import table
    print(table(figures(quick=False)))
