"""The award fact (contract § awards) and the merge that keeps one fact per (award, grade, recipient)."""
from __future__ import annotations

import dataclasses
import datetime as dt
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
_KINDS = re.compile(r"[（(](?:[县市区乡镇城州、]|单位){1,6}[）)]")  # (县、市、区) / (县城) / (单位): the kinds of holder
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


# 成都市双流区 / 双流区 (a roster's line under 成都市：): one place, written under its city or province or not
_CITY_LEAD = re.compile(r"^[\u4e00-\u9fa5]{2,7}?(?:省|市|州|盟|地区|自治区)$")
# a place named by its ending (双流区, 东岭镇, 青山旗, 南坪街道)
PLACE_NAME = re.compile(r"^[\u4e00-\u9fa5]{2,15}(?:区|县|市|镇|乡|村|旗|街道|社区)$")
# 北京市：朝阳区、海淀区: the city (or province) a roster line groups its holders under
_GROUP_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fa5]{2,7}?(?:省|市|州|盟|地区|自治区))[:：]")


def under_its_city(long: str, short: str) -> bool:
    """Whether `long` is the place `short` written after the city (or province) it lies in: 成都市双流区 / 双流区."""
    return len(long) > len(short) and long.endswith(short) and bool(PLACE_NAME.match(short) or _ONE_CHARACTER.fullmatch(short)) \
        and bool(_CITY_LEAD.match(long[: -len(short)]))


_ONE_CHARACTER = re.compile(r"[\u4e00-\u9fa5][县区旗]")  # 道县, 沛县, 矿区: a county named by one character


def city_lead(name: str) -> tuple[str, str] | None:
    """(the city, the place) of a place written after its city (成都市双流区 -> 成都市, 双流区; 义乌市上溪镇 -> 义乌市,
    上溪镇): the shortest city lead that leaves a place name of two characters or more before its ending."""
    for m in re.finditer(r"省|市|州|盟|地区|自治区", name[:9]):
        if under_its_city(name, name[m.end():]):
            return name[: m.end()], name[m.end():]
    return None


def same_holder(a: str, b: str) -> bool:
    """One holder written twice: whole, or once under its city (成都市双流区 and 双流区)."""
    return a == b or under_its_city(a, b) or under_its_city(b, a)


class _Held:
    """The merged facts of one (award, grade), as indexes into the merged list, looked up by how a holder's name may
    be written again: whole; as the end of a longer name, or with a longer one ending on it (both of four characters
    or more); with its zone's kind written out or shortened; with a place suffix (县市区镇乡村) written once; a place of
    three characters under its city (长春市朝阳区 / 朝阳区) only while the place names one city's: a bare 朝阳区 under
    北京市： is not 长春市朝阳区, and a bare 鼓楼区 after 南京市鼓楼区 and 福州市鼓楼区 is neither's."""

    def __init__(self) -> None:
        self.members: list[int] = []
        self.generic: list[int] = []
        self._exact: dict[str, int] = {}
        self._ends: dict[str, int] = {}
        self._zones: dict[str, int] = {}
        self._in_city: dict[str, int] = {}  # 朝阳区 -> the first member named 长春市朝阳区
        self._cities: dict[str, set[str]] = {}  # 朝阳区 -> the cities it was named under (长春市; 北京市, a bare one's label)

    def add(self, index: int, award: Award) -> None:
        self.members.append(index)
        self._index(index, award.recipient)
        self.seen(award)

    def seen(self, award: Award) -> None:
        """Note the city a place of three characters was named under (its lead, or the label of its roster line)."""
        city = _city_of(award)
        if city:
            self._cities.setdefault(city[1], set()).add(city[0])

    def _index(self, index: int, recipient: str) -> None:
        self._exact.setdefault(recipient, index)
        for i in range(len(recipient) - 3):  # every end of four characters or more, the whole name too
            self._ends.setdefault(recipient[i:], index)
        self._zones.setdefault(_zone_short(recipient), index)
        if len(recipient) > 5 and under_its_city(recipient, recipient[-3:]):
            self._in_city.setdefault(recipient[-3:], index)  # 成都市双流区: held as 双流区 too
        if len(recipient) > 4 and under_its_city(recipient, recipient[-2:]):
            self._in_city.setdefault(recipient[-2:], index)  # 永州市道县: held as 道县 too
        if is_generic(recipient):
            self.generic.append(index)

    def reindex(self, merged: list[Award]) -> None:
        """After a member's holder is renamed (a generic one gives way to a named one)."""
        self.generic, self._exact, self._ends, self._zones, self._in_city = [], {}, {}, {}, {}
        for index in self.members:
            self._index(index, merged[index].recipient)

    def held(self, award: Award) -> int | None:
        """The first member that names this holder, if any (the order of the merged list)."""
        recipient = award.recipient
        found = [self._exact.get(recipient), self._zones.get(_zone_short(recipient))]
        city = _city_of(award)
        if city:  # the cities this place was named under, none but its own
            one_city = self._cities.get(city[1], set()) <= {city[0]}
        else:  # a bare place with no label: named under one city at most
            one_city = len(self._cities.get(recipient, ())) <= 1
        if len(recipient) == 3 and one_city or _ONE_CHARACTER.fullmatch(recipient):  # 双流区, held as 成都市双流区
            found.append(self._in_city.get(recipient))
        if len(recipient) > 5 and under_its_city(recipient, recipient[-3:]) and one_city:
            found.append(self._exact.get(recipient[-3:]))  # 成都市双流区, held as 双流区
        if len(recipient) > 4 and under_its_city(recipient, recipient[-2:]):
            found.append(self._exact.get(recipient[-2:]))  # 永州市道县, held as 道县
        if len(recipient) >= 4:
            found.append(self._ends.get(recipient))  # 山西焕星科技有限公司, held as 晋城市城区山西焕星科技有限公司
            found.extend(self._exact.get(recipient[i:]) for i in range(1, len(recipient) - 3))  # and the other way
        if len(recipient) >= 2:  # 丰溪, held as 丰溪县 (or as 丰溪县城, the county's seat)
            found.extend(self._exact.get(recipient + suffix) for suffix in (*_PLACE_SUFFIX, "县城"))
        if len(recipient) >= 3 and recipient[-1] in _PLACE_SUFFIX:  # 丰溪县, held as 丰溪
            found.append(self._exact.get(recipient[:-1]))
        if len(recipient) >= 4 and recipient.endswith("县城"):  # 丰溪县城, held as 丰溪
            found.append(self._exact.get(recipient[:-2]))
        return min((i for i in found if i is not None), default=None)


