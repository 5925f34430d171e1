"""Measured statements in a sentence: indicator + verb + quantity (+ qualifier).

`find_measures` reads 招商到位资金258亿元以上 as indicator 招商到位资金, metric amount,
value 25800000000 元, qualifier at_least. Whether a measure is a target or an outcome is
decided elsewhere (targets.py, outcomes.py); this module only reads what is measured.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from decimal import Decimal

from .awards.parts import PROVINCES
from .before import CLAUSE_BREAK, last_break
from .numbers import COUNT_UNITS, TWO_DIGITS, Quantity, find_quantities, find_implied_quantities, normalize
from .script import GLOSS

_AFTER = re.compile(r"及以上|以上|以下|以内|之内|左右|上下")  # (read with .match at the figure's end)
# (本年度计划开工项目255项（其中…）: a bracket that opens a breakdown ends the measure; so does a closing 等;
# 迈上千亿元台阶: a threshold passed; 产值200亿元年度目标 / 600亿元的阶段性目标: the goal named after the figure)
_FOLLOW_OK = re.compile(r"(?:$|[（(](?:约合|折合|其中|含|包括)|等(?=$|[。；;，,])|的(?:预期|奋斗|发展|工作)?目标|的?(?:阶段性|年度|全年)目标|[，,。；;、：:）)”\"’》\s…—*]|和|及|与|并|或|分别|的水平|目标|(?:的)?(?:台阶|大关|关口))")
_MAX_INDICATOR = 60  # characters read back from a number for its indicator
# (a dash pair or a bar also ends what came before: 主要预期目标——地区生产总值增长7.5%, 2024两会|GDP增长5%)
# (开发(fā)的工业(yè)旅游: a reprint's pinyin gloss is no break either)
# (the gloss is script.GLOSS, one pattern for a gloss wherever it is read)
_ABBREVIATION = re.compile(r"[（(][A-Za-z]{2,6}[）)]|" + GLOSS.pattern)
_SEGMENT_BREAK = re.compile(r"[，,。；;、：:（(）)|｜]|——")

_TRAILING = re.compile(
    r"(?:与(?:去年|上年)同期相比|比(?:去年|上年)同期|较(?:去年|上年)同期|同比|年均|(?<![人亩户地])均|分别|比上年|较上年|比去年|较去年|平均|累计|总计|合计|共计|力争|确保|争取|努力|预计|预期|首次|"
    r"可|将|要|提前|超额|实现|完成|达到|达|突破|超过|超|迈上|迈入|跨越|跨上|站上|迈过|跨过|实际|名义|增长|增加|增速|增幅|提高|提升|上升|上涨|涨|扩大|下降|降低|减少|回落|下滑|下跌|缩小|收窄|"
    r"新增|保持|控制在|稳定在|为|是|在|至|到|约|近|逾|不低于|不少于|不超过|不高于|低于|高于|至少|"
    r"的|了|拟安排|拟|分别为|(?:定|设定|确定|设)[为在]|按可比价计算|可比价|计算|目标|任务|今年|全年|年内|当年|按?同口径|按?可比口径|冲刺|"
    r"\d{4}年(?:底|末)?|[一二三四五六七八九十两\d]年(?:内|间)?|继续|(?:在|比|较)\d{4}年(?:的)?(?:基础上)?|大于|多于|小于|少于|"
    r"由\d[^，,。；;]{0,20}|从(?:目前|当前|现在|现有)?的?(?!\d{4}年)\d[^，,。；;]{0,20}|"  # 常住人口城镇化率2025年达到65%; 覆盖度要由2015年的50.6%提高到53.6%
    r"[“\"‘]?双)$"  # (实现“双倍增”: each of the two doubles)
    # (从目前的14.4万元增加到20万元: the present figure is the start, not the indicator)
)
_LEADING = re.compile(
    r"^(?:[■●◆▲★□○◇•▪▶►◎·*]+\s*|"
    # 政府工作报告提出地区生产总值增长6% / 本规划预测2035年…: who states the goal, not what is measured
    r"[^，,。；;]{0,16}?(?:报告|规划|纲要|方案|意见|会议|计划)中?(?:提出|明确|确定|强调|要求|预测)了?|比如|例如|按照|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|其中|同时|并且|并|和|及|以及|全年|今年|年内|当年|去年|明年|力争|确保|争取|努力|务必|必须|预计|预期(?!寿命)|"
    r"计划|目标(?:是|为)?|拟(?!定|稿)|要|将|可|实现|完成|(?:[一二三四五六七八九十两]|\d{1,2})年(?=累计)|累计|共|推动|带动|每年|全力|坚持|力求|"
    r"到\d{4}年(?:底|末)?|\d{4}年(?:度|底|末)?|\d{1,2}-\d{1,2}月(?:份)?|前\d+个?月|上半年|下半年|"
    r"[一二三四]季度|“?十.五”?(?:期间|时期|末)?|(?:用|通过|经过)[\d一二三四五六七八九十]+年(?:时间|左右)?|"
    r"(?:未来|今后)[一二三四五六七八九十\d]+年(?:间|内|中)?|安排\d+个|安排|筹集|下达|提出)"
)
_INNER_CUE = re.compile(r"力争|确保|争取|努力|预计|预期(?!寿命)|计划|全年|今年|年内|目标是|目标为")
_PLAN_FIGURE = re.compile(r"计划总?投资")
_INNER_COUNT_VERB = re.compile(r"新增|新引进|新培育|新认定")
_COUNT_VERB = r"(?:新增|新引进|引进|招引|新培育|培育|创建|新建|建成|新开工|开工|新认定|认定|新签约|签约)"
_COUNT_VERBS = re.compile("^" + _COUNT_VERB)
_SUBJECT = re.compile(
    r"^(?:全省|全市|全县|全区|全镇|全国|我国|我省|我市|我县|我区|本市|本县|经开区|开发区|高新区|"
    r"(?![占比较与县市区省])(?!纳入|列入|申报|拟|进入|入选|争创|创建)[\u4e00-\u9fa5]{2,6}?(?:省|市|县|开发区|经开区|高新区)(?![内外级属]))"
)
_GROWTH_VERBS = ("增长", "增加", "提高", "提升", "上升", "上涨", "涨", "扩大", "增速", "增幅", "涨幅", "升幅")
_FALL_VERBS = ("下降", "降低", "减少", "回落", "下滑", "下跌", "缩小", "收窄")
_LEVEL_VERBS = ("达到", "达", "至", "到", "保持", "稳定在", "为", "控制在")
_RATE_SUFFIX = re.compile(r"(?:的)?(?:增速|增幅|增长率|涨幅|升幅)$")
_AT_LEAST_BEFORE = ("不低于", "不少于", "超过", "突破", "至少", "逾", "高于", "超", "大于", "多于",
                    "迈上", "迈入", "跨越", "跨上", "站上", "迈过", "跨过")  # 迈上千亿元台阶: a threshold passed
_AT_MOST_BEFORE = ("不超过", "不高于", "低于", "控制在", "小于", "少于")
_AROUND_BEFORE = ("约", "近", "大约", "接近")
_CONVERSION = re.compile(r"(?:约合|折合)(?:人民币)?约?$")
_CONVERSION_READ = 7  # (the most a match of _CONVERSION holds, with the line end $ may stand before: it ends at the figure)
_COMPARED = re.compile(r"^(?P<ind>.{2,40}?)(?:力争|确保|要|均)?(?P<verb>高于|低于|快于|慢于|超出)"
                       r"(?:全国|全省|全市|全县|全区|省|市|县)?(?:[\u4e00-\u9fa5]{2,8}?)?(?:平均水平|平均|水平|均值|同期|目标)?$")
# 居民消费价格指数控制在3%以内 / 人口自增率2.5‰: an index of prices or a rate of increase, its figure a change
_CHANGE_NAME = re.compile(r"(?:消费价格|价格消费)指数$|价格总水平$|物价(?:指数|总水平)?$|(?:^|[^A-Za-z])CPI$|自增率$")
_SHARE_OF = re.compile(r"^(?P<ind>.{0,40}?)(?:将|可|要|已|均)?(?P<verb>达到|达|占|相当于)"
                       r"(?:(?:全年|年度|全部)?(?:计划|目标|任务)(?:数|量)?|全[国省市县区]|全社会|[^，,。；;]{0,8}?总(?:量|数|额|和))$")
# (数字化转型比例达80%: a proportion named 比例 is a share of the whole)
_SHARE_WORDS = re.compile(r"占比|比重|占.*比例|相当于.*比例|比例$|^占|占.*(?:生产总值|gdp|GDP)$")


# 完成灵昆至阁巷段90%路基桥梁: a share of works done, the works named after the figure
_DONE_BEFORE = re.compile(r"完成[^，,。；;、\d%]{0,14}$")
_WORKS_AFTER = re.compile(r"(?P<noun>[\u4e00-\u9fa5]{2,8})(?=[，,。；;、]|$)")
_GROWTH_AFTER = re.compile(r"(?:的)?(?:增长速度|增长率|增速|增幅|增长)(?=$|[，,。；;、）)])")
# 计划招引20个以上过亿项目 / 新培育5家国家级专精特新企业: a verb, the count, then what is counted
# (培育形成20个以上…产业集群 / 储备25-30个…冠军产业 / 优先完成1000个示范村的村庄规划编制)
_COUNT_VERB_BEFORE = re.compile(r"(?:招引|引进|引育|培育|培养|培训|新增|创建|建成|新建|打造|构筑|构建|认定|争创|签约|开工|落地|实施|创成|建设|"
                                r"形成|储备|完成)$")
_COUNT_VERB_READ = 3  # (a verb of two characters, and the line end $ may stand before)
# what is counted: the words after the number up to the clause's end; after the last 的 when modifiers come first
# (争创3-5个…具有一定影响力的领军型县域冠军产业), else up to the first 、
# 力争26个“产业飞地”…全部启动建设 / 确保30个项目开工建设: a cue, the count, what is counted, then what it is to do
_CUE_RIGHT_BEFORE = re.compile(r"(?:力争|确保|争取|推动|计划|要|将)$")
_ACTED_AFTER = re.compile(r"(?P<noun>[“‘\"][^”’\"，,。；;]{1,12}[”’\"]|[\u4e00-\u9fa5]{2,10}?(?=在|于|年底|全部|全面|如期|按期|"
                          r"开工|启动|建成|竣工|投产|落地|上市|完成))[^，,。；;\d]{0,30}?(?:全部|全面|如期|按期)?"
                          r"(?P<act>开工建设|启动建设|开工|建成投产|建成|竣工|投产|落地|上市|完成[\u4e00-\u9fa5]{2,6}?)(?=[，,。；;]|$)")
# 在3-5个关键材料领域形成竞争优势 / 在10个以上细分行业取得突破: the fields in which something is to be reached, counted
_FIELDS_AFTER = re.compile(r"(?:以上|左右)?(?P<noun>[\u4e00-\u9fa5“”]{0,12}?(?:领域|行业|赛道|方向|环节|学科))"
                           r"(?=(?:形成|取得|实现|达到|具备|占据|保持|跻身|进入|居于|处于|建成|打造))")
# (a gloss blanked out inside the name is kept in it: 省级工业(yè)旅游示范基地)
# (谋划储备500个5000万元以上重大项目: a size threshold after the count is part of what is counted)
_COUNTED_AFTER = re.compile(r"(?:[^，,。；;]{0,40}的)?(?P<noun>(?:(?:\d+(?:\.\d+)?(?:万|亿|千万)?|[万亿])元(?:及)?以上)?"
                            r"[\u4e00-\u9fa5A-Za-z“”\"]{2,15}?(?: {3,8}[\u4e00-\u9fa5]{1,12}?)?)"
                            r"(?=[，,。；;、]|$)")


_LIST_MARKS = (",", "，", "、", "和", "及")
COUNT_UNIT_SET = frozenset(COUNT_UNITS)


@dataclass(frozen=True)
class Measure:
    """One measured statement; offsets are relative to the sentence."""

    indicator: str
    metric: str  # growth | level | count | amount | share | other
    value: Decimal
    value_high: Decimal | None
    unit: str
    qualifier: str  # point | around | at_least | at_most | range
    subject: str | None
    segment_start: int  # where the indicator text starts
    start: int  # the quantity
    end: int  # after the quantity and its trailing qualifier
    verbs: tuple[str, ...]


# 海南将2024年增速目标设为8%左右 / 把2024年GDP增长目标锚定为5%: a goal set, the name between the year and 目标 (what
# opens the segment is who sets it, a place named as the setter being the goal's subject)
_GOAL_SET = re.compile(r"(?P<who>[^，,。；;]*?)(?:将|把)(?:\d{4}年|今年|明年|新一年)?(?:的)?(?P<ind>[^，,。；;将把的\d]{2,12}?)"
                       r"(?:的)?(?:预期)?目标(?:值)?(?P<verb>(?:设定|设置|设|定|确定|锚定|明确|调整|调)(?:为|在))$")
PROVINCE = rf"(?:{PROVINCES})(?:省|市|自治区)?"
_SETTER = re.compile(rf"(?P<name>{PROVINCE}|[\u4e00-\u9fa5]{{2,6}}?[省市县区])(?:均|也|都|亦)?")
_START_FIGURE = re.compile(r"^[从由].*?(?=(?:达到|达|到|至)$)")


def _strip_trailing(segment: str) -> tuple[str, list[str]]:
    verbs = []
    while True:
        segment = segment.rstrip(" \u3000\xa0")  # (同比增长 6.5%: a blank before the figure is no part of the verb)
        m = _TRAILING.search(segment)
        if not m or not m.group(0):
            return segment, verbs
        start = _START_FIGURE.match(m.group(0))
        if start:  # 从目前的2%以上达到: the verb reaching the figure first, then where it starts from
            verbs.append(m.group(0)[start.end():])
        verbs.append(m.group(0)[: start.end()] if start else m.group(0))
        segment = segment[: m.start()]


def strip_leading(segment: str) -> tuple[str, list[str]]:
    verbs = []
    quote = segment.rfind("“")
    if quote >= 0 and "”" not in segment[quote:] and len(segment) - quote > 2:
        segment = segment[quote + 1:]  # 紧盯“专精特新企业今年新增70家…”目标: the goal starts at the quote
    # (年度计划投资 / 2026年计划投资 / 计划总投资: the name of a plan figure, a column of project tables; the cue is part of it)
    inner = [m for m in _INNER_CUE.finditer(segment) if not (m.group(0) == "计划" and _PLAN_FIGURE.fullmatch(segment, m.start()))]
    # (年度投资计划完成率: not when what follows the cue would leave one character, 率)
    if inner and len(segment) - inner[-1].end() >= 2 and len(_strip_words(segment[inner[-1].end():])) >= 2:
        verbs.append(inner[-1].group(0))  # 57个新续建项目全年计划完成投资: the indicator follows the cue
        segment = segment[inner[-1].end():]
    while True:
        m = _LEADING.match(segment)
        if not m or not m.group(0) or _PLAN_FIGURE.fullmatch(segment):
            break
        verbs.append(m.group(0))
        segment = segment[m.end():]
    inner = list(_INNER_COUNT_VERB.finditer(segment))
    if inner and inner[-1].start() >= 6 and len(segment) - inner[-1].end() >= 2:
        segment = segment[inner[-1].start():]  # …体系基本建成新增高新技术企业46家: the count starts at 新增
    m = _COUNT_VERBS.match(segment)
    if m and len(segment) > m.end() + 2:  # 新增省级企业创新平台 -> 省级企业创新平台; 新增就业 stays
        verbs.append(m.group(0))
        segment = segment[m.end():]
    return segment, verbs


def _after_subject(segment: str) -> tuple[str, str | None, list[str]]:
    """全省规上工业增加值 -> (规上工业增加值, 全省, its lead words): who the figure is of, off the name."""
    m = _SUBJECT.match(segment)
    if not m or len(segment) - m.end() < 2:
        return segment, None, []
    rest, verbs = strip_leading(segment[m.end():])
    return rest, m.group(0), verbs


def _strip_words(segment: str) -> str:
    """What remains of `segment` after its leading words and count verbs (no inner cue)."""
    while True:
        m = _LEADING.match(segment)
        if not m or not m.group(0):
            break
        segment = segment[m.end():]
    m = _COUNT_VERBS.match(segment)
    return segment[m.end():] if m and len(segment) > m.end() + 2 else segment


def _qualifier(q: Quantity, before: list[str], after: str) -> str:
    if q.value_high is not None:
        return "range"
    if after in ("以上", "及以上"):
        return "at_least"
    if after in ("以下", "以内", "之内"):
        return "at_most"
    if after in ("左右", "上下"):
        return "around"
    if any(v in _AT_MOST_BEFORE for v in before):
        return "at_most"
    if any(v in _AT_LEAST_BEFORE for v in before) or q.more:
        return "at_least"
    if any(v in _AROUND_BEFORE for v in before):
        return "around"
    return "point"


# 高新技术企业突破75家 / 城区常住人口达到20万人 / 企业总数2.5万户: a stock reached is a level (contract: level 达到 X,
# count 新增 X); what is added, brought in or founded (新增就业, 培育…家, 累计引进) stays a count
_REACH_VERBS = ("达到", "达", "突破", "超过", "超", "至", "到", "保持", "稳定在")
_STOCK_NAME = re.compile(r"(?:总数|数量|总量)$")
_ADDED = re.compile(r"新增|新引进|引进|招引|引育|培育|创建|新建|建成|建设|开工|认定|签约|累计|打造|构筑|构建|实施|落地|争创|创成|申报|新开")


def _stock_reached(indicator: str, verbs: list[str], trailing: list[str]) -> bool:
    if _ADDED.search(indicator) or any(_ADDED.search(v) for v in verbs):
        return False
    return bool(trailing and trailing[0].endswith(_REACH_VERBS) or not trailing and _STOCK_NAME.search(indicator))


def _percent_metric(indicator: str, verbs: list[str] | tuple[str, ...]) -> str:
    """A percentage's metric as its verbs or its name tell it."""
    if any(v in _GROWTH_VERBS + _FALL_VERBS for v in verbs) or indicator.endswith(("增速", "增幅", "涨幅", "升幅", "增长率")) \
            or _CHANGE_NAME.search(indicator):
        return "growth"
    if _SHARE_WORDS.search(indicator) or "占比" in verbs:
        return "share"
    return "level"


