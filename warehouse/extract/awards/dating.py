"""The date an award mention gives it: the event the text names before it, not a title's 年度 label."""
from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates

_BOOK_TITLE = re.compile(r"《[^》]*》")
# 福州新闻网11月27日讯 / 新华社北京3月5日电 / 央广网太原3月25日消息: the day the report was filed, page furniture, no
# date of the honour it reports (NOTES: page metadata is not used)
_DATELINE = re.compile(r"电(?!视|子|商|力|网|影|话|站|池|器|气)|讯|消息")

# 昨日，记者从省住建厅了解到，… / 4月29日，记者从省总工会获悉: the day the reporter learnt of it, no date of the honour
_REPORTER_LEARNT = re.compile(r"[，,]?\s*(?:本报|本台|本网)?记者[^，,。；;]{0,20}?(?:获悉|了解到|得知|获知)")


def day_of(text: str) -> str | None:
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat() if m else None
    except ValueError:
        return None  # 2023年2月30日: no such day


def event_date(text: str, published: dt.date | None) -> str | None:
    """The date an award is dated by in the text before it: the last date named, or an earlier one that
    says the same more precisely (12月10日，…公布2021年度…名单 -> 2021-12-10); a 年度 label only when no
    event date is named, and never a date inside a document title (《关于2024年度…的决定》)."""
    titles = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)]
    mentions = [d for d in find_dates(text, published)
                if d.value and not any(a <= d.start < b for a, b in titles) and not _DATELINE.match(text, d.end)
                and not _REPORTER_LEARNT.match(text, d.end)]
    events = [d for d in mentions if not text[d.start:d.end].endswith("度")]
    chosen = events or mentions
    if not chosen:
        return None
    best = chosen[-1].value
    for d in chosen[:-1]:
        if d.value.startswith(best) and len(d.value) > len(best):
            best = d.value
    return best
