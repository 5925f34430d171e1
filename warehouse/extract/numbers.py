"""Chinese / Arabic / mixed number expressions and their units, normalised to base units.

`find_quantities(text)` finds every number-with-unit in a clause: 120亿元, 1.2万亿元,
5000多万元, 三百六十万片, 百分之五十, 4.5%至5%, 三分之一, 翻一番. cn2an only ever sees
a captured numeral, never the surrounding text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation

FULLWIDTH = str.maketrans("０１２３４５６７８９．，％﹔﹐﹖﹗", "0123456789.,%;,?!")

CN_DIGIT = "零〇○一二两三四五六七八九"
CN_CHARS = CN_DIGIT + "十百千"
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}

# a numeral starts where a run of digits starts (no backtracking into a long run of digits)
# (a comma after a word is punctuation, not a thousands separator: 培育8家百亿企业,600家…企业)
ARABIC = r"(?<![\d.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.\d{1,10})?(?![\d])"
# (数十家 / 几百个: a vague count, no number; read from 十 it was 10)
CHINESE = rf"(?<![{CN_CHARS}数几])[{CN_CHARS}]{{1,12}}(?:点[{CN_DIGIT}]{{1,6}})?"
NUMERAL = rf"(?:{ARABIC}|{CHINESE})"
MAGNITUDE = r"(?:万亿|千亿|百亿|亿|千万|百万|十万|万|千)"
_MAGNITUDE_VALUE = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8, "千万": 10**7,
                    "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3}

# unit as written -> (base unit, factor, kind). Physical measures keep their magnitude in the
# unit ("as the text counts it": 100万吨 -> 100 万吨); money, area and counts are multiplied out.
_UNITS: dict[str, tuple[str, Decimal, str]] = {
    "元": ("元", Decimal(1), "money"), "美元": ("美元", Decimal(1), "money"),
    "港元": ("港元", Decimal(1), "money"), "欧元": ("欧元", Decimal(1), "money"),
    "个百分点": ("个百分点", Decimal(1), "points"), "百分点": ("个百分点", Decimal(1), "points"),
    "%": ("%", Decimal(1), "percent"), "‰": ("‰", Decimal(1), "permille"),
    "亩": ("亩", Decimal(1), "land"), "公顷": ("亩", Decimal(15), "land"),
    "平方米": ("m²", Decimal(1), "area"), "平米": ("m²", Decimal(1), "area"),
    "㎡": ("m²", Decimal(1), "area"), "平方公里": ("平方公里", Decimal(1), "area_km"),
}
COUNT_UNITS = "家个项人名位所座件条处台套辆批户片张株只次场篇部支所栋幢头"  # (栋 / 幢: buildings; 头: livestock)
PHYSICAL_UNITS = ("微克/立方米", "吨标准煤", "吨标煤", "千瓦时", "千瓦", "兆瓦", "吉瓦", "吨", "立方米", "公里", "千米", "米", "度", "标箱", "标准箱",
                  "人次", "公斤", "千克", "斤", "岁")  # 人均预期寿命达到80岁: an age, as written
UNIT = ("(?:" + "|".join(sorted([re.escape(u) for u in _UNITS] + list(PHYSICAL_UNITS), key=len, reverse=True))
        + f"|[{COUNT_UNITS}])")

_MORE = r"(?:多|余)"
_QUANTITY = re.compile(
    # 总投资 50 亿元: a space either side of the numeral, as pasted text often has
    rf"(?P<num>{NUMERAL}) ?(?P<more1>{_MORE})?(?P<mag>{MAGNITUDE})?(?P<more2>{_MORE})? ?(?P<unit>{UNIT})"
)
# 1亿2000万元 / 十万八千家 / 3万5千元: a figure written in two magnitudes, the second part smaller than one of the first
# (read alone, 2000万元 would be the figure, six times too small)
_COMPOUND = re.compile(rf"(?P<hi>{NUMERAL})(?P<himag>亿|万)(?P<lo>{NUMERAL})(?P<lomag>千万|百万|十万|万|千|百)?"
                       rf"(?P<more>{_MORE})? ?(?P<unit>{UNIT})")
# a minus sign before a figure, after a word (增长-3.2%), not after a figure (3-5%: a range; 2023-2025年)
_MINUS = re.compile(r"(?:(?<=[^\d%.)）])|^)[-−－]$")
_COMPOUND_HINT = re.compile(r"[亿万][\d一二三四五六七八九两]")
# (400名至500名: a count unit written after both ends, the same unit)
_RANGE = re.compile(
    rf"(?P<lo>{NUMERAL})(?P<lo_unit>%|{MAGNITUDE})?(?P<lo_count>[{COUNT_UNITS}])?(?:至|到|-|—|–|～|~)(?P<hi>{NUMERAL})"
    rf"(?P<mag>{MAGNITUDE})?(?P<unit>{UNIT})"
)
# 五六万元 / 两三个 / 二三十家: two neighbouring digits are a rough range (5-6万元), not the number 56
_APPROX_PAIR = re.compile(rf"(?<![{CN_CHARS}\d])(?P<lo>[一两二三四五六七八])(?P<hi>[两二三四五六七八九])(?P<ten>[十百千])?"
                          rf"(?P<mag>{MAGNITUDE})?(?P<unit>{UNIT})")
# 地区生产总值突破万亿元 / 迈上千亿元台阶: a magnitude with no numeral before it counts one of it
_BARE_MAGNITUDE = re.compile(rf"(?:突破|超过|超|达到|达|迈上|迈入|跨越|跨上|站上|迈过|跨过|破)(?P<mag>万亿|千亿|百亿|亿|千万|百万|万)"
                             rf"(?P<unit>元|美元|吨|千瓦时|千瓦|人次|人|户|平方米|亩)")
# 城镇新增就业目标1200万 / 常住人口达到1000万: people counted with no unit written (游客 in 人次)
_PEOPLE_NO_UNIT = re.compile(rf"(?P<who>就业|人口|劳动力|游客|旅客)[^，,。；;：:\d]{{0,8}}?(?P<num>{ARABIC})(?P<mag>万|亿)"
                             r"(?=以上|左右|多|余|[，,。；;、）)]|$)")
# 城乡居民收入比缩小至1.7以内 / 收入倍差控制在1.65:1: a ratio, written with no unit
# (a 倍差 counts how many times the one is the other: unit 倍, as the conventions' ratio of incomes; 收入比 and 之比 are
# ratios with no unit)
_RATIO = re.compile(rf"(?:收入比|之比|(?P<times>倍差))[^，,。；;\d]{{0,6}}?(?P<num>{ARABIC})(?::1|：1)?(?=以内|以下|左右|[，,。；;）)]|$)")
_PERCENT_WORDS = re.compile(rf"百分之(?P<num>{NUMERAL})")
# 百分之四点五至百分之五: a range written in words, each end with its 百分之
_PERCENT_WORDS_RANGE = re.compile(rf"百分之(?P<lo>{NUMERAL})(?:至|到|-|—|–|～|~)百分之(?P<hi>{NUMERAL})")
_FRACTION = re.compile(rf"(?<![{CN_CHARS}\d])(?P<den>[{CN_CHARS}\d]{{1,6}})分之(?P<num>[{CN_CHARS}\d]{{1,6}})")
# 倍增: doubled once (“双倍增”行动计划: the name of a programme, quoted or not)
_DOUBLING = re.compile(r"翻(?P<n>一|两|二|三)?番|(?<![翻成])倍增(?![”\"’]?(?:计划|行动|工程))")
_ZERO_GROWTH = re.compile(r"零增长")
_RANGE_MARK = re.compile(r"[至到\-—–～~]")  # a range needs one of these: the other texts skip its scan
# years of schooling, the one count of years that is not a date or a span: 平均受教育年限达到11.5年
_SCHOOLING = re.compile(r"年限[^，,。；;\d]{0,8}?(?P<num>\d{1,2}(?:\.\d{1,2})?)年(?![\d度底末])")
# a rate, kept as written with its magnitude (as physical quantities are): 全员劳动生产率达到25万元/人 -> 25 万元/人,
# 每万人拥有公共充电桩15台/万人, 亩均税收30万元/亩; without it 25万元 would be read as money
_RATE = re.compile(rf"(?P<num>{ARABIC})\s?(?P<unit>(?:万|千|百)?(?:元|美元|台|件|人|张|个|名|辆|床|吨|千瓦时|度|册|平方米|㎡)"
                   r"/(?:十万|万|千|百)?(?:人口|人|户|平方公里|亩|公顷|床))")


@dataclass(frozen=True)
class Quantity:
    """One number-with-unit found in a text, in base units."""

    value: Decimal
    unit: str
    kind: str  # money | percent | points | permille | land | area | area_km | count | physical | rate | ratio
    start: int
    end: int
    value_high: Decimal | None = None
    more: bool = False  # 5000多万元: "more than"
    raw: str = ""


# (str.translate looks every character up in FULLWIDTH, slow on CJK text; replacing just the few full-width characters
# a text holds (most often only ，) gives the same string several times faster)
_FULLWIDTH_CHARS = re.compile("[" + "".join(map(chr, FULLWIDTH)) + "]")
_FULLWIDTH_TO = {chr(k): chr(v) for k, v in FULLWIDTH.items()}


def normalize(text: str) -> str:
    """Full-width digits and punctuation to ASCII; same length, so spans stay valid."""
    for char in set(_FULLWIDTH_CHARS.findall(text)):
        text = text.replace(char, _FULLWIDTH_TO[char])
    return text


def parse_numeral(numeral: str) -> Decimal | None:
    """'1,200.5' -> 1200.5; '三百六十' -> 360; '二〇二三' -> 2023; '两' -> 2."""
    numeral = normalize(numeral).replace(",", "")
    if not numeral:
        return None
    if numeral[0].isdigit():
        try:
            return Decimal(numeral)
        except InvalidOperation:
            return None
    if all(c in _CN_DIGIT_VALUE for c in numeral):
        # digit-by-digit (二〇二三); a single digit is just its value
        return Decimal("".join(str(_CN_DIGIT_VALUE[c]) for c in numeral))
    try:
        import cn2an  # imported lazily: it is slow to load and only needed for spelled numerals

        return Decimal(str(cn2an.cn2an(numeral.replace("两", "二"), "normal")))
    except (ValueError, KeyError, InvalidOperation, ImportError):
        return None


def _base(value: Decimal, mag: str | None, unit: str) -> tuple[Decimal, str, str]:
    """Apply magnitude and unit factor; return (value, base unit, kind)."""
    multiplier = Decimal(_MAGNITUDE_VALUE[mag]) if mag else Decimal(1)
    if unit in _UNITS:
        base, factor, kind = _UNITS[unit]
        return value * multiplier * factor, base, kind
    if unit in PHYSICAL_UNITS:
        return value, (mag or "") + unit, "physical"
    return value * multiplier, unit, "count"


_PAIR_HINT = re.compile(r"[一两二三四五六七八][两二三四五六七八九]")
_ANY_NUMBER = re.compile(rf"[\d{CN_CHARS}]|翻.?番|零增长|[万亿][元美吨千人户平亩]")


def find_quantities(text: str) -> list[Quantity]:
    """Every number-with-unit in `text`, left to right, ranges and word forms included."""
    return list(_find_quantities(text)) if _ANY_NUMBER.search(text) else []


@lru_cache(maxsize=4096)
def _find_quantities(text: str) -> tuple[Quantity, ...]:
    text = normalize(text)
    found: list[Quantity] = []
    taken = bytearray(len(text))  # 1 where a quantity found before lies: the test of a span reads that span alone

    def free(start: int, end: int) -> bool:
        return taken.find(1, start, end) < 0

    def add(q: Quantity) -> None:
        found.append(q)
        taken[q.start: q.end] = b"\x01" * (q.end - q.start)

    for m in (_SCHOOLING.finditer(text) if "年限" in text else ()):
        add(Quantity(Decimal(m["num"]), "年", "physical", m.start("num"), m.end(), raw=m[0][m.start("num") - m.start():]))
    for m in (_RATE.finditer(text) if "/" in text else ()):
        value = parse_numeral(m["num"])
        if value is not None:
            add(Quantity(value, m["unit"], "rate", m.start(), m.end(), raw=m[0]))
    for m in (_RANGE.finditer(text) if _RANGE_MARK.search(text) else ()):
        lo, hi = parse_numeral(m["lo"]), parse_numeral(m["hi"])
        if lo is None or hi is None or m["lo_count"] and (m["lo_count"] != m["unit"] or m["lo_unit"]):
            continue
        hi_v, unit, kind = _base(hi, m["mag"], m["unit"])
        if m["lo_unit"] and m["lo_unit"] != "%":
            lo_v = _base(lo, m["lo_unit"], m["unit"])[0]
        else:  # 4.5至5亿元 shares the magnitude; 8000至1万元 does not
            lo_v = _base(lo, m["mag"], m["unit"])[0]
            if lo_v >= hi_v:
                lo_v = _base(lo, None, m["unit"])[0]
        if hi_v > lo_v:
            add(Quantity(lo_v, unit, kind, m.start(), m.end(), value_high=hi_v, raw=m[0]))
    for m in (_APPROX_PAIR.finditer(text) if _PAIR_HINT.search(text) else ()):
        lo, hi = _CN_DIGIT_VALUE[m["lo"]], _CN_DIGIT_VALUE[m["hi"]]
        if hi != lo + 1 or not free(m.start(), m.end()):
            continue
        ten = {"十": 10, "百": 100, "千": 1000}.get(m["ten"] or "", 1)
        lo_v, unit, kind = _base(Decimal(lo * ten), m["mag"], m["unit"])
        hi_v = _base(Decimal(hi * ten), m["mag"], m["unit"])[0]
        add(Quantity(lo_v, unit, kind, m.start(), m.end(), value_high=hi_v, raw=m[0]))
    for m in (_BARE_MAGNITUDE.finditer(text) if "万" in text or "亿" in text else ()):
        if free(m.start("mag"), m.end()):
            value, unit, kind = _base(Decimal(1), m["mag"], m["unit"])
            add(Quantity(value, unit, kind, m.start("mag"), m.end(), raw=m[0][m.start("mag") - m.start():]))
    for m in (_RATIO.finditer(text) if "比" in text or "倍差" in text else ()):
        value = parse_numeral(m["num"])
        if value is not None and free(m.start("num"), m.end()):
            add(Quantity(value, "倍" if m["times"] else "", "ratio", m.start("num"), m.end(),
                         raw=m[0][m.start("num") - m.start():]))
    for m in (_PEOPLE_NO_UNIT.finditer(text) if "万" in text or "亿" in text else ()):
        value = parse_numeral(m["num"])
        if value is not None and free(m.start("num"), m.end()):
            unit = "人次" if m["who"] in ("游客", "旅客") else "人"
            value, unit, kind = _base(value, m["mag"], unit)
            add(Quantity(value, unit, kind, m.start("num"), m.end(), raw=m[0][m.start("num") - m.start():]))
    for m in (_COMPOUND.finditer(text) if _COMPOUND_HINT.search(text) else ()):
        hi, lo = parse_numeral(m["hi"]), parse_numeral(m["lo"])
        high = Decimal(_MAGNITUDE_VALUE[m["himag"]])
        low = Decimal(_MAGNITUDE_VALUE[m["lomag"]]) if m["lomag"] else Decimal(1)
        if hi is None or lo is None or not lo * low < high or not free(m.start(), m.end()):
            continue
        value = hi + lo * low / high  # in the first magnitude: 1.2亿
        value, unit, kind = _base(value, m["himag"], m["unit"])
        add(Quantity(value, unit, kind, m.start(), m.end(), more=bool(m["more"]), raw=m[0]))
    for m in _QUANTITY.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m["num"] == "一" and m["unit"] in COUNT_UNITS:
            continue  # 一家 / 一个 / 一批: an article, not a count
        value = parse_numeral(m["num"])
        if value is None:
            continue
        value, unit, kind = _base(value, m["mag"], m["unit"])
        start = m.start()
        if kind in ("percent", "points") and start and _MINUS.match(text, start - 1, start):
            value, start = -value, start - 1  # 增长-5%: a minus sign after the words, not a range's dash (3-5%)
        add(Quantity(value, unit, kind, start, m.end(), more=bool(m["more1"] or m["more2"]), raw=text[start:m.end()]))
    for m in (_PERCENT_WORDS_RANGE.finditer(text) if "百分之" in text else ()):
        lo, hi = parse_numeral(m["lo"]), parse_numeral(m["hi"])
        if lo is not None and hi is not None and hi > lo and free(m.start(), m.end()):
            add(Quantity(lo, "%", "percent", m.start(), m.end(), value_high=hi, raw=m[0]))
    for m in (_PERCENT_WORDS.finditer(text) if "百分之" in text else ()):
        value = parse_numeral(m["num"])
        if value is not None and free(m.start(), m.end()):
            add(Quantity(value, "%", "percent", m.start(), m.end(), raw=m[0]))
    for m in (_FRACTION.finditer(text) if "分之" in text else ()):
        den, num = parse_numeral(m["den"]), parse_numeral(m["num"])
        if den and num is not None and free(m.start(), m.end()):
            value = (num * 100 / den).quantize(Decimal("0.01"))
            add(Quantity(value, "%", "percent", m.start(), m.end(), raw=m[0]))
    for m in (_DOUBLING.finditer(text) if "番" in text or "倍增" in text else ()):
        times = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3}[m["n"]]
        if free(m.start(), m.end()):
            add(Quantity(Decimal(2**times - 1) * 100, "%", "doubling", m.start(), m.end(), raw=m[0]))
    for m in (_ZERO_GROWTH.finditer(text) if "零增长" in text else ()):
        if free(m.start(), m.end()):
            add(Quantity(Decimal(0), "%", "zero_growth", m.start(), m.end(), raw=m[0]))
    found.sort(key=lambda q: q.start)
    return tuple(found)


# 计划完成投资21.48亿。/ 交通投资将达70亿: money named by what it is, its 元 left unwritten; only a verb or a
# qualifier stands between the word and the figure (低收入农户1.2万 / 投资者1.2万 / 税收贡献户1.2万 count people or
# households: 低收入 / 中等收入 name a group, and 户, 者, 主体 what is counted)
_MONEY_NO_UNIT = re.compile(rf"(?<!低)(?<!中等)(?:投资|资金|产值|收入|营收|税收|销售额|增加值|总额)"
                            r"(?:将|要|可|预计|力争|确保|计划)?(?:完成|实现|达到|达|突破|超过|超|增至|增加到|提高到|为|约|总计|合计|累计)?约?"
                            rf"(?P<num>{ARABIC})(?P<mag>万亿|亿|万)(?=以上|左右|[，,。；;、）)]|$)")
# 确保完成10.08万建档立卡贫困人口脱贫任务: people counted in 万, who they are named after the figure
_PEOPLE_AFTER = re.compile(rf"(?P<num>{ARABIC})(?P<mag>万|亿)(?![{COUNT_UNITS}])(?=[\u4e00-\u9fa5]{{0,8}}?(?:人口|农民|群众|劳动力|职工))")


# 力争实现两位数增长: growth of ten per cent or more (a figure read so is written TWO_DIGITS)
TWO_DIGITS = "两位数"
_TWO_DIGITS = re.compile(TWO_DIGITS + r"(?=的?(?:增长|增速|增幅))")


def find_implied_quantities(text: str) -> list[Quantity]:
    """Figures the words give and find_quantities does not read: money named by what it is, its 元 left out
    (投资21.48亿), people in 万 named after the figure (10.08万建档立卡贫困人口), and 两位数增长 (10% or more, where
    find_quantities misreads 两位 as a count of 位)."""
    text = normalize(text)
    found = [Quantity(Decimal(10), "%", "percent", m.start(), m.end(), more=True, raw=m[0])
             for m in (_TWO_DIGITS.finditer(text) if TWO_DIGITS in text else ())]
    if "万" not in text and "亿" not in text:
        return found
    for m in _MONEY_NO_UNIT.finditer(text):
        value = parse_numeral(m["num"])
        if value is not None:
            found.append(Quantity(_base(value, m["mag"], "元")[0], "元", "money", m.start("num"), m.end(),
                                  raw=m[0][m.start("num") - m.start():]))
    for m in _PEOPLE_AFTER.finditer(text):
        value = parse_numeral(m["num"])
        if value is not None:
            found.append(Quantity(_base(value, m["mag"], "人")[0], "人", "count", m.start(), m.end(), raw=m[0]))
    return found


def to_json_number(value: Decimal | float | None) -> int | float | None:
    """A JSON number: int when integral, else float (values stay as exact as they were computed)."""
    if value is None:
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if value == value.to_integral_value():
        return int(value)
    return float(value)