def _renamed(measure: Measure, name: str) -> Measure:
    """The measure under one of the names listed for it; a percentage whose metric its former name decided (人口自增率
    for 居民消费价格指数、失业率、人口自增率分别控制在3%、4.2%、2.5‰) takes the metric its own name gives."""
    metric = measure.metric
    if measure.unit in ("%", "‰", "个百分点") and metric == _percent_metric(measure.indicator, measure.verbs):
        metric = _percent_metric(name, measure.verbs)
    return replace(measure, indicator=name, metric=metric)


def _metric(q: Quantity, indicator: str, verbs: list[str], trailing: list[str], own_name: bool = True) -> str:
    if q.kind in ("doubling", "zero_growth"):
        return "growth"
    if q.kind == "percent" and trailing[:1] and trailing[0] in ("至", "到"):
        return "level"  # 提升至61.2%, 提高到3%: the level reached, not the growth
    if q.kind in ("percent", "points", "permille"):
        return _percent_metric(indicator, verbs)
    if q.kind == "ratio":
        return "level"
    if q.kind == "money":
        return "amount"
    if q.kind == "count":
        return "level" if own_name and _stock_reached(indicator, verbs, trailing) else "count"
    reached = trailing[:1] and trailing[0] in ("至", "到")  # 下降到35微克/立方米以下: the level reached
    # 粮食产量1270万吨: a quantity an output or a stock is measured in is its level
    reached = reached or (q.kind == "physical" and indicator.endswith(("产量", "总产", "总量", "规模", "容量", "浓度")))
    # (货物吞吐量超过6000万吨: a threshold passed is a level reached, as 达到 is; 减少超过1万吨 is a change, and 新增…
    # 超过 what is added)
    passed = q.kind == "physical" and _stock_reached(indicator, verbs, trailing) \
        and not any(v in _GROWTH_VERBS + _FALL_VERBS for v in verbs)
    if reached or passed or any(v in ("达到", "达", "保持", "稳定在") for v in verbs):
        return "level"
    # 新建农村公路150公里 / 盘活存量土地400亩 / 开工2850亩: a length or an area of works done or land worked on counts
    # what is done (a change, 减少…, or a stock named by its area, …面积, stays other)
    measured = q.kind in ("land", "area", "area_km") or q.unit in _LENGTH_UNITS
    if measured and _held_stock(indicator, verbs):
        return "level"  # 耕地保有量不低于52万亩 / 人均公园绿地不低于15平方米: a stock held at a floor, no work done
    if measured and not indicator.endswith("面积") and not any(v in _GROWTH_VERBS + _FALL_VERBS for v in verbs):
        return "count"
    return "other"


