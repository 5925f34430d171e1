"""The award fact (contract § awards) and the merge that keeps one fact per (award, grade, recipient)."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from .recipients import is_generic


@dataclass(frozen=True)
class Award:
    award: str
    grade: str | None
    recipient: str | None
    level: str | None
    date: str | None
    evidence: str
    span: tuple[int, int]

    def to_contract(self) -> dict:
        return {"award": self.award, "grade": self.grade, "recipient": self.recipient, "level": self.level,
                "date": self.date, "evidence": self.evidence, "span": list(self.span)}


_PROVINCE_OR_QUOTE = re.compile(r"浙江|[“”\"]")
_BATCH_OR_LIST = re.compile(r"^第[一二三四五六七八九十\d]+批|名单$")


@lru_cache(maxsize=4096)
def _key(award: str) -> str:
    """浙江省级创新基地 and 省级创新基地 name the same award."""
    # 第二批全省…创建对象名单 and 全省…创建对象名单: one list, its batch and the word 名单 written or not
    return _BATCH_OR_LIST.sub("", _PROVINCE_OR_QUOTE.sub("", award))


# 株洲经济开发区 (the body) and 株洲经开区 (the headline): one zone, its kind written out or shortened
_ZONE_WRITTEN_OUT = ((re.compile(r"经济技术开发区$|经济开发区$"), "经开区"), (re.compile(r"高新技术产业开发区$|高新技术开发区$"), "高新区"))


def _zone_short(name: str) -> str:
    for written_out, short in _ZONE_WRITTEN_OUT:
        name = written_out.sub(short, name)
    return name


def _same_place(a: str, b: str) -> bool:
    """丰溪 (a headline) and 丰溪县 (the body): one place, its suffix written once; 株洲经开区 and 株洲经济开发区."""
    if a != b and _zone_short(a) == _zone_short(b):
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 2 and long[-1] in "县市区镇乡村" and long.startswith(short)


def merge_awards(awards: list[Award]) -> list[Award]:
    """One fact per (award, grade, recipient); a generic recipient (丽水经开区企业) gives way to a
    named one for the same award and grade."""
    merged: list[Award] = []
    for a in awards:
        if not a.recipient:
            continue
        same = [b for b in merged if _key(b.award) == _key(a.award) and b.grade == a.grade]
        held = next((b for b in same if b.recipient == a.recipient or len(a.recipient) >= 4 and len(b.recipient) >= 4
                     and (a.recipient.endswith(b.recipient) or b.recipient.endswith(a.recipient))
                     or _same_place(a.recipient, b.recipient)), None)
        if held:  # 晋城市城区山西焕星科技有限公司 and 山西焕星科技有限公司: one holder, its place written once
            if held.date is None and a.date:  # A等12个村入选 … 今年入选的12个村分别是：A、…: the later mention dates it
                merged[merged.index(held)] = dataclasses.replace(held, date=a.date)
            continue
        generic = next((b for b in same if is_generic(b.recipient)), None)
        if generic and not is_generic(a.recipient):
            date = a.date or generic.date
            if a.date and generic.date and generic.date.startswith(a.date):
                date = generic.date  # the group's 9月 dates the named winner of 2025年…大赛
            merged[merged.index(generic)] = Award(a.award, a.grade, a.recipient, a.level or generic.level,
                                                  date, generic.evidence, generic.span)
        elif is_generic(a.recipient) and same:
            continue
        else:
            merged.append(a)
    return merged
