"""Extraction never raises on real text, whatever the date it is given: no date (a page that shows none), a date in a
year's last month, a date years before the text. Each real text whole, its first half and its last two thirds (pages
are often cut). A notice whose extraction raised would lose all its facts."""
import datetime as dt
from pathlib import Path

import pytest

from warehouse.extract.core import extract_document

DATES = (None, dt.date(2024, 12, 15), dt.date(2019, 1, 1))


def _bodies(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    parts = raw.split("\n", 3)  # url, date, blank line, text
    body = parts[3] if len(parts) > 3 and parts[0].startswith("http") else raw
    return [body, body[: len(body) // 2], body[len(body) // 3:]]


def test_the_seed_and_every_shared_text_extract_without_raising(shared_dir):
    texts = sorted(shared_dir.glob("corpus*/[0-9]*.txt")) + sorted((shared_dir / "seed").glob("*.txt"))
    assert len(texts) >= 100
    failures = []
    for path in texts:
        for body in _bodies(path):
            for published in DATES:
                try:
                    extract_document(body, published=published)
                except Exception as exc:  # noqa: BLE001 - the test lists every failure
                    failures.append(f"{path.name} {published}: {type(exc).__name__}: {exc}")
    assert failures == []


@pytest.mark.parametrize("published", DATES)
def test_a_years_planned_spending_with_or_without_a_date(published):
    """The branch that once read an unset year when the notice had no date."""
    body = "今年全县重点项目年度计划投资20.4亿元，力争完成年度投资目标。"
    extract_document(body, published=published)


@pytest.mark.parametrize("published", DATES)
def test_a_name_and_money_list_whose_items_say_total_investment_is(published):
    """总投资为 in each item of a name-and-money list: once read with two patterns that did not agree, and raised."""
    body = "今年，我县开工建设青山智能装备产业园项目总投资为10亿元、绿谷物流园项目总投资为20亿元，进展顺利。"
    extract_document(body, published=published)