# 耕地保有量 / 人均公园绿地 / 公路总里程 / 路网密度 / 覆盖面积: a stock or a per-head figure, held rather than added to
_HELD_NAME = re.compile(r"保有量|人均|总里程|通车里程|总面积|密度|覆盖")
# 盘活 / 消化 / 治理 / 整治 / 复垦 / 流转 …: work done on land (盘活批而未供土地不少于3000亩 counts what is worked on)
_WORKED = re.compile(r"盘活|消化|处置|治理|整治|修复|复垦|流转|改造|完成|实施|造林|绿化|清理|拆除|征收|收储|供应|出让|提升|硬化|铺设|"
                     r"整理|开发|垦造|建设|新建|改建|扩建|建成")
_FLOOR_VERBS = ("不低于", "不少于", "保持", "稳定在", "保持在", "守住", "坚守")


def _held_stock(indicator: str, verbs: list[str] | tuple[str, ...]) -> bool:
    """Whether a length or an area is a stock held (保有量, 人均…, or a level kept at a floor: 不低于 / 保持 / 稳定在)
    rather than the work done on land or roads (新建农村公路不少于150公里 counts what is built)."""
    if _ADDED.search(indicator) or _WORKED.search(indicator) or any(_ADDED.search(v) or _WORKED.search(v) for v in verbs):
        return False
    return bool(_HELD_NAME.search(indicator)) or any(v in _FLOOR_VERBS for v in verbs)