def _city_of(award: Award) -> tuple[str, str] | None:
    """(city, place) for a place of three characters named under a city: written after it (长春市朝阳区), or on a roster
    line labelled by it (北京市：朝阳区、海淀区)."""
    recipient = award.recipient or ""
    if len(recipient) == 3 and PLACE_NAME.match(recipient):
        label = _GROUP_LABEL.match(award.evidence)
        return (label.group("label"), recipient) if label else None
    if len(recipient) > 5 and under_its_city(recipient, recipient[-3:]):
        return recipient[:-3], recipient[-3:]
    return None


_PLACE_SUFFIX = "县市区镇乡村"


def merge_awards(awards: list[Award], published: dt.date | None = None) -> list[Award]:
    """One fact per (award, grade, recipient); a generic recipient (丽水经开区企业) gives way to a
    named one for the same award and grade.

    (The facts merged are kept by (award, grade) and looked up by name: a roster of thousands merges in about the time
    it takes to read.)"""
    merged: list[Award] = []
    groups: dict[tuple[str, str | None], _Held] = {}
    for a in awards:
        if not a.recipient or _other_kind(a):
            continue
        group = groups.setdefault((_key(a.award), a.grade), _Held())
        at = group.held(a)
        if at is not None:  # 晋城市城区山西焕星科技有限公司 and 山西焕星科技有限公司: one holder, its place written once
            group.seen(a)
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
            group.add(len(merged), a)
            merged.append(a)
    return _one_of_its_kinds(_placed_again(_restated(merged, published)))


_PLACE_GRADE = re.compile(r"^第[\d一二三四五六七八九十]+位$")


def _placed_again(merged: list[Award]) -> list[Award]:
    """A selection's member named with its place in the result (中国最具幸福感城市, 第1位 → 温州) and, elsewhere (a
    headline: 温州蝉联“中国最具幸福感城市”), without it: one honour, the placed fact kept."""
    placed = [a for a in merged if a.grade and _PLACE_GRADE.match(a.grade)]
    if not placed:
        return merged
    return [a for a in merged if a.grade or not any(p.award == a.award and (not a.date or not p.date or a.date[:4] == p.date[:4])
                                                    and (same_holder(p.recipient, a.recipient)
                                                                            or _same_place(p.recipient, a.recipient))
                                                    for p in placed)]


# 全国民族团结进步示范州（市）: a title with the other kind of holder it goes to in brackets
_EITHER_KIND = re.compile(r"^(?P<stem>.{2,40}?)(?P<kind>[州市县区镇乡村])[（(](?P<other>[州市县区镇乡村])[）)]$")


