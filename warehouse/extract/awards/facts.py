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
_KINDS = re.compile(r"[（(][县市区、]{1,5}[）)]")
_BATCH_OR_LIST = re.compile(r"^第[一二三四五六七八九十\d]+批|名单$")


@lru_cache(maxsize=4096)
def _key(award: str) -> str:
    """浙江省级创新基地 and 省级创新基地 name the same award."""
    # 第二批全省…创建对象名单 and 全省…创建对象名单: one list, its batch and the word 名单 written or not
    # (2019年全国投资潜力百强县(市)名单 and 全国投资潜力百强县: one list, its bracketed kinds written or not)
    return _BATCH_OR_LIST.sub("", _KINDS.sub("", _PROVINCE_OR_QUOTE.sub("", award)))


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


class _Held:
    """The merged facts of one (award, grade), as indexes into the merged list, looked up by how a holder's name may
    be written again: whole; as the end of a longer name, or with a longer one ending on it (both of four characters
    or more); with its zone's kind written out or shortened; with a place suffix (县市区镇乡村) written once."""

    def __init__(self) -> None:
        self.members: list[int] = []
        self.generic: list[int] = []
        self._exact: dict[str, int] = {}
        self._ends: dict[str, int] = {}
        self._zones: dict[str, int] = {}

    def add(self, index: int, recipient: str) -> None:
        self.members.append(index)
        self._index(index, recipient)

    def _index(self, index: int, recipient: str) -> None:
        self._exact.setdefault(recipient, index)
        for i in range(len(recipient) - 3):  # every end of four characters or more, the whole name too
            self._ends.setdefault(recipient[i:], index)
        self._zones.setdefault(_zone_short(recipient), index)
        if is_generic(recipient):
            self.generic.append(index)

    def reindex(self, merged: list[Award]) -> None:
        """After a member's holder is renamed (a generic one gives way to a named one)."""
        self.generic, self._exact, self._ends, self._zones = [], {}, {}, {}
        for index in self.members:
            self._index(index, merged[index].recipient)

    def held(self, recipient: str) -> int | None:
        """The first member that names this holder, if any (the order of the merged list)."""
        found = [self._exact.get(recipient), self._zones.get(_zone_short(recipient))]
        if len(recipient) >= 4:
            found.append(self._ends.get(recipient))  # 山西焕星科技有限公司, held as 晋城市城区山西焕星科技有限公司
            found.extend(self._exact.get(recipient[i:]) for i in range(1, len(recipient) - 3))  # and the other way
        if len(recipient) >= 2:  # 丰溪, held as 丰溪县
            found.extend(self._exact.get(recipient + suffix) for suffix in _PLACE_SUFFIX)
        if len(recipient) >= 3 and recipient[-1] in _PLACE_SUFFIX:  # 丰溪县, held as 丰溪
            found.append(self._exact.get(recipient[:-1]))
        return min((i for i in found if i is not None), default=None)


_PLACE_SUFFIX = "县市区镇乡村"


def merge_awards(awards: list[Award]) -> list[Award]:
    """One fact per (award, grade, recipient); a generic recipient (丽水经开区企业) gives way to a
    named one for the same award and grade.

    (The facts merged are kept by (award, grade) and looked up by name: a roster of thousands merges in about the time
    it takes to read.)"""
    merged: list[Award] = []
    groups: dict[tuple[str, str | None], _Held] = {}
    for a in awards:
        if not a.recipient:
            continue
        group = groups.setdefault((_key(a.award), a.grade), _Held())
        at = group.held(a.recipient)
        if at is not None:  # 晋城市城区山西焕星科技有限公司 and 山西焕星科技有限公司: one holder, its place written once
            held = merged[at]
            if held.date is None and a.date:  # A等12个村入选 … 今年入选的12个村分别是：A、…: the later mention dates it
                merged[at] = dataclasses.replace(held, date=a.date)
            continue
        if group.generic and not is_generic(a.recipient):
            at = group.generic[0]
            generic = merged[at]
            date = a.date or generic.date
            if a.date and generic.date and generic.date.startswith(a.date):
                date = generic.date  # the group's 9月 dates the named winner of 2025年…大赛
            merged[at] = Award(a.award, a.grade, a.recipient, a.level or generic.level, date, generic.evidence,
                               generic.span)
            group.reindex(merged)
        elif is_generic(a.recipient) and group.members:
            continue
        else:
            group.add(len(merged), a.recipient)
            merged.append(a)
    return merged