_LENGTH_UNITS = ("公里", "千米", "米")


# 经济 / 主要经济指标 / 各项指标: the economy as a whole or its figures together, no one figure
_AGGREGATE = re.compile(r"(?:主要|各项|多项|重要)?(?:经济|发展)*(?:指标|数据)?")
_CJK = re.compile(r"[\u4e00-\u9fa5]")


def _names_a_figure(indicator: str) -> bool:
    """Whether a name that 两位数增长 follows names one figure: two characters of words at least, no aggregate."""
    return len(_CJK.findall(indicator)) >= 2 and not _AGGREGATE.fullmatch(indicator)


def find_measures(sentence: str) -> list[Measure]:
    """Every indicator-with-quantity in one sentence, left to right."""
    return list(_find_measures(sentence))


def find_goal_measures(sentence: str) -> list[Measure]:
    """find_measures, and what a list of goals (or of results) writes in its shorthand: a share as a fraction of digits
    or with no 的 (占全市1/8, 占全市44%), counts listed with 和 (新增50辆公交车和6条公交路线), names that share the
    measure word of the last (项目招引、重大项目开工贡献度分别达25%、40%) or one figure (新开工、新竣工项目分别达20个), and
    the metric such names and verbs give (贡献度 is a share; 净增 / 新竣工 count what is added)."""
    return list(_find_measures(sentence, shorthand=True))


