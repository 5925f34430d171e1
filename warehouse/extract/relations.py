"""Targets stated as a relation, not a number (docs/contract-conventions.md, targets with no number).

居民收入增长与经济增长同步 → value null; 固定资产投资与上年持平 → growth 0; 失业率控制在省定目标以内 →
value null, at_most; 完成省下达的节能减排任务 → value null. Several indicators joined by 、 give one each.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .measures import Measure, strip_leading
from .numbers import normalize

_BODY = r"(?:国家|省、市|省市|省|市|区|县|上级|中央)"  # (完成省、市下达的节能减排任务: two bodies listed)
# 控制在省政府下达的范围之内; 完成“十四五”国家考核目标
# (单位生产总值能耗完成“十四五”考核目标: a plan period's assessed goal, the body that sets it left unsaid)
_LEVEL = rf"(?:(?:“?十.五”?)?{_BODY}(?:政府|委|委省政府|委市政府)?(?:定|下达|规定|确定|考核)?的?|“?十.五”?(?:下达|考核|约束性)的?)"
_IND = r"(?P<ind>[^，,。；;：:！!？?（）()]{2,60}?)"
_CUT = r"[^，,。；;：:、和及]{2,16}?(?:降低|下降|压减|削减|减排|改善|约束性)(?:目标|任务|指标)?"
# the economy's growth, a relation's yardstick (经济增长, GDP增速, 地区生产总值增长)
_ECONOMY = r"(?:经济增长|经济发展|经济增速|(?:地区)?生产总值(?:增长|增速)|(?:gdp|GDP)(?:增长|增速))"
_STEP = r"(?:同步|同步增长|基本同步|保持同步|保持同步增长|基本保持同步|保持基本同步)"
_RELATIONS = (
    # (pattern, metric, value, unit, qualifier); each needs its keyword (_KEYS) in the sentence
    # (与同期GDP增速保持同步: the economy's growth named by its rate, in the same period)
    (re.compile(_IND + r"(?:增长|增幅|增速)?(?:要|应|须)?(?:与|和|同)(?:同期)?" + _ECONOMY + r"(?:基本)?" + _STEP),
     "other", None, None, "point"),
    (re.compile(_IND + r"(?:增长|增幅|增速)?(?:保持|实现)?(?:基本)?同步增长"), "other", None, None, "point"),
    # 劳动报酬与劳动生产率提高同步: in step with another indicator than the economy's growth
    (re.compile(_IND + r"(?:增长|增幅|增速)?(?:要|应|须)?(?:与|和|同)[^，,。；;、与和同\d]{2,10}?(?:提高|增长|提升)(?:基本)?"
                + _STEP), "other", None, None, "point"),
    # 居民消费价格指数与国家价格调控目标保持衔接: kept in line with a higher level's goal
    (re.compile(_IND + r"(?:与|和|同)" + _LEVEL + r"?[^，,。；;、\d]{0,6}?(?:目标|指标)(?:保持|相)?衔接"),
     "other", None, None, "point"),
    (re.compile(_IND + r"(?:增长|规模|总量)?(?:与|和|同)(?:上年|去年|上一年)(?:度|同期)?(?:基本)?持平"), "growth", Decimal(0), "%", "point"),
    (re.compile(_IND + r"(?:控制在|低于|不超过|不高于|不突破)" + _LEVEL + r"?(?:目标|计划|指标|任务|范围)(?:以|之)?内?"),
     "other", None, None, "at_most"),
    # (均完成省下达: what a higher level allots, its goal left unsaid at the clause's end)
    (re.compile(_IND + r"(?:全面)?完成(?:" + _LEVEL + r"(?:目标|任务|指标)(?:任务)?|" + _BODY + r"(?:政府)?下达(?=$|[，,。；;]))"),
     "other", None, None, "point"),
    # (按时完成全年固投任务: the year's task of an indicator, as a higher level's is)
    # (完成年度投资目标: the year's goal of an indicator, named without 任务)
    (re.compile(r"完成(?:" + _LEVEL + r"|全年|年度)(?P<ind>[^，,。；;：:、]{2,20}?)(?:(?:目标)?任务|目标)"), "other", None, None, "point"),
    # 完成能耗强度降低和煤炭消费压减任务 / 全面完成降碳节能减排约束性指标和环境质量改善目标: the task of bringing each
    # indicator down (or its binding indicator), one target each
    (_TASKS := re.compile(r"完成(?P<ind>" + _CUT + r"(?:(?:和|及|、)" + _CUT + r")*)(?:目标|任务|指标)"), "other", None, None,
     "point"),
    # 生态环境质量、能源、水资源等指标按国家要求落实: each held to what a higher level requires
    (re.compile(_IND + r"(?:等(?:指标|约束性指标))?(?:按|按照|严格按照)" + _BODY + r"(?:政府)?(?:的)?(?:要求|规定|部署)"
                r"(?:落实|执行|完成)(?=$|[，,。；;])"), "other", None, None, "point"),
    # 有效投资增长高于经济增长: faster than the economy grows, with no margin named
    # (固定资产投资增长速度快于经济增长速度 / 制造业投资增速快于全部投资增速: the economy's growth or another indicator's,
    # each named as a rate; a margin after it, 快于…增速2个百分点, is a number, read elsewhere)
    (re.compile(_IND + r"(?:增长速度|增长|增幅|增速)?均?(?:要|应|须)?(?:高于|快于)(?:同期)?"
                r"(?:" + _ECONOMY + r"(?:速度)?|[^，,。；;、\d]{2,10}?(?:增长速度|增速|增幅))(?=$|[，,。；;、])"),
     "other", None, None, "at_least"),
    # 一般公共预算收入、固定资产投资保持正增长: growth above nothing (conventions: 持平 is growth 0; 正增长 is more)
    (re.compile(_IND + r"(?:增长|增速)?(?:保持|实现)?(?:稳定)?正增长"), "growth", Decimal(0), "%", "at_least"),
    # GDP增速高于全市平均水平 / 主要经济指标增速高于国省平均水平: above an area's average level or rate, with no margin
    # named (a group of indicators may be what is held above it; a bare 平均 is left: 高于全省平均)
    (_AVERAGE := re.compile(_IND + r"(?:增长速度|增长|增幅|增速)?均?(?:要|应|须)?(?:高于|快于|超出|超过|好于)"
                            r"[^，,。；;、\d]{0,8}?平均(?:水平|增速|增幅|速度|值)(?=$|[，,。；;、])"),
     "other", None, None, "at_least"),
    # 完成城镇就业市定目标任务: the indicator named between 完成 and the body that set its goal
    (re.compile(r"完成(?P<ind>[^，,。；;：:、“”]{2,12}?)" + _BODY + r"(?:政府)?(?:定|下达|规定|确定|考核)的?(?:目标)?(?:任务|目标)"),
     "other", None, None, "point"),
    # 居民消费价格涨幅与全国一致: held in line with a larger area's figure
    (re.compile(_IND + r"(?:与|和|同)(?:全国|全省|全市|国家)(?:平均)?(?:水平)?(?:保持)?(?:基本)?一致(?=$|[，,。；;、])"),
     "other", None, None, "point"),
    # 生态环境指标以国家下达任务为准: held to what a higher level sets
    (re.compile(_IND + r"以" + _LEVEL + r"?(?:目标|任务|指标|要求)为准"), "other", None, None, "point"),
    # 粮食播种面积保持相对稳定: a quantity held steady is growth 0 (conventions: 保持稳定 in a growth sense)
    (re.compile(r"(?P<ind>[^，,。；;：:！!？?（）()]{0,20}?(?:面积|产量|总产|总量|数量))(?:保持|总体|基本|相对){1,2}稳定"
                r"(?=$|[，,。；;、])"), "growth", Decimal(0), "%", "point"),
    # 制造业增加值占地区生产总值比重保持基本稳定 / 外贸出口额占全市份额保持稳定: a share held steady is a level kept,
    # no growth (its value left unsaid)
    (re.compile(r"(?P<ind>[^，,。；;：:！!？?（）()]{0,30}?(?:比重|份额|占比))(?:保持|总体|基本|相对){1,2}稳定"
                r"(?=$|[，,。；;、])"), "other", None, None, "point"),
)
# A word each pattern cannot match without: the patterns scan up to 60 characters back from every position, so
# a sentence without the word is not scanned at all.
_KEYS = (re.compile(r"同步"), re.compile(r"同步增长"), re.compile(r"同步"), re.compile(r"衔接"), re.compile(r"持平"),
         re.compile(r"控制在|低于|不超过|不高于|不突破"), re.compile(r"完成"), re.compile(r"完成"),
         re.compile(r"约束性|(?:降低|下降|压减|削减|减排|改善)(?:目标|任务|指标)"), re.compile(r"按"), re.compile(r"高于|快于"),
         re.compile(r"正增长"), re.compile(r"平均"), re.compile(r"完成"), re.compile(r"一致"),
         re.compile(r"为准"), re.compile(r"稳定"), re.compile(r"稳定"))
# any of the words: most sentences have none, and are then not searched for each word in turn
_ANY_KEY = re.compile("|".join(key.pattern for key in _KEYS))
RELATION = "<relation>"  # in Measure.verbs: stated as a relation, not read from a number
# (这一增速目标与去年持平: a goal compared with last year's goal, not an indicator)
# (主要约束性指标控制在省市规定范围以内: a group of indicators, none named)
_NOT_INDICATOR = re.compile(r"^主要$|^(?:各项|各类|全年|年度|主要(?:预期)?目标|目标|任务|工作|等|这一|这个|该|此|上述)|各项|下达|目标$|^.$"
                            r"|^(?:主要)?(?:约束性|预期性)?指标$")
_NOT_GROUP = re.compile(r"^(?:各项|主要|全年|年度|目标|任务|工作|等|这一|这个|该|此|上述)$|下达|目标$|^.$")
_LEAD = re.compile(r"^.*?(?:目标是|目标为|目标：|目标:|主要预期目标)")


def find_relations(sentence: str) -> list[Measure]:
    """Every relation-stated target in one sentence, left to right (offsets relative to the sentence)."""
    text = normalize(sentence)
    found: list[Measure] = []
    taken: list[tuple[int, int]] = []
    if not _ANY_KEY.search(text):
        return found
    for (pattern, metric, value, unit, qualifier), key in zip(_RELATIONS, _KEYS):
        if not key.search(text):
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start("ind") < e for s, e in taken):
                continue
            start = m.start("ind")
            names = _indicators(m.group("ind"), tasks=pattern is _TASKS, groups=pattern is _AVERAGE)
            if not names:
                continue
            taken.append((start, m.end()))
            for name, offset in names:
                found.append(Measure(indicator=name, metric=metric, value=value, value_high=None, unit=unit,
                                     qualifier=qualifier, subject=None, segment_start=start + offset,
                                     start=m.end("ind"), end=m.end(), verbs=(RELATION,)))
    return sorted(found, key=lambda x: (x.segment_start, x.start))


def _indicators(raw: str, tasks: bool = False, groups: bool = False) -> list[tuple[str, int]]:
    """The measured things named before the relation: 'A、B' gives A and B, each stripped of lead words (and, for
    `tasks`, of the task set on them; with `groups`, a group of indicators named as one, 各项主要经济指标, is kept)."""
    out = []
    offset = 0
    lead = _LEAD.match(raw)
    if lead:
        offset = lead.end()
    for part in re.split(r"(以及|、|和|及)", raw[offset:]):
        if part in ("以及", "、", "和", "及"):
            offset += len(part)
            continue
        stripped, _ = strip_leading(part)
        # (主要污染物排放继续下降且控制在…以内: the trend before the relation is no part of the name)
        name = re.sub(r"(?:继续|持续|稳步|逐步)?(?:下降|降低|减少|增长|提升)(?:且|并|并且|而且)$", "", stripped.strip())
        name = re.sub(r"(?:增长速度|增长|增幅|增速|保持|实现|要|均)+$", "", name)
        name = re.sub(r"(?:与|和|同)(?:gdp|经济增长|经济发展|地区生产总值|生产总值)(?:增长)?$", "", name, flags=re.I)
        # (能耗强度降低, 降碳节能减排约束性指标, 环境质量改善目标: the indicator, not the task set on it)
        cut = re.sub(r"(?:降低|下降|压减|削减|改善)$", "", re.sub(r"(?:约束性)?(?:目标|任务|指标)$", "", name)) \
            if tasks else name
        if len(cut) >= 2 and not (_NOT_GROUP if groups else _NOT_INDICATOR).search(cut) and not re.search(r"\d", name):
            out.append((cut, offset + part.find(stripped) if stripped in part else offset))
        offset += len(part)
    return _share_tail(out)


# 城镇、农村居民人均可支配收入: the side named alone shares the tail of the name after it
_SIDES = re.compile(r"^(?:城镇|农村|城市|乡村|城乡)$")
_SIDE_TAIL = re.compile(r"^(?:城镇|农村|城市|乡村|城乡)(?P<tail>居民.+)$")


def _share_tail(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    if len(names) < 2:
        return names
    tail = _SIDE_TAIL.match(names[-1][0])
    if not tail:
        return names
    return [(name + tail.group("tail") if _SIDES.match(name) else name, at) for name, at in names]