def _one_of_its_kinds(merged: list[Award]) -> list[Award]:
    """A roster's 示范州（市） for a holder the text also names 示范市 (or 示范州): one honour, named for its kind."""
    held: dict[str, set[str]] = {}
    for a in merged:
        held.setdefault(a.recipient, set()).add(a.award)
    kept = []
    for a in merged:
        m = _EITHER_KIND.match(a.award)
        if m and held[a.recipient] & {m.group("stem") + m.group("kind"), m.group("stem") + m.group("other")}:
            continue
        kept.append(a)
    return kept


# 国家卫生城市 and 国家卫生县城: titles of a city and of a county's seat, each held by its kind of place only
_CITY_TITLE = re.compile(r"城市(?:[（(][^）)]*[）)])?(?:名单|榜单)?$")
_SEAT_TITLE = re.compile(r"县城(?:[（(][^）)]*[）)])?(?:名单|榜单)?$")


def _other_kind(a: Award) -> bool:
    """A county seat (…县城) or a town given a city's title, or a city given a county seat's: a headline that lumps the
    kinds together (山西6地上榜国家卫生城市名单 over three cities and three county seats), not the title each holds."""
    holder = re.sub(r"[（(][^）)]*[）)]$", "", a.recipient)
    return bool(_CITY_TITLE.search(a.award) and re.search(r"(?:县城|镇|乡|村)$", holder)
                or _SEAT_TITLE.search(a.award) and re.search(r"[市区]$", holder))


_QUOTES = re.compile(r"[“”\"]")


def _holder_key(recipient: str) -> tuple[str, str]:
    """(key, place suffix): 义乌市上溪镇, 上溪镇 and 上溪 (a headline's short form) share the key 上溪, the city before and
    the place suffix set aside; the suffix (镇, or '' for the short form) tells 东山镇 from 东山村."""
    placed = city_lead(recipient)
    key = placed[1] if placed else recipient
    return (key[:-1], key[-1]) if len(key) >= 3 and key[-1] in _PLACE_SUFFIX else (key, "")


def _restated(merged: list[Award], published: dt.date | None) -> list[Award]:
    """One fact for an honour a notice names twice for one holder, once in full and once by the end of its name (a
    headline's 全国文明城市 over the list's 第七届全国文明城市; 省级样板 over 浙江美丽城镇省级样板): the name both namings
    share, the fuller holder, the date either gives, the first naming's evidence. An honour dated in an earlier year than
    the notice is another award of the title (首次荣获第四届全国文明城市 in 2015, 蝉联 in the notice of 2017). One holder:
    one key, and the same place suffix or none (a town and its seat village, 东山镇 and 东山村, are two).

    (The namings of one holder and grade are looked up by the ends of their names: a holder named thousands of times
    merges in about the time it takes to read.)"""
    names = [_QUOTES.sub("", a.award) for a in merged]
    holders = [_holder_key(a.recipient) for a in merged]
    groups: dict[tuple[str, str | None], list[int]] = {}
    for i, a in enumerate(merged):
        groups.setdefault((holders[i][0], a.grade), []).append(i)
    gone: set[int] = set()
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        ending: dict[str, list[int]] = {}  # an end of four characters or more -> the members whose longer names end on it
        for j in indexes:
            for k in range(1, len(names[j]) - 3):
                ending.setdefault(names[j][k:], []).append(j)
        for i in indexes:
            for j in ending.get(names[i], ()):
                if i in gone:
                    break
                if j == i or j in gone:
                    continue
                short, full = merged[i], merged[j]
                name, longer = names[i], names[j]
                if name == longer or not longer.endswith(name) or not _one_kind(holders[i][1], holders[j][1]) \
                        or _earlier_year(short.date, published) or _earlier_year(full.date, published) \
                        or short.date and full.date and short.date != full.date:
                    continue
                first, second = (i, j) if i < j else (j, i)
                recipient = max(short.recipient, full.recipient, key=len)
                kept = merged[first]
                merged[first] = Award(short.award, short.grade, recipient, full.level or short.level, full.date or short.date,
                                      kept.evidence, kept.span)
                names[first], holders[first] = name, _holder_key(recipient)
                gone.add(second)
    return [a for k, a in enumerate(merged) if k not in gone]


def _one_kind(suffix: str, other: str) -> bool:
    """东山镇 and 东山 (a headline's short form): one place; 东山镇 and 东山村: two."""
    return suffix == other or not suffix or not other


def _earlier_year(date: str | None, published: dt.date | None) -> bool:
    return bool(date and published and int(date[:4]) < published.year)