@lru_cache(maxsize=1024)
def _find_measures(sentence: str, shorthand: bool = False) -> tuple[Measure, ...]:
    text = normalize(sentence)
    if "（" in text or "(" in text:  # 国内生产总值（GDP）增长5%左右: the abbreviation is no break in the indicator
        text = _ABBREVIATION.sub(lambda m: " " * len(m.group(0)), text)
    measures: list[Measure] = []
    previous_end = 0
    last_indicator: str | None = None
    last_verbs: list[str] = []
    last_subject: str | None = None
    last_metric: str | None = None
    inherited: list[bool] = []
    last_counted: re.Match | None = None
    last_period: str | None = None
    for q in _quantities(text, shorthand):
        if q.start > 0 and text[q.start - 1] in "第每":
            continue  # 第4家 / 每10万人: an ordinal or a rate base, not a measure
        if _CONVERSION.search(text, max(0, q.start - _CONVERSION_READ), q.start):
            continue  # 1.2亿美元（约合人民币8.6亿元）: the same amount again, in yuan
        after_m = _AFTER.match(text, q.end)
        after = after_m.group(0) if after_m else ""
        end = q.end + len(after)
        counted = None
        growth_after = None
        works = None
        acted = None
        fields = None
        if not _FOLLOW_OK.match(text, end) and not (shorthand and _runs_on(text, q, end)):
            verb = _COUNT_VERB_BEFORE.search(text, max(0, q.start - _COUNT_VERB_READ), q.start) \
                if q.kind == "count" else None
            if q.kind == "count" and not verb and last_counted and text[previous_end:q.start] in _LIST_MARKS:
                verb = last_counted  # 培育8家百亿企业，600家专精特新企业: the next count of a list shares the verb
            counted = (shorthand and _COUNTED_IN_LIST.match(text, end) or _COUNTED_AFTER.match(text, end)) if verb else None
            if q.kind == "count" and not verb and _CUE_RIGHT_BEFORE.search(text, max(0, q.start - 2), q.start):
                acted = _ACTED_AFTER.match(text, end)
            elif q.kind == "count" and not verb and q.start > 0 and text[q.start - 1] == "在":
                fields = _FIELDS_AFTER.match(text, end)
            growth_after = _GROWTH_AFTER.match(text, end) if q.kind == "percent" else None
            works = _WORKS_AFTER.match(text, end) if q.kind == "percent" and not growth_after \
                and _DONE_BEFORE.search(text, max(0, q.start - 16), q.start) else None
            if growth_after:
                end = growth_after.end()  # 交通投资保持15%增长速度: the rate named after the number
            elif works:
                end = works.end()  # 完成灵昆至阁巷段90%路基桥梁: the share of the works named after the number
            elif acted:
                end = acted.end()
            elif fields:
                end = fields.end("noun")  # 在3-5个关键材料领域形成竞争优势: the fields counted
            elif not counted:
                continue  # 20亿元以上大项目, 6个产值…: the number modifies a noun
            else:
                end = counted.end()  # 招引20个以上过亿项目: what is counted follows the number
        segment_start = max(previous_end, q.start - _MAX_INDICATOR, last_break(_SEGMENT_BREAK, text, q.start))
        if segment_start == q.start and q.start > previous_end and text[q.start - 1] in ":：":
            # 年度计划投资：20000万元: a label, a colon, then its figure (a row of a list): the label names it
            segment_start = max(previous_end, q.start - 1 - _MAX_INDICATOR,
                                last_break(_SEGMENT_BREAK, text, q.start - 1))
            segment = text[segment_start:q.start - 1]
        else:
            segment = text[segment_start:q.start]
        goal_set = _GOAL_SET.search(segment)
        if goal_set:  # 湖北将2025年GDP增长目标设定为6%左右: the name between the year and 目标; who sets it before 将
            segment_start += goal_set.start("ind")
            segment = goal_set.group("ind")
        segment, trailing = _strip_trailing(segment)
        if goal_set:  # (增速目标设为8%: a name that is all verb stays the name)
            segment = segment or goal_set.group("ind")
            trailing = [goal_set.group("verb")] + trailing
        compared = _COMPARED.match(segment)
        if compared:  # 开发区产业投资增速力争高于全市平均水平8个百分点: the thing compared, not the baseline
            segment = compared.group("ind")
            trailing = [compared.group("verb")] + trailing
        # 开复工数将达到全年计划的87% / 吞吐量占全省的87.5%: the part of a whole, the whole named before 的
        share_of = _SHARE_OF.match(segment) if q.kind == "percent" and trailing[:1] == ["的"] else None
        if shorthand and not share_of and q.kind == "percent" and not trailing:
            share_of = _SHARE_OF_WHOLE.match(segment)  # 一般预算收入占全市32.46%: a share with no 的
        if share_of:
            segment = share_of.group("ind")
            trailing = [share_of.group("verb")] + trailing
        lead_offset = len(segment)
        segment, leading = strip_leading(segment)
        lead_offset -= len(segment)
        segment, subject, more = _after_subject(segment)
        leading += more
        if goal_set and _SETTER.fullmatch(goal_set.group("who")):
            subject = subject or _SETTER.fullmatch(goal_set.group("who")).group("name")
        indicator = counted.group("noun") if counted else segment.strip()
        if works:
            indicator += works.group("noun")
        if acted:
            indicator = re.sub(r"[“”‘’\"]", "", acted.group("noun")) + acted.group("act")
        if fields:
            indicator = fields.group("noun")
        if "[" in indicator:  # 新开发“双协员”[21]305个: a footnote mark is no part of the name
            indicator = re.sub(r"\[\[?\d{1,3}\]?\]", "", indicator)
        if "   " in indicator:  # 居民消费价格（CPI）涨幅 with its abbreviation blanked: 居民消费价格涨幅
            indicator = re.sub(r" {3,}", "", indicator)
        if counted and verb.group(0) not in leading:
            leading.append(verb.group(0))
        if indicator.startswith("占") and last_indicator:
            indicator = last_indicator + indicator  # …内资总额862.74亿元，占全省比重35.73%
        if indicator and q.raw.startswith(TWO_DIGITS) and not _names_a_figure(indicator):
            previous_end = end  # 要保持两位数的增长 / 主要经济指标实现两位数增长: growth of nothing one can measure
            continue
        own_period = None
        if indicator in ("末", "底", "底前") and leading and _PART_PERIOD_WORD.fullmatch(leading[-1] + indicator):
            indicator = leading.pop() + indicator  # 、三季度末达到90%: 三季度 is no lead word of a name 末
        if indicator and last_indicator and _PART_PERIOD_WORD.fullmatch(indicator):
            own_period = indicator
            indicator = _with_own_period(last_indicator, [indicator])  # 、前三季度达到90%: the series' name, its period
        inherited.append(not indicator)
        if not indicator:
            if last_indicator is None:
                previous_end = end
                inherited.pop()
                continue
            own_period = _own_period(leading + trailing)
            indicator = _with_own_period(last_indicator, leading + trailing)
            subject = subject or last_subject
            trailing = trailing or list(last_verbs)  # 分别增长4.1%、8.7%: the second shares the verb
            if q.kind in ("percent", "points", "permille") and not share_of \
                    and not any(v in _GROWTH_VERBS + _FALL_VERBS + _LEVEL_VERBS for v in trailing):
                trailing = trailing + [v for v in last_verbs if v in _GROWTH_VERBS + _FALL_VERBS]  # 增长2.5%，力争3%
            elif q.kind not in ("percent", "points", "permille", "doubling", "zero_growth"):
                # 收入增速高于城镇居民1个百分点，力争达到48000元: an amount is the income's, not its growth rate's
                indicator = _RATE_SUFFIX.sub("", indicator) or indicator
        if own_period and last_period and measures and measures[-1].indicator == last_indicator \
                and not _PART_PERIOD_END.search(last_indicator) and not _PART_PERIOD_START.match(last_indicator):
            # 一季度完成投资20亿元、上半年完成50亿元: the series' first item keeps the part of the year it names too
            measures[-1] = replace(measures[-1], indicator=_with_own_period(last_indicator, [last_period]))
        if growth_after:
            trailing = trailing + ["增长"]
        verbs = leading + trailing
        value = q.value
        # 吸烟率下降到23.3%: the level reached after a fall, not a fall (降低3% is one)
        if any(v in _FALL_VERBS for v in trailing) and q.kind in ("percent", "points", "permille") \
                and not (trailing[:1] and trailing[0] in ("至", "到")):
            value = -value
        metric = "share" if share_of else _metric(q, indicator, verbs, trailing, not inherited[-1] or last_metric != "count")
        measures.append(Measure(
            indicator=indicator, metric=metric, value=value,
            value_high=q.value_high, unit=q.unit, qualifier=_qualifier(q, trailing, after),
            subject=subject, segment_start=segment_start + lead_offset, start=q.start, end=end,
            verbs=tuple(verbs),
        ))
        last_indicator, last_verbs, last_subject, last_metric = indicator, trailing, subject, measures[-1].metric
        last_period = own_period or _own_period(leading)
        last_counted = verb if counted else None
        previous_end = end
    if not shorthand:
        return tuple(_distribute(text, measures, inherited))
    return tuple(_shorthand_metric(m) for m in _distribute(text, measures, inherited, shorthand=True))


