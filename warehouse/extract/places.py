"""Place names: a gazetteer of Zhejiang's cities and counties (the notices this project reads)
plus zone words (经开区, 产业集聚区, 镇, 街道) and the places a notice itself names."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from warehouse.reference import common_word_short_names, prefecture_and_county_names, prefecture_names

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


# the three zone words a place name ends with most (丽水经开区, 莲都区开发区, 长春净月高新区)
ZONE_WORDS = "经开区|开发区|高新区"

_ZONE = re.compile(
    # (榆横工业区, 连江西北经济区, 漳州台商投资区: zones by other names)
    rf"[\u4e00-\u9fa5]{{2,10}}?(?:经济技术开发区|{ZONE_WORDS}|产业集聚区|集聚区|片区|新区|工业园区|园区|工业区|经济区|投资区"
    r"|街道|镇|乡)"
)
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


def place_in_name(name: str, document_places: set[str] = frozenset()) -> str | None:
    """The place a project name starts with or carries: 莲都纳爱斯… -> 莲都, 尤溪县西滨镇… -> 尤溪县西滨镇,
    528国道遂昌新路湾… -> 遂昌, 苍山产业集聚区二期… -> 苍山产业集聚区."""
    for start in range(len(name)):
        found = _place_run(name, start, document_places)
        if found:
            return found
    return None


def _place_run(text: str, start: int, document_places: set[str]) -> str | None:
    """The run of place tokens at `start`: a zone word only at the name's start or after a place."""
    end = start
    while True:
        zone = (_ZONE.match(text, end) or _BARE_ZONE.match(text, end) if end == 0 else _ZONE.match(text, end)) \
            if (start == 0 or end > start) else None  # 高新区星美锂电池项目: the notice's zone, named bare
        zone_token = zone.group(0) if zone and (_looks_like_place(zone.group(0)) if end == 0
                                                 else len(zone.group(0)) <= 6 and end > start) else None
        m = known_place_at(text, end)
        token = zone_token or (m.group(0) if m else next(
            (p for p in sorted(document_places, key=len, reverse=True) if text.startswith(p, end)), None))
        if not token:
            break
        end += len(token)
    return text[start:end] if end > start else None


def _looks_like_place(token: str) -> bool:
    return bool(re.match(r"^[\u4e00-\u9fa5]{2,4}(?:镇|乡|街道)$", token)
                or re.search(rf"{ZONE_WORDS}|集聚区|片区|新区|园区|工业区|经济区|投资区", token))


def document_places(body: str) -> set[str]:
    """Places the notice names with a county or city suffix (永安市 -> also 永安)."""
    found = set()
    for m in re.finditer(r"[\u4e00-\u9fa5]{2}(?:市(?![民场值政委级区长里内外容面貌])|县)(?=[\u4e00-\u9fa5])", body):
        if _NOT_A_NAME_END.search(m.group(0)[:2]):
            continue  # 深入县经开区: a verb before 县, not a place
        if m.group(0)[1:] in ("城市", "都市") and m.start() > 0 and not _NAME_BOUNDARY.match(body, m.start() - 1):
            continue  # 三垟城市湿地公园: the word 城市 inside a name (禹城市, 在禹城市: a place at a name's start)
        found.add(m.group(0))
        found.add(m.group(0)[:2])
    for m in re.finditer(r"(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]县(?=[\u4e00-\u9fa5])", body):
        if m.group(0) in ONE_CHARACTER_COUNTIES:
            found.add(m.group(0))  # 、容县新一代…产业园: a county of one character, after a break
    for m in re.finditer(r"[\u4e00-\u9fa5]{1,2}县区", body):
        found.add(m.group(0))
        found.add(m.group(0)[-3:])
    cities = gazetteer().cities | {c[:2] for c in gazetteer().cities}
    return {p for p in found if p not in cities and not re.search(r"全|我|本|该|各|的|市县|县市|城市|都市|超市", p)}


def sole_county(body: str) -> str | None:
    """The one county a notice is about, when it names exactly one (天台县); else None."""
    counties = {m.group(0) for m in _DOC_COUNTY.finditer(body) if not _NOT_A_NAME.search(m.group(0)[:2])
                and m.group(0)[:2] not in _NOT_A_COUNTY and not _NOT_A_NAME_END.search(m.group(0)[:2])}
    county = next(iter(counties)) if len(counties) == 1 else None
    return None if county is None or _paired(county, body) else county


_PAIR = re.compile(r"(?=([\u4e00-\u9fa5]{2}[市区县])、([\u4e00-\u9fa5]{2}[市区县]))")


def _paired(county: str, body: str) -> bool:
    """京山市、沙洋县先后有28个项目开工: the notice is about two places of a level, the other one a county-level city that
    the gazetteer does not know (so it was not counted against the county); not a prefecture (杭州市、淳安县)."""
    return "、" in body and any(
        county in m.groups() and any(p != county and p.endswith("市") and p not in gazetteer().cities for p in m.groups())
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
            if (start == 0 or _NAME_BOUNDARY.match(body, start - 1)) and not _NOT_A_PLACE_AFTER.match(body, p + 1) \
                    and (token in gazetteer().known or not _NOT_A_PLACE_END.search(token)):
                names.add(token)
                break
    names |= {m.group(0) for m in gazetteer().known_re.finditer(body)  # a county-level city (江山市)
              if m.group(0).endswith("市") and m.group(0) not in gazetteer().cities}
    # （以下简称：长合区）: a zone's short name, no county
    # (a pattern per name: only compiled when the notice says 简称 at all, so names do not crowd re's cache)
    if "简称" in body:
        names = {n for n in names if not re.search(rf"简称[:：“\"]*{re.escape(n)}", body)}
    speaks = Counter(m.group(1) for m in re.finditer(r"[全我本]([省县区市旗])", body))  # 全县, 我区: the notice's own place
    scores = sorted(((body.count(name[:-1] if len(name) > 2 else name) + (0 if name.endswith("市") else speaks[name[-1]]),
                      name) for name in names), reverse=True)
    if not scores or (len(scores) > 1 or scores[0][1].endswith("市")) and scores[0][0] < 2 \
            or len(scores) > 1 and scores[0][0] < 2 * scores[1][0]:
        return None
    score, name = scores[0]
    if any(n >= score for suffix, n in speaks.items() if suffix != name[-1]):
        return None  # 全市…柯桥区, 我县…兰山区来访, 全省: a notice that speaks for another place names this one in passing
    return None if _paired(name, body) else name


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
