"""Place names: a gazetteer of Zhejiang's cities and counties (the notices this project reads)
plus zone words (经开区, 产业集聚区, 镇, 街道) and the places a notice itself names."""
from __future__ import annotations

import re
from collections import Counter

_COUNTIES = """
杭州市 上城区 下城区 江干区 拱墅区 西湖区 滨江区 萧山区 余杭区 临平区 钱塘区 富阳区 临安区 桐庐县 淳安县 建德市
宁波市 海曙区 江东区 江北区 北仑区 镇海区 鄞州区 奉化区 象山县 宁海县 余姚市 慈溪市
温州市 鹿城区 龙湾区 瓯海区 洞头区 永嘉县 平阳县 苍南县 文成县 泰顺县 瑞安市 乐清市 龙港市
嘉兴市 南湖区 秀洲区 嘉善县 海盐县 海宁市 平湖市 桐乡市
湖州市 吴兴区 南浔区 德清县 长兴县 安吉县
绍兴市 越城区 柯桥区 上虞区 新昌县 诸暨市 嵊州市
金华市 婺城区 金东区 武义县 浦江县 磐安县 兰溪市 义乌市 东阳市 永康市
衢州市 柯城区 衢江区 常山县 开化县 龙游县 江山市
舟山市 定海区 普陀区 岱山县 嵊泗县
台州市 椒江区 黄岩区 路桥区 三门县 天台县 仙居县 温岭市 临海市 玉环市
丽水市 莲都区 青田县 缙云县 遂昌县 松阳县 云和县 庆元县 景宁畲族自治县 龙泉市
""".split()
# short forms (莲都, 缙云, 景宁) are only trusted for names that are not also common words
_AMBIGUOUS_SHORT = {"西湖", "江北", "南湖", "普陀", "上城", "下城", "江东", "滨江", "镇海", "金东", "长兴", "安吉",
                    "东阳", "江山", "平湖", "海宁", "天台", "常山", "开化", "新昌", "仙居", "三门", "文成", "永康"}
# prefecture cities are not where a project is built (a city is not a park, zone or county)
_CITIES = {name for name in _COUNTIES if name in ("杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市",
                                                   "衢州市", "舟山市", "台州市", "丽水市")}
_SHORT = {re.sub(r"(?:畲族自治县|市|县|区)$", "", name): name for name in _COUNTIES if name not in _CITIES}
KNOWN = (set(_COUNTIES) - _CITIES) | {s for s in _SHORT if len(s) >= 2}
_ZONE = re.compile(
    r"[\u4e00-\u9fa5]{2,10}?(?:经济技术开发区|经开区|开发区|高新区|产业集聚区|集聚区|片区|新区|工业园区|园区|街道|镇|乡)"
)
_DOC_COUNTY = re.compile(r"[\u4e00-\u9fa5]{2}县(?![委政长城域级里内外直属乡镇])")
_NOT_A_COUNTY = {"自治", "海岛", "山区"}  # 景宁畲族自治县 is named in full elsewhere; 山区海岛县 is a category
_NOT_A_NAME = re.compile(r"[点级全各每本我市区省分郊该]")
_KNOWN_RE = re.compile("|".join(sorted(KNOWN, key=len, reverse=True)))
# a city or county name that can open a zone's name (丽水经开区, 莲都区开发区)
PLACE_PREFIX = "|".join(sorted({n for n in _COUNTIES} | {re.sub(r"(?:畲族自治县|市|县|区)$", "", n) for n in _COUNTIES}
                               - {""}, key=len, reverse=True))


def known_place_at(text: str, start: int = 0) -> re.Match | None:
    """A gazetteer place (full or short form) starting exactly at `start`."""
    m = _KNOWN_RE.match(text, start)
    if m and len(m.group(0)) == 2 and m.group(0) in _AMBIGUOUS_SHORT:
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
        zone = _ZONE.match(text, end) if (start == 0 or end > start) else None
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
                or re.search(r"经开区|开发区|高新区|集聚区|片区|新区|园区", token))


def document_places(body: str) -> set[str]:
    """Places the notice names with a county or city suffix (永安市 -> also 永安)."""
    found = set()
    for m in re.finditer(r"[\u4e00-\u9fa5]{2}(?:市|县)(?=[\u4e00-\u9fa5])", body):
        found.add(m.group(0))
        found.add(m.group(0)[:2])
    for m in re.finditer(r"[\u4e00-\u9fa5]{1,2}县区", body):
        found.add(m.group(0))
        found.add(m.group(0)[-3:])
    cities = _CITIES | {c[:2] for c in _CITIES}
    return {p for p in found if p not in cities and not re.search(r"全|我|本|该|各|的|市县|县市|城市|都市|超市", p)}


def sole_county(body: str) -> str | None:
    """The one county a notice is about, when it names exactly one (天台县); else None."""
    counties = {m.group(0) for m in _DOC_COUNTY.finditer(body) if not _NOT_A_NAME.search(m.group(0)[:2])
                and m.group(0)[:2] not in _NOT_A_COUNTY}
    return next(iter(counties)) if len(counties) == 1 else None


def home_place(body: str, suffix: str) -> str | None:
    """For 我市 / 我县: the XX市 / XX县 the notice names most often (龙泉市 in a 龙泉 notice)."""
    counts = Counter(m.group(0) for m in re.finditer(rf"[\u4e00-\u9fa5]{{2}}{suffix}", body)
                     if not re.search(r"全|我|本|各|该|城|都|超", m.group(0)))
    trusted = [(n, name) for name, n in counts.items() if name in KNOWN or n >= 2]
    return max(trusted)[1] if trusted else None


def document_home(body: str, suffixes: tuple[str, ...] = ("区", "县", "市")) -> str | None:
    """The place a notice is about: the XX市 / XX县 / XX区 it names most (ties: the larger unit); `suffixes`
    limits it to a level (a 先进县 or a 百强区 is held by a county-level place)."""
    best: tuple[int, int, str] | None = None
    for rank, suffix in enumerate(suffixes):
        counts = Counter(m.group(0) for m in re.finditer(rf"[\u4e00-\u9fa5]{{2}}{suffix}", body)
                         if not re.search(r"^(?:全|我|本|各|该|都|超|辖|地|属|老城|主城|新城|古城|县城)|强|先进|示范|园|景|社|小|片|街|地区", m.group(0)))
        for name, n in counts.items():
            if name in KNOWN or n >= 2:
                if best is None or (n, rank) > best[:2]:
                    best = (n, rank, name)
    return best[2] if best else None