# 占全市1/8 / 比重超1/4: a share written as a fraction of digits (a date or a rate is read otherwise), after the word
# that names a share
_SLASH_FRACTION = re.compile(r"(?<![\d/.])(?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\d/.])")
_SHARE_WORD_BEFORE = re.compile(r"(?:占|比重|占比)[^，,。；;、\d]{0,6}$")


def _quantities(text: str, shorthand: bool) -> list[Quantity]:
    found = find_quantities(text)
    if not shorthand:
        return found
    implied = find_implied_quantities(text)
    # (where each figure lies, one mark a character: a figure's overlap is read from its own span)
    read = bytearray(len(text))
    for i in implied:
        read[i.start: i.end] = b"\x01" * (i.end - i.start)
    found = [q for q in found if read.find(1, q.start, q.end) < 0]
    for q in found:
        read[q.start: q.end] = b"\x01" * (q.end - q.start)
    found += implied
    for m in (_SLASH_FRACTION.finditer(text) if "/" in text else ()):
        num, den = int(m["num"]), int(m["den"])
        if 0 < num < den and _SHARE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                and read.find(1, m.start(), m.end()) < 0:
            value = (Decimal(num) * 100 / den).quantize(Decimal("0.01"))
            found.append(Quantity(value, "%", "percent", m.start(), m.end(), raw=m[0]))
    return sorted(found, key=lambda q: q.start)


# 一般预算收入占全市32.46% / 投资贡献率占全社会固定资产投资30%以上: the part, 占, then the whole (占地 / 占用 are no
# share)
_SHARE_OF_WHOLE = re.compile(r"^(?P<ind>.{2,40}?)(?P<verb>占)(?!地|用|有)[^，,。；;\d]{2,16}$")
_OF_THE_WHOLE = re.compile(r"占(?:全[国省市县区镇]|全社会)$")
# 固定资产投资增长8%以上1-10月份增长0.5%: the months of the next item run on from the figure
MONTHS_RUN = r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月"  # (1-10月: a run of months)
_MONTHS_RUN_ON = re.compile(MONTHS_RUN)


def _runs_on(text: str, q: Quantity, end: int) -> bool:
    """A percentage that is a figure of its own whatever runs on after it with no break: a share of the whole
    (规模工业应税销售占全市1/8规上…, 营业额占全市36.1%新增…) or a figure the next item's months follow (占全市30%的企业:
    the share describes the noun after 的)."""
    if q.kind != "percent":
        return False
    if _MONTHS_RUN_ON.match(text, end):
        return True
    return not text.startswith("的", end) and ("/" in q.raw or bool(_OF_THE_WHOLE.search(text, max(0, q.start - 12),
                                                                                          q.start)))


# 完成新增50辆公交车和6条公交路线等重点任务: what is counted, then the next count of the list (和 / 及 and a figure) or 等
_COUNTED_IN_LIST = re.compile(r"(?P<noun>[\u4e00-\u9fa5“”\"]{2,15}?)(?=(?:和|及)\d|等)")
# 净增高新技术企业超30家 / 新竣工亿元以上项目达20个: what is added, counted, whatever verb reaches the figure
_ADDED_SHORTHAND = re.compile(_ADDED.pattern + r"|净增|竣工|投产")
_CONTRIBUTION = re.compile(r"贡献度$|贡献率$")


def _shorthand_metric(measure: Measure) -> Measure:
    if measure.metric == "level" and measure.unit in ("%", "‰") and _CONTRIBUTION.search(measure.indicator):
        return replace(measure, metric="share")  # 项目招引贡献度达25%: the part of the whole's figure a place gives
    if measure.metric == "level" and measure.unit and measure.unit in COUNT_UNIT_SET \
            and any(_ADDED_SHORTHAND.search(w) for w in (measure.indicator, *measure.verbs)):
        return replace(measure, metric="count")
    return measure


# 财政总收入、地方财政收入均增长7%: the names listed before a figure stated with 均 each have it
# (thirty names at most, each of twenty characters at most: the list starts within _LISTED_SPAN of the figure, and a
# long list of names no figure shares is not read from each of its characters to its end)
_LISTED_BEFORE = re.compile(r"(?:[^，,。；;：:、和及]{2,20}(?:、|和|及)){1,30}$")
_LISTED_SPAN = 30 * 21


def names_sharing(sentence: str, measure: Measure) -> list[str]:
    """A、B均增长7% -> the names A and B (each stripped of its lead words); else the measure's own indicator."""
    if "均" not in measure.verbs:
        return [measure.indicator]
    text = normalize(sentence)
    clause = clause_start(text, measure.segment_start)
    listed = _LISTED_BEFORE.search(text, max(clause, measure.segment_start - _LISTED_SPAN), measure.segment_start) \
        if measure.segment_start > clause else None
    names = [_after_subject(strip_leading(n)[0])[0].strip()
             for n in re.split(r"、|和|及", (listed.group(0) if listed else "") + measure.indicator) if n]
    if len(names) < 2 or any(len(n) < 2 or re.search(r"\d", n) for n in names):
        return [measure.indicator]
    return names


def clause_start(text: str, end: int, breaks: re.Pattern = CLAUSE_BREAK) -> int:
    """Where the clause that runs to `end` starts: after the last of `breaks` (a class of single characters)
    before it."""
    return last_break(breaks, text, end)
_EACH_OPENING = r"分别(?:比[^，,。；;]*?|较[^，,。；;]*?|与[^，,。；;]*?相比)?"
_EACH_VERB = (r"增长|增加|提高|提升|下降|降低|减少|为|达到|达|是|突破|超过|超|稳定在|保持在?|控制在|"
              r"(?:提高|提升|增加|下降|降低)(?:到|至)")
_EACH = _EACH_OPENING + rf"(?:{_EACH_VERB})?$"  # 分别突破120亿元、100亿元: a threshold for each
# (the names run to 120 characters at most: 36 is the longest list read in the texts)
_RESPECTIVELY = re.compile(r"(?P<names>[^，,。；;：:]{1,120}?)" + _EACH)
_RESPECTIVELY_BREAK = re.compile(r"[，,。；;]")  # no character of these is in a match of _RESPECTIVELY


# (分别不少于1家、1家和7家: a floor for each)
_RESPECTIVELY_BOUNDED = re.compile(r"(?P<names>[^，,。；;：:]{1,120}?)" + _EACH_OPENING
                                   + rf"(?:{_EACH_VERB}|不少于|不低于|不超过|不高于)?$")


def _respectively(text: str, end: int, shorthand: bool = False) -> re.Match | None:
    """The names listed before 分别 and the verb that ends at `end` (项目数量、总投资分别增加), if any.

    The match holds no clause break, so it is looked for after the last one before `end`, and only where 分别 is."""
    start = last_break(_RESPECTIVELY_BREAK, text, end)
    each = _each_at(text)
    k = bisect_left(each, start)
    if k == len(each) or each[k] + 2 > end:
        return None
    return (_RESPECTIVELY_BOUNDED if shorthand else _RESPECTIVELY).search(text, max(start, each[k] - 120), end)


@lru_cache(maxsize=256)
def _each_at(text: str) -> list[int]:
    """Where 分别 is in the text."""
    return [m.start() for m in re.finditer("分别", text)]


# 高新技术企业和科技型企业…实现“双倍增”，分别超过90家和870家: the names are those of the figure before the clause
# (a match opens on the last comma before the figure: nothing after its comma is one)
_RESPECTIVELY_AFTER = re.compile(r"[，,]" + _EACH)
_COMMA = re.compile(r"[，,]")


def _respectively_after(text: str, end: int) -> bool:
    comma = last_break(_COMMA, text, end)
    return bool(comma) and bool(_RESPECTIVELY_AFTER.match(text, comma - 1, end))


_SIDE_NAMES = ("城镇", "农村", "城市", "乡村")
_SIDE_NAME = re.compile(r"^(?:城镇|农村|城市|乡村)(?=.{2})")
_SIDE = {"城": "城镇", "乡": "农村", "農": "農村", "鄉": "農村"}


def _shared_tail(names: list[str]) -> list[str]:
    """城、乡居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入: one-character names share the tail
    of the last name."""
    side = _SIDE_NAME.match(names[-1]) if len(names) >= 2 else None
    if side and any(n in _SIDE_NAMES for n in names[:-1]):  # 城镇和农村常住居民人均可支配收入: two-character sides
        tail = names[-1][side.end():]
        return [n + tail if n in _SIDE_NAMES else n for n in names[:-1]] + [names[-1]]
    if len(names) < 2 or len(names[-1]) < 3 or not any(len(n) == 1 for n in names[:-1]):
        return names
    tail = names[-1][1:]
    full = [n + tail if len(n) == 1 else n for n in names[:-1]] + [names[-1]]
    return [_SIDE.get(n[0], n[0]) + n[1:] if n.endswith(tail) and n[1:] == tail else n for n in full]


# 项目招引、重大项目开工、重大项目竣工贡献度分别达25%、40%、20%: the names before the last share its measure word
_MEASURE_WORD = re.compile(r"(?:贡献度|贡献率|增速|增幅)$")
# 再新开工、新竣工亿元以上项目: a verb alone shares what the last name counts
_STAGE_VERB = re.compile(r"^再?(?P<verb>新?(?:开工|竣工|签约|投产|开业|引进|招引|建成|落地|认定|培育))")


def _shared_measure_word(names: list[str]) -> list[str]:
    word = _MEASURE_WORD.search(names[-1]) if len(names) > 1 else None
    if word is None or len(names[-1]) - len(word.group(0)) < 2:
        return names
    return [n if _MEASURE_WORD.search(n) else n + word.group(0) for n in names[:-1]] + [names[-1]]


def _shared_head(names: list[str]) -> list[str]:
    last = _STAGE_VERB.match(names[-1]) if len(names) > 1 else None
    if last is None or len(names[-1]) - last.end() < 2:
        return names
    head = names[-1][last.end():]
    verbs = [_STAGE_VERB.match(n) for n in names[:-1]]
    if not all(v and v.end() == len(n) for v, n in zip(verbs, names[:-1])):
        return names
    return [v.group("verb") + head for v in verbs] + [names[-1][last.start("verb"):]]


# 新增省级和市级农业龙头企业分别5家: a level alone shares what the last name names after its level
_LEVEL = r"(?:国家级|省级|市级|县级|区级|镇级|村级)"
_LEVEL_OPENING = re.compile(rf"^{_LEVEL}(?=.{{2}})")
_LEVEL_ALONE = re.compile(rf"^{_COUNT_VERB}?(?P<level>{_LEVEL})$")
# 规上工业总产值和增加值分别增长10%: a measure word alone shares the head of the first name, which ends in one
_MEASURE_HEAD = r"(?:增加值|总产值|产值|营业收入|主营业务收入|销售收入|营收|利润|利税|税收)"
_HEADED_MEASURE = re.compile(rf"^(?P<head>.{{2,}}?){_MEASURE_HEAD}$")
_MEASURE_ALONE = re.compile(rf"^{_MEASURE_HEAD}$")
# (a name that is a level, a side or a place word alone, after all that, names nothing: the names do not pair up)
_NAMES_NOTHING = re.compile(rf"^{_COUNT_VERB}?(?:{_LEVEL}|{'|'.join(_SIDE_NAMES)}|城乡)$")


def _level_tail(names: list[str]) -> list[str]:
    last = _LEVEL_OPENING.match(names[-1])
    if last is None:
        return names
    tail = names[-1][last.end():]
    return [alone.group("level") + tail if (alone := _LEVEL_ALONE.match(n)) else n for n in names[:-1]] + [names[-1]]


def _shared_measure_head(names: list[str]) -> list[str]:
    headed = _HEADED_MEASURE.match(names[0])
    if headed is None:
        return names
    return [names[0]] + [headed.group("head") + n if _MEASURE_ALONE.match(n) else n for n in names[1:]]


def _each_named(listed: str, whole: str) -> list[str] | None:
    """The names one figure after 分别 holds for each (新开工、新竣工项目分别达20个; 城镇和农村居民人均可支配收入 /
    城乡居民人均可支配收入分别增长6%; 新增省级和市级农业龙头企业分别5家; 规上工业总产值和增加值分别增长10%), each given
    the words the list shares; None when the names do not pair up."""
    names = [_after_subject(strip_leading(n)[0])[0] for n in re.split(r"、|和|及", listed) if n]
    if len(names) == 1 and whole.startswith("城乡") and len(whole) > 3:
        names = ["城镇" + whole[2:], "农村" + whole[2:]]  # 城乡居民收入分别增长6%: town and country each
    if len(names) < 2:
        return None
    names = _shared_measure_head(_level_tail(_shared_tail(_shared_head(names))))
    if any(len(n) < 2 or _NAMES_NOTHING.match(n) for n in names):
        return None
    return names


# 开工率一季度达到50%以上、上半年达到80%: each figure of a series is for the part of the year its item names
# (1-6月 / 三季度末 / 6月底前 are parts of the year too; 全年 / 年内 / 年底前 name the whole year: the plain indicator)
_PART_PERIOD = (r"(?:上半年|下半年|前?[一二三四]季度末?|前\d{1,2}个?月|\d{1,2}月(?:底前?|末)|"
                r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?)")
_WHOLE_YEAR = r"(?:全年|年内|年底前?|年末|到年底)"
_PART_PERIOD_END = re.compile("(?:" + _PART_PERIOD + "|" + _WHOLE_YEAR + ")$")
_PART_PERIOD_START = re.compile("^(?:" + _PART_PERIOD + ")")
_PART_PERIOD_WORD = re.compile(_PART_PERIOD + "|" + _WHOLE_YEAR)
_WHOLE_YEAR_WORD = re.compile(_WHOLE_YEAR)


def _own_period(words: list[str]) -> str | None:
    return next((w for w in words if _PART_PERIOD_WORD.fullmatch(w)), None)


def _with_own_period(inherited: str, words: list[str]) -> str:
    """The indicator an item of a series shares (开工率一季度), its part of the year replaced by the item's own
    (、上半年达到80% -> 开工率上半年; 3月底前完成征迁50%、6月底前完成100% -> 6月底前完成征迁), added to a name with none
    (一季度完成投资20亿元、上半年完成50亿元 -> 投资上半年), or taken off for the whole year (、全年增长8% -> the plain name)."""
    own = _own_period(words)
    if own is None:
        return inherited
    whole = bool(_WHOLE_YEAR_WORD.fullmatch(own))
    if _PART_PERIOD_END.search(inherited):
        base = _PART_PERIOD_END.sub("", inherited)
        return base if whole or not base else base + own
    start = _PART_PERIOD_START.match(inherited)
    if start and len(inherited) > start.end():
        return inherited[start.end():] if whole else own + inherited[start.end():]
    return inherited if whole else inherited + own


def _distribute(text: str, measures: list[Measure], inherited: list[bool], shorthand: bool = False) -> list[Measure]:
    """项目数量、总投资、年度计划投资分别增加114个、169亿元和60亿元: one indicator per value."""
    result = list(measures)
    i = 0
    while i < len(result):
        m = _respectively(text, result[i].start, shorthand)
        j = i + 1
        while j < len(result) and inherited[j]:
            j += 1
        if shorthand and m and not inherited[i] and j - i == 1:
            names = _each_named(m.group("names"), result[i].indicator)
            if names:  # 新开工、新竣工项目分别达20个: each of them
                result[i: i + 1] = [_renamed(result[i], name) for name in names]
                inherited[i: i + 1] = [False] * len(names)
                i += len(names)
                continue
        if m and not inherited[i] and j - i > 1:
            names = _shared_tail([_after_subject(strip_leading(n)[0])[0] for n in re.split(r"、|和|及", m.group("names"))
                                  if n])
            if shorthand and all(result[k].unit in ("%", "‰", "个百分点") for k in range(i, j)):
                names = _shared_measure_word(names)
            whole = result[i].indicator
            if j - i == 2 and len(names) == 1 and whole.startswith("城乡") and len(whole) > 3:
                names = ["城镇" + whole[2:], "农村" + whole[2:]]  # 城乡居民收入分别增长5%和6%: town, then country
            if len(names) == j - i:
                for k, name in enumerate(names):
                    result[i + k] = _renamed(result[i + k], name)
        elif not m:
            at = next((k for k in range(i + 1, j - 1) if _respectively_after(text, result[k].start)), None)
            names = [n for n in re.split(r"、|和|及", result[at].indicator) if n] if at is not None else []
            if names and len(names) == j - at and all(len(n) >= 2 for n in names):
                for k, name in enumerate(names):
                    result[at + k] = _renamed(result[at + k], name)
        if m and j - i > 1:
            _share_qualifier(text, result, i, j)
        i = j
    return result


_QUALIFIED = ("at_least", "at_most", "around")


def _share_qualifier(text: str, result: list[Measure], i: int, j: int) -> None:
    """分别增长8%、9%以上 / 6.5%和7.5%左右: the qualifier written after the last figure of a list holds for all."""
    last = result[j - 1]
    if last.qualifier not in _QUALIFIED or last.unit != result[i].unit:
        return
    for k in range(i, j - 1):
        if text[result[k].end: result[k + 1].start] not in ("、", "和", "及", "与"):
            return
    for k in range(i, j - 1):
        # (分别增长8%和8%以上: the same figure written again with a qualifier marks the first as exact)
        if result[k].qualifier == "point" and result[k].value != last.value:
            result[k] = replace(result[k], qualifier=last.qualifier)
