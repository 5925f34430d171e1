"""Targets: quantified goals for a coming period (contract § targets).

A measured statement is a target when it looks forward: a cue (确保 / 力争 / 预期 …), a lead-in
(今年主要预期目标：) or a goals section governs it, or a future period is named (到2025年, 明年).
Results (去年增长8%) and project attributes (总投资 / 用地 / 年产值) are not targets.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from .before import break_ends, last_break, longest_run, matches_before
from .dates import five_year_plan_end, period_end_year
from .measures import MONTHS_RUN, PROVINCE, Measure, clause_start, find_goal_measures, names_sharing, strip_leading
from .relations import RELATION, find_relations
from .numbers import find_quantities, to_json_number
from .places import division_at
from .sections import (BATCH_YEAR_PLAN, NUMBERED_HEADING, PARTIAL_OR_QUARTER, PARTIAL_PERIOD, RANKED, SECTOR, WHO_SPAN_BEFORE, WHOLE_PERIOD, Context,
                       clause_subject, commitment_of, heading_mode, is_heading)
from .script import unglossed
from .sentences import Sentence
from .tense import GOAL, LONG_SENTENCE, cue_before, last_cue, nearest_marker, only_whole_year_before, orientation, period_year_before, weak_past

# a project's phase (首期 / 一期工程 / 二期项目)
_PHASE_NUMBER = "[首一二三四五]期"
_PHASE = _PHASE_NUMBER + "(?:工程|项目)?"
# what a project has, not what a government aims at (粮食产能稳定在1100亿斤以上 is a province's goal;
# 生态经济占地区生产总值50%以上 is a share, not a site)
# (面积 alone is what a city plants or clears too: 新增城区绿化面积28万平方米 is a goal)
# (规划装机容量203兆瓦, 设计产能: the size a plant is designed for)
# 年产值 / 年产 / 年销售收入: what a plant makes or sells a year
_OUTPUT_A_YEAR = r"年产值|年产|年可?生产|年销售|年税收"
_PROJECT_ATTRIBUTE = re.compile(rf"总投资|投资总额|项目投资|概算投资|{_PHASE_NUMBER}投资|用地|占地(?!区生产总值)|建筑面积|"
                                r"规划装机|设计(?:产能|规模|能力)|"
                                rf"{_PHASE_NUMBER}[^，,；;]{{0,12}}?面积|{_OUTPUT_A_YEAR}|"
                                # (预计年开票销售不低于1亿元 / 年可新增开票销售5亿元: a plant's invoiced sales a year; a
                                # place's 全年开票销售 is its own figure)
                                r"(?<![全今明当])年可?(?:新增)?开票销售|"
                                r"年利税|(?<!粮食)(?<!粮食综合)产能|(?:厂房|车间|仓储|经营|营业|规划)面积")
# (“十四五”计划投资5.4万亿元: what a plan period's projects are to spend in it, a goal like a year's)
# (签约项目15个，计划投资金额111.3亿元: the same money named 金额; 当年计划投资, like 今年计划投资, is the year's)
_PROJECT_MONEY = re.compile(r"(?<!年度)(?<!全年)(?<!今年)(?<!当年)(?<!年内)(?<!年内计划)(?<!\d\d\d\d年)(?<!十.五)(?<!十.五”)(?:[计规]划投资(?:金额|总额)?|投资额|投资金额|投资规模)"
                            r"(?:约|达|超|近|为)?$")
# land a government supplies or secures (供应建设用地35万亩, 储备产业用地2000亩): a goal of its own, not a project's site
_GOVERNMENT_LAND = re.compile(r"供应|保障|盘活|批而未供|出让|收储|储备|供地|消化")
# 完成重大项目投资500亿元: what a programme of projects is to spend, a goal (not one project's 项目投资)
# (央企项目投资, 民间项目投资, 产业项目投资: what a kind of investor or sector is to spend, not one project)
_PROGRAMME_MONEY = re.compile(r"^(?:省市县)?(?:重大|重点|省重点|市重点|县重点|政府投资|省市县长|央企|国企|民间|民营|外资|"
                              r"社会|产业|工业|制造业|招商)(?:建设)?项目投资$")
# the size of a site (总用地, 土地占地面积, 厂房建筑面积, 一期启动区块面积), not land a government supplies or adds
_SITE = re.compile(r"^(?:项目|土地|厂房|规划)?总?(?:用地|占地|建筑)(?:面积)?$|" + _PHASE_NUMBER + r"[^，,；;]{0,12}?面积")
_TOTAL_MONEY = re.compile(r"总投资|投资总额")
_PROJECT_WORDS = re.compile(r"项目|产业园|基地|生产线|园区")
# (实施科技攻关项目50个: research projects, not investment projects; 省级重点人才项目入选数: programmes for people)
_PROJECT_COUNT = re.compile(r"(?<!科技)(?<!攻关)(?<!科研)(?<!研发)(?<!课题)(?<!创新)(?<!试点示范)(?<!人才)项目")
# 今年拟安排省重点项目1564个，其中在建项目1199个、…，新开工155个项目: the count of a batch arranged and the 其中 that
# opens its parts, whatever their wording (_BREAKDOWN_OPENING reads one part that opens a sentence: a kind and its count)
_ARRANGED_BREAKDOWN = re.compile(r"安排[^，,。；;]{0,12}?项目\d+个[，,]其中")
_ARRANGED_COUNT = re.compile(r"安排[^，,。；;\d]{0,20}?项目$")
_OUTPUT_CLAUSE = re.compile(r"^(?:建成后|投产后|达产后)?(?:可|将|预计)?(?:实现)?年(?:产|可?生产|加工|处理)(?!值|量)")
_YIELD = re.compile(r"产值|销售收入|营业收入|税收|利税|销售额")
_BUILD_SCOPE = re.compile(r"建设(?:内容|规模)(?:主要)?(?:为|是|包括|有|[:：])")
# 建设规模为年处理污水5万吨，项目计划今年6月底前开工，年内完成投资1.2亿元: 建设内容 / 建设规模 governs its clauses up
# to a new cue, a date of its own or a figure of investment
_SCOPE_ENDS = re.compile(r"力争|确保|争取|计划|预计|年内|今年|全年|年底|月底|完成(?:年度)?投资|开工|投产|竣工|[；;。]")
_DIMENSION = re.compile(r"全长|长度|宽度|跨度|^含")
_ROADS = r"公路|大桥|隧道"
_WORKS_WORDS = re.compile(r"项目|工程|道路|管网|" + _ROADS)
# (成都“第三绕城高速”德阳至简阳段规划投资136.2亿元: one road, bridge or section named: a section of a road, a
# contract or a river, or one from a place to a place; 手段 / 地段 / 时段 / 阶段 are none)
_ONE_WORKS = re.compile(r"高速|铁路|" + _ROADS + r"|路段|标段|河段|(?<!截)至[\u4e00-\u9fa5]{1,8}(?<![手地时阶片])段")
_ONCE_BUILT = re.compile(r"(?:建成|达产|投产|运营|投用|达效)后")
# “一期建成后，预计产业规模达100亿元” (a quote after the project is named): only a project is built in phases
_PHASE_BUILT = re.compile(_PHASE + r"(?:全面|全部)?(?:建成|达产|投产|运营|投用|达效)后")
# 某产业园项目，总投资50亿元，首期计划引进3家企业，落地项目6个 / 计划占地1000亩（首期500亩）: a clause that opens on a
# phase of the project sets out what that phase has or brings, and the clauses after it go on with it
_PHASE_OPENING = re.compile(r"(?:^|[，,；;（(])(?:项目)?" + _PHASE)
# (…建设丰溪产业园，一期年底前投用，全县规上工业增加值增长8% / …，一期道路年内完工，全年新增企业15家: a clause that
# opens on a scope of its own, a figure with a subject of its own or one of the whole place's is no longer the phase's)
_SCOPE_OPENING = re.compile(r"(?:^|[，,；;])(?:全[省市县区镇]|全年|今年|年内|我[省市县区镇]|本[省市县区镇])")
_WHOLE_PLACE_FIGURE = re.compile(r"^(?:规上|规模以上)|生产总值|GDP|gdp|社会消费品零售|一般公共预算|固定资产投资|居民人均|进出口")


def _phase_goes_on(text: str, measure: Measure) -> bool:
    """Whether the figure is in the clauses a project's phase opens: no scope or subject of their own named since."""
    phases = matches_before(_PHASE_OPENING, text, measure.start, 16)
    return bool(phases) and not measure.subject and not _WHOLE_PLACE_FIGURE.search(measure.indicator) \
        and not found_in(_SCOPE_OPENING, text, phases[-1].end(), measure.start)


# 正式投产后预计…上缴税收4000万元: only a plant goes into production, so what follows it is a project's yield
_IN_PRODUCTION = re.compile(r"(?:达产|投产|达效)后")
# 参加本次集中开工活动的项目…新建项目开工18个: the projects of the event reported, not a goal
_THIS_EVENT = re.compile(r"本次|此次|本批|此批")
_REFERS_TO_PROJECT = re.compile(r"^(?:该|本|此)?项目")
# (至今年年底，两个项目年工业产值将达9亿元、加工贸易出口额1.5亿美元: a clause opening on the projects just named, by a
# demonstrative or their number, is about them too)
# (这三个项目落户…，年可新增开票销售5亿元: a demonstrative and the projects' number)
_THIS_PROJECT = re.compile(r"(?:(?:该|本|此|这|这些|上述)(?:[两二三四五六七八九十]?个)?|[两二三四五六七八九十]个)项目")
# (项目纳入国家用地保障范围: projects entered into a list are counted as a goal; 列入市级重点项目28个 is how a plan is made up)
_RECRUIT = re.compile(r"招引|引进|招商|签约|开工|竣工|投产|落地|申报|争取|谋划|储备|入库|项目(?:纳入|列入)")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# 力争纳入省重点项目20个: a count of projects to enter a list, under a firm cue, is a goal
_INTO_LIST = re.compile(r"纳入|列入")
_PLANNED = re.compile(r"计划|安排|目标")
_FUTURE_PERIOD = re.compile(rf"{GOAL}|到\d{{4}}年|明年|十.五")

# Whether a pattern is found in the words before a figure (or in its clause) is asked of each figure of a sentence: a
# sentence of a thousand figures is not read again for each. Every place a match starts is found once in the whole
# text (a lookahead finds them all, overlapping); one that starts more than the most a match reads before the figure
# is a match in the words before it too, and only those last characters are read again, as the words end there.
# (the patterns asked so read at most _READ characters from where a match starts, three runs of spaces and one of
# digits aside)
_READ = 64
_DIGITS = re.compile(r"\d+")
_EVERY_START: dict[re.Pattern, re.Pattern] = {}


@lru_cache(maxsize=1024)
def _starts(pattern: re.Pattern, text: str) -> list[int]:
    every = _EVERY_START.get(pattern)
    if every is None:
        every = _EVERY_START[pattern] = re.compile(f"(?=(?:{pattern.pattern}))", pattern.flags)
    return [m.start() for m in every.finditer(text)]


def found_in(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> bool:
    """`pattern.search(text, start, end) is not None` (by default over the whole text)."""
    end = len(text) if end is None else end
    cut = end - _READ - 3 * longest_run(_SPACES, text) - longest_run(_DIGITS, text)
    if cut > start:
        starts = _starts(pattern, text)
        k = bisect_left(starts, start)
        if k < len(starts) and starts[k] < cut:
            return True
        start = cut
    return pattern.search(text, start, end) is not None


# (the breaks sections.clause_subject cuts a text at)
_SUBJECT_BREAK = re.compile(r"[，,：:；;。]")


@lru_cache(maxsize=64)
def _subjects(text: str) -> tuple[list[int], list[str | None]]:
    """Where each clause of the text starts, and the last subject the clauses up to its end name."""
    starts = [0] + [m.end() for m in _SUBJECT_BREAK.finditer(text)]
    named: list[str | None] = []
    for start, after in zip(starts, starts[1:]):
        named.append(clause_subject(text[start: min(after - 1, start + _READ)]) or (named[-1] if named else None))
    return starts, named


def subject_before(text: str, end: int) -> str | None:
    """clause_subject(text, end), each clause read once for all the figures of the text: the subject a clause
    opens with names a place or a zone (全县, 某某经开区), so each clause names its own, whatever the clauses
    before it, in its first words (the first _READ characters)."""
    starts, named = _subjects(text)
    k = bisect_right(starts, end) - 1
    return clause_subject(text[starts[k]: min(end, starts[k] + _READ)]) or (named[k - 1] if k else None)


@dataclass(frozen=True)
class Target:
    indicator: str
    metric: str
    value: float | None  # None: a target stated as a relation (与经济增长同步, 控制在省定目标内)
    value_high: float | None
    unit: str | None
    qualifier: str
    commitment: str
    target_year: int | None
    subject: str | None
    evidence: str
    span: tuple[int, int]

    def to_contract(self) -> dict:
        return {"indicator": self.indicator, "metric": self.metric, "value": self.value,
                "value_high": self.value_high, "unit": self.unit, "qualifier": self.qualifier,
                "commitment": self.commitment, "target_year": self.target_year, "subject": self.subject,
                "evidence": self.evidence, "span": list(self.span)}


# a result measured against its goal (增长6%，符合预期目标; 五年成形目标基本实现，预计…)
_ACHIEVED = re.compile(r"符合预期|完成预期|实现预期|超额完成|好于预期|高于预期|达到预期|为历年最高|创(?:下)?历史新高|"
                       r"完成(?:全年|年度)?(?:目标)?任务[^，,。；;]{0,12}?的|"
                       # (完成全年总量目标的107%: the goal named by what it measures, 总量 / 增速)
                       r"完成(?:全年|年度)[^，,。；;\d]{0,4}?目标的|"
                       r"目标(?:任务)?(?:已|均|基本|全面|如期|顺利)?(?:实现|完成)(?!.{0,4}(?:目标|任务))|"
                       # 完成年计划710亿元的89.4%: the share of the year's plan done, a progress report
                       r"完成(?:全?年|年度)计划[^，,。；;]{0,12}?的\d")
# 新开工30项，超计划16项 / 全年完成投资2510亿元，历史性跨越2500亿元大关: a figure beyond the plan, or a record
# passed, is reported once it is done (力争历史性突破… under a cue is still a goal)
_BEYOND_PLAN = re.compile(r"超(?:过|出)?(?:年度|全年)?计划(?=\d|完成)|历史性地?(?:跨越|突破|迈上|站上|跨上|迈入|超过)")
# 山东GDP首次突破9万亿元: a threshold its own figure passes for the first time is a milestone reported, like a record
# (the figure's own segment only: 去年首次突破…，今年力争增长6% keeps the goal; 力争首次突破… is a goal)
_FIRST_PASSED = re.compile(r"首次(?:跨越|突破|迈上|站上|跨上|迈入|超过|达到)[^，,。；;\d]{0,2}$")


# 全年GDP增速目标预测均值为5.28% / 全年经济增速大概率超过5%: what an analyst forecasts (even a forecast of a goal)
# is no goal set; the forecast is named in the figure's own clause (据预测，… opens a clause of its own)
# (本规划预测2030年…达到500亿元: a plan's own projection is how a spatial plan states its targets)
_FORECAST = re.compile(r"(?<!规划)预测(?:值|均值|中值)?|大概率")


def _forecast(text: str, measure: Measure) -> bool:
    return found_in(_FORECAST, text, _clause_start(text, measure.segment_start), measure.start) \
        and not found_in(_FIRM_CUE, text, 0, measure.start)


# 任务…| 进展情况：…装修工程完成80%: what follows a label of progress (a table's progress column, a report's
# 完成情况：) is what has been done, whatever the goal before it; the words after the label still set a goal when
# they look forward (a cue, or 计划 / 将 / 年内 / 到2027年 nearer the figure than any 已 / 去年)
_PROGRESS_LABEL = re.compile(r"(?:进展|完成|推进|落实|实施|执行)情况[:：]|(?:工作|项目)进展[:：]")


def _looks_forward_since(text: str, start: int, position: int, published: dt.date | None) -> bool:
    """Whether the words in text[start:position] set what comes at `position` as a goal: a cue among them, or the
    marker nearest `position` among them looks forward (not a goal met: 完成既定目标，… looks back)."""
    cue = last_cue(text, position)
    if cue and cue.start() >= start:
        return True
    marker = nearest_marker(text, position, published)
    if not marker or marker[0] < start or marker[1] != "forward":
        return False
    at = marker[0]
    return not (text.startswith("目标", at)
                and any(met.end() == at + 2 for met in _MET_GOAL.finditer(text, max(start, at - 10), at + 2)))


def _after_progress_label(text: str, measure: Measure, published: dt.date | None) -> bool:
    labels = matches_before(_PROGRESS_LABEL, text, measure.start, 16)
    return bool(labels) and not _looks_forward_since(text, labels[-1].end(), measure.start, published)


def _first_passed(text: str, measure: Measure, published: dt.date | None) -> bool:
    """首次突破… reported (去年 / 已 / nothing forward): a milestone; after a cue, 目标, 要, 将 or a period to come
    (到2027年) it is a goal."""
    found = _FIRST_PASSED.search(text, measure.segment_start, measure.start)
    return bool(found) and not _looks_forward_since(text, 0, found.start(), published)


@lru_cache(maxsize=64)
def _beyond_plan(text: str) -> bool:
    found = _BEYOND_PLAN.search(text)
    return bool(found) and not cue_before(text, found.start())


_ESTIMATE = re.compile(r"预计")
_EARLY_MONTHS = 2  # a year's first months, when its reports still review the year before and set out its plan
_MET_GOAL = re.compile(r"(?:实现|完成|达到)[^，,。；;]{0,6}目标")
_QUOTED_GOAL = re.compile(r"[^“”]{0,60}”(?:的)?(?:目标|任务|工作目标|目标任务)")
# (_COMPLETION_RATE, _WILL_REACH and _DONE_ASPECT end at the figure and run a few characters: only those are read)
# 完成年度计划投资127%: how much of a plan was done, a result (the plan itself, 全年计划完成投资98.5亿元, is a goal)
# (占年度计划投资的73.7%: the same ratio worded as a share)
# (占计划投资的69%, 占投资任务的92%: the same share of a plan or task not named for the year)
_COMPLETION_RATE = re.compile(r"(?:完成|占)(?:全年|年度|当年)[^，,。；;\d]{0,8}?的?$"
                              r"|(?:完成|占)[^，,。；;\d]{0,4}?(?:计划|任务)[^，,。；;\d]{0,4}?的$")
# 年度投资110.32亿元 / 年度计划投资8.45亿元 / 全年计划完成投资: the money a batch of projects is to spend in the year is
# its plan, a goal, even in a progress report and after 截止目前 (a finished year's is excluded by its year)
# (全年完成投资50亿元, 完成年度投资: what was spent, a result)
# (当年计划投资239亿元 after a batch of the notice's year, and 其中2024年计划完成年度投资60亿元: the plan worded with
# 当年, or with 计划 before 完成年度投资)
_YEAR_PLAN_MONEY = re.compile(r"(?<!完成)(?<!实现)(?<!累计)(?:年度(?:投资计划|计划(?:完成)?投资|投资)|(?:全年|年内|当年)计划(?:完成)?投资|"
                              r"全年投资计划|计划完成(?:年度|全年)投资)(?:任务)?额?(?:为|达|约|是)?$")
# 其中，产业发展类项目7个，总投资1.9亿元，年度投资1.4亿元 / 从项目类别来看，产业项目44项，…: a kind of projects and its
# count opening the sentence, after a batch's figures, is how the batch divides up (plan composition), not a goal
# (其中开工项目395个，…，年度计划投资457亿元: the part of the batch that starts, by its stage, is a goal of its own; a
# kind is named 类 or sorted by 从…来看, and the lines after it go on with the other kinds)
# (分行业来看，其中基础设施25个项目，… / 此次开工项目中，产业发展项目有3个，…: the count before the noun, or after 有;
# a batch's 项目中， opens its parts as 其中 does)
# (从行业看 / 分县区看 / 按投资主体划分: only a word that splits the batch; 从总量看 / 从全年看 / 从目标看 sort nothing, and
# a stage, 从建设阶段看, gives parts that are goals of their own)
_SPLIT_BY = (r"(?:(?:项目|投资)?(?:行业|领域|类别|产业|类型|区域|地区|板块|县区|县市区|县（市、区）|县\(市、区\)|"
             r"乡镇|投资主体|主体|性质|资金来源))")
_BREAKDOWN_OPENING = re.compile(r"^(?:其中[，,:：]?)?(?P<by>" + r"(?:从|分|按)" + _SPLIT_BY + r"(?:来看|看|划分|分)[，,:：]"
                                r"|(?P<within>[^，,。；;：:\d]{0,16}?项目中[，,]))?(?:其中[，,:：]?)?"
                                r"(?P<kind>[^，,。；;\d]{2,14}?)(?:项目(?:有|共计?)?\d+(?:个|项)|\d+个项目)"
                                # (产业项目共计78个、总投资…、年度计划投资…: the kind's own figures joined by 、, not a
                                # second kind)
                                # (农业类项目19个总投资32.3亿元 / 服务业14个项目投资25.1亿元: the kind's money written on
                                # with no comma)
                                r"(?:[，,]|、(?=(?:计划)?总投资|年度|全年|年内|占)|(?=(?:计划)?总?投资\d)|$)")
# 其中产业项目78个 / 其中基础设施项目20个: a sector of the economy is a kind of projects, with or without 类 (not 其中省重点
# 项目18个 or 其中市级项目: a rank of projects inside the batch, whose plan may be a goal of its own)
# (at the very start of the sentence, with no 其中, only when the sentence before stated the batch: 产业项目120个，总投资
# 800亿元，年度计划投资300亿元 under a heading, or after 今年，我县将…, is a batch of its own, its plan a goal)
_SECTOR_KIND = re.compile(r"(?P<qizhong>其中[，,:：]?)?" + SECTOR + "$")
_OPENS_ON_QIZHONG = re.compile(r"^[，,]?其中")
# (工业项目3个、基础设施项目4个，总投资65.8亿元: every kind listed in one clause, the money theirs together: the batch's)
# 分行业看： / 从项目类别来看： / 按领域划分： a line of its own that says the lines after it divide the batch up (each kind
# with its count and its money): they are its composition, as when the words open the kind's own line
_BREAKDOWN_HEADING = re.compile(r"^(?:其中[，,:：]?)?(?:从|分|按)" + _SPLIT_BY + r"(?:来看|看|划分|分)[:：]?$")
# a line that is no kind of the batch: its total (合计 / 全年共实施… / 全县新开工项目30个), a place's share of a higher list
# (我市共有项目45个), a stage (新开工项目395个: a goal of its own) or a size class (亿元以上项目30个)
_NOT_A_KIND = re.compile(r"全|共|合计|总计|总体|新开工|续建|开工|竣工|在建|前期|以上|以下")
_PLACE_KIND = re.compile(r"我[县市区省]|[\u4e00-\u9fa5]{1,6}[省市县区]$")
# 力争/确保 before the figure: a goal the line sets, whatever part it is
_FIRM_IN_LINE = re.compile(r"力争|确保|争取")
# A：总投资6亿元；年度计划投资2亿元；B：…: a named project's figures cut at ；, the piece after the project's own carries
# on with its figures (carried as "item" for that one piece): a plan figure that opens the piece, with nothing before
# it to say whose, is the project's (the plan's composition), not the batch's goal
# (only in a list of projects: a piece that opens it, 这3个项目分别是A…；, or one after a project's plan piece; a notice
# about one project, A项目，总投资…；年度计划投资…, states that project's plan for the year, a goal)
_PROJECT_ITEM = "item"
_ITEMS_GO_ON = "items"
_ITEM_GOES_ON = re.compile(r"[；;]$")
# (分别是A项目总投资… / 这2个项目为A项目，…: a project's name right after the opener; 分别为一期…二期… are phases of one,
# and 分别是A项目、B项目、C项目，总投资… names the group, whose plan piece is the group's)
_ITEMS_OPEN = re.compile(r"(?:分别|(?:\d+|[两二三四五六七八九十]+)个项目)(?:是|为|有|包括)[：:]?"
                         r"(?P<name>[^，,。；;：:、\d]{2,40}?(?:项目|工程)(?:[（(][^（()）]{1,8}[）)])?)(?=[，,：:]|总投资)")
# a piece that names one project only (星河电机项目，总投资10亿元；): no second name, no 、
_ONE_PROJECT_PIECE = re.compile(r"^[^，,。；;：:、\d]{2,40}?(?:项目|工程)(?:[（(][^（()）]{1,8}[）)])?(?=[，,：:]|总投资)")
_MORE_NAMES = re.compile(r"、|(?:项目|工程)[^；;]*(?:项目|工程)")
_OPENS_ON_PLAN_MONEY = re.compile(r"^(?:其中)?[，,:：]?(?:年度|全年|年内|当年|\d{4}年)(?:计划)?(?:完成)?(?:投资|计划投资|投资计划)")
# carried while the lines go on dividing a batch up: "breakdown:" and what the lines before the breakdown stated
_BREAKDOWN = "breakdown:"


def _breakdown(text: str, carried: str | None, batch_before: bool = False) -> bool:
    opening = _BREAKDOWN_OPENING.match(text)
    if not opening or _NOT_A_KIND.search(opening.group("kind")):
        return False
    if opening.group("within"):
        if _PLACE_KIND.search(opening.group("kind")):
            return False
        # (此次开工项目中，产业项目有3个: the parts of a batch a line before stated; alone, the line states a batch of its
        # own inside a higher list: 省重点建设项目中，我市共有项目45个)
        return carried is not None and _state_of(carried) in ("target", "outcome", "plan")
    if bool(opening.group("by")) or opening.group("kind").endswith("类") or _in_breakdown(carried):
        return True
    sector = _SECTOR_KIND.fullmatch(opening.group("kind"))
    return bool(sector) and (bool(sector.group("qizhong")) or bool(_OPENS_ON_QIZHONG.match(text)) or batch_before)


# 省重点项目8个 / 当天集中开工项目共13个 / 14个项目 / 列入…开工项目37个: a part of a batch named with its count of projects
_PART_COUNTED = re.compile(r"项目(?:共计?|有)?\d+(?:个|项|宗)|\d+(?:个|项|宗)[^，,。；;\d]{0,12}?项目")


# 其中，续建项目60个 / 计划新开工项目45个 / 在建项目185项: a part named by its stage, whose plan is a goal of its own
# (round 16), unlike 当天集中开工项目 or 列入本次…开工项目, the part of the batch one event gathers
_STAGE_PART = re.compile(r"(?:其中)?[，,:：]?(?:计划|年内)?(?:新开工|开工|续建|在建|新建|竣工|投产|前期|预备)(?:类)?项目")


# 其中我县 / 其中本区: a part named by its own place
_PLACE_PART = re.compile(r"其中[，,:：]?(?:我|本)(?:县|区|市|镇|乡|旗|州)")


def _part_of_planned_batch(text: str, ctx: Context, measure: Measure) -> bool:
    """A part of a batch (其中 and its count of projects) whose own money for the year was stated before it, in the
    sentence or the one before: the part's money for the year is how the plan divides up, not a goal of its own
    (其中2024年计划完成年度投资60亿元, no count after 其中, is the batch's own; a part of a batch that stated no plan of
    its own, 总投资3000亿元；其中开工项目300个，…年度计划投资400亿元, keeps its plan as a goal)."""
    parts = text.rfind("其中", 0, measure.start)
    if parts < 0 and not ctx.planned_batch_parts:
        return False
    # (其中我县列入项目15个，年度计划投资32亿元: the share a place named after 其中 takes is that place's own plan)
    if parts >= 0 and _PLACE_PART.match(text, parts):
        return False
    counted = _PART_COUNTED.findall(text, max(parts, 0), measure.start)
    # (其中工业项目30个、基础设施项目30个，…年度计划投资40亿元: kinds joined, their money together a goal, round 18)
    if len(counted) != 1 or _STAGE_PART.match(text, max(parts, 0)):
        return False
    return ctx.planned_batch_parts or bool(BATCH_YEAR_PLAN.search(text, 0, parts))


def _state_of(carried: str) -> str:
    carried = carried[len(_BREAKDOWN):] if carried.startswith(_BREAKDOWN) else carried
    return carried.partition("@")[0]


def _in_breakdown(carried: str | None) -> bool:
    return carried is not None and carried.startswith(_BREAKDOWN)


def _going_on(sentence: Sentence, carried: str | None, batch_before: bool = False) -> str | None:
    """What a sentence reads on from: a breakdown holds for the lines that go on dividing the batch up (the next kind
    and its count); any other line (a heading, a line of words, a goal) reads on from what the lines before the
    breakdown stated (产业类项目50个，年度投资100亿元。(then) 地区生产总值增长6%左右: still the year's goals)."""
    if not _in_breakdown(carried) or _breakdown(sentence.text, carried, batch_before):
        return carried
    return carried[len(_BREAKDOWN):] or None


def _read_on(sentence: Sentence, ctx: Context) -> Context:
    carried = _going_on(sentence, ctx.carried, ctx.batch_before)
    if carried == _OUTLOOK:
        return replace(ctx, mode="plan", carried="plan")
    return ctx if carried == ctx.carried else replace(ctx, carried=carried)


# 回顾2017年 (its results) … 展望2018年 (then a line for each goal): a heading that looks out on the notice's own year or
# a later one opens a section of goals, whatever section came before it, up to the next heading
# (展望2018年 / 2018年展望 / 展望“十五五”; 展望未来 names no period)
_OUTLOOK_PERIOD = r"(?:\d{4}年|今年|明年|新的一年|新一年|“?十.五”?)"
_OUTLOOK_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*"
                              rf"(?:展望{_OUTLOOK_PERIOD}|{_OUTLOOK_PERIOD}(?:工作)?展望$)")
_OUTLOOK = "outlook"


def _outlook(text: str, published: dt.date | None) -> bool:
    if not _OUTLOOK_HEADING.match(text):
        return False
    year = period_end_year(text, published)
    return year is None or published is None or year >= published.year


# 展望2024年 … (then) 回顾过去一年，… / 2023年，全市… / 附件：2023年主要经济指标完成情况: a line that opens on a past
# period (or an annex) turns back to results, and ends the outlook before the next heading does
_PAST_OPENING = re.compile(r"^(?:附件|回顾|过去(?:的)?(?:一|几|\d+|[两三四五])年|去年|上年|上一年|一年来|一年以来)")
_YEAR_AT_OPENING = re.compile(r"^(\d{4})年")


def _leaves_outlook(text: str, published: dt.date | None) -> bool:
    if _PAST_OPENING.match(text):
        return True
    year = _YEAR_AT_OPENING.match(text)
    return bool(year and published and int(year.group(1)) < published.year)


# (开复工率78%, 履约率: how far a batch of projects has got, a rate of progress like 完成率)
_RATE_DONE = re.compile(r"(?:完成|开工|复工|开复工|开竣工|竣工|投产|到位|履约|签约|落地)率$")
# 项目数量占比达52% / 占全部项目年度计划投资的19.1%: how a batch of projects is made up, not a goal
# (其中产业项目开工数和投资额均占50%以上: the projects' part, 占, the figure)
_BATCH_SHARE = re.compile(r"项目[^，,；;]{0,8}?(?:占比|比重)|占[^，,；;]{0,12}?项目|项目[^，,；;占]{0,10}占$")
# 年度计划投资分别为259亿元、144亿元，分别占30%、17%: a share that names neither the part nor the whole is how the
# figures before it divide up
_BARE_SHARE = re.compile(r"(?:分别|各)?(?:占|占比)(?:为|达|是)?")
# 四川拟认定25家农业龙头企业: the names put up for a title (a 公示 before it is given), not a goal; a goal for the
# year names it (今年拟新认定高新技术企业100家)
# (推荐数量 / 申报名额 / 每县报送: how many a call lets each body put forward)
_QUOTA = re.compile(r"(?:推荐|申报|报送|上报|遴选)(?:数量|名额|数|个数|项目数)?$")
_LIST_PROPOSED = re.compile(r"拟(?:认定|命名|授予|表彰|推荐|确定|公示)[^，,。；;\d]{0,4}$")
# 评选出一等奖1名，二等奖2名 / 将表彰先进工作者60名，表彰先进集体10个 / 复查确认保留荣誉称号的文明村443个: how many a
# selection or a commendation names is the size of an honour list, not a goal; a verb of choosing winners or of
# commending before the figure in its clause says so, and a prize grade says so of the figures listed after it
# (力争… under a firm cue in the clause still sets a goal; 推选出 / 挑选出 / 入选出口… choose no winners, and 表彰大会 /
# 表彰奖励 name the event or the money, not those commended)
_COMMENDING = re.compile(r"评选出|评出|评定出|(?<![推挑筛入])选出|表彰(?!大会|会|奖励|活动|仪式|决定|通报|名单)"
                         r"|保留[^，,。；;\d]{0,4}?称号")
_PRIZE_GRADE = re.compile(r"(?:[一二三特]等奖|优秀奖|入围奖|鼓励奖|提名奖|[金银铜]奖)$")


def _commended(text: str, measure: Measure) -> bool:
    clause = _clause_start(text, measure.segment_start)
    return (found_in(_COMMENDING, text, clause, measure.start) or bool(_PRIZE_GRADE.search(measure.indicator))) \
        and not found_in(_FIRM_CUE, text, clause, measure.start)


# 筛选了259个: what was done (a verb with 了 before the figure; 为了 is a purpose)
_DONE_ASPECT = re.compile(r"(?<![为除])了\s*$")


def _done(text: str, measure: Measure) -> bool:
    """增加了2%和2.5%: the verb with 了 before the first figure of a list holds for the figures after it."""
    if _DONE_ASPECT.search(text, max(0, measure.start - 8 - longest_run(_SPACES, text)), measure.start):
        return True
    at = measure.verbs.index("了") if "了" in measure.verbs else -1
    return at >= 0 and measure.verbs[at + 1: at + 2] not in (("为",), ("除",))


def _year_ending(published: dt.date | None, year: int | None) -> bool:
    """12月1日…本次集中开工项目年度投资20.4亿元: in a year's last month its planned spending is no longer ahead (a
    coming year's plan names that year)."""
    return bool(published and published.month == 12 and (year is None or year <= published.year))


# 下达投资计划4268.3万元: money a higher level has allotted, not a goal (下达…目标任务 is one)
_ALLOTTED = re.compile(r"下达")
_ASSIGNED = re.compile(r"目标|任务")


_CUE_OR_PERIOD = re.compile(r"预计|预期|力争|确保|争取|目标|计划|到\d{4}年")


def _estimate_of_a_closing_period(text: str, ctx: Context, measure: Measure, published: dt.date | None) -> bool:
    """预计2020年…达到6900亿元 in a notice of December 2020: an estimate of a result, not a goal."""
    cues = matches_before(_CUE_OR_PERIOD, text, measure.start, 16)
    if not cues or not _ESTIMATE.fullmatch(cues[-1].group(0)):
        return False
    if ctx.mode == "review":
        return True
    year = period_year_before(text, published, measure.start)
    # (预计全年…完成24.57亿元 in a report of January, after the year before was named: 全年 is that year's whole, not
    # the year just begun)
    whole_only = year is not None and published is not None and published.month <= _EARLY_MONTHS \
        and _only_the_whole_year(text, measure.start, published)
    # (今年是开局之年。预计全年…: the line named the notice's own year since, line_year)
    named = ctx.line_year or ctx.ref_year
    if published and (year is None or whole_only) and named and named < published.year:
        return True  # 2025年…预计…。预计人均地区生产总值突破2万美元 in January 2026: the finished year's estimate
    # 预计地区生产总值超过2100亿元 in a report of January: in a year's first months an estimate that names no period
    # is of the year just ended, whose figures are not yet final (this year's is named: 预计今年…; a goals lead-in
    # or section, goals stated just before, or another cue in the sentence set goals going on)
    if published and published.month <= _EARLY_MONTHS and year is None and ctx.lead_commitment is None \
            and ctx.mode != "plan" and _state(ctx.carried) not in ("target", "plan") \
            and all(_ESTIMATE.fullmatch(c.group(0)) for c in cues):
        return True
    return bool(published and published.month >= 10 and (year is None or year <= published.year))


def _only_the_whole_year(text: str, end: int, published: dt.date) -> bool:
    """Whether every dated expression in text[:end] is a bare 全年 (no year named by number, 今年 or 明年)."""
    return only_whole_year_before(text, end, published)


def _names_own_year(text: str, end: int, published: dt.date) -> bool:
    """2013年，…计划招引… in a notice of January 2013: text[:end] names the notice's own year (or a later one), by
    its number, as 今年, or as 年内 after 要 / 将 (要统筹…，年内完成新增公交车50辆 after a review of the year before;
    2025年…。年内完成投资50亿元 in its review is that year's)."""
    years = matches_before(_YEAR_NUMBER, text, end, 8)
    if years:
        return int(years[-1].group(1)) >= published.year
    within = matches_before(_WITHIN_YEAR, text, end, 2)
    return found_in(_THIS_YEAR_NAMED, text, 0, end) \
        or bool(within) and within[-1].start() > 0 and found_in(_WILL_DO, text, 0, within[-1].start())


_YEAR_NUMBER = re.compile(r"(?<!\d)(\d{4})年")
_WITHIN_YEAR = re.compile("年内")


_THIS_YEAR_NAMED = re.compile(r"今年|本年")
_WILL_WORD = r"(?<!即)将(?!近)"
_WILL_DO = re.compile(r"(?<![主重需])要(?![求素点事闻件案])|" + _WILL_WORD)


# 到2025年，人均预期寿命在2020年基础上提高1岁 / 比2020年翻一番: a base year is no period of the goal
# (为离校2年内未就业高校毕业生开发见习岗位5万个: a span that says who is meant is none either)
_BASE_YEAR = re.compile(r"(?:在|以|比|较|与|同|由)\d{4}年(?:的)?(?:基础上|为基数|相比|水平)?"
                        r"|(?:" + "|".join(WHO_SPAN_BEFORE) + r")[\d一二两三四五六七八九十]+年(?:以)?内")


@lru_cache(maxsize=256)
def without_base_years(text: str) -> str:
    """The text with its base years (在2020年基础上, 比2020年) blanked out, the same length."""
    return _BASE_YEAR.sub(lambda m: "　" * len(m.group(0)), text) if "年" in text else text


# 1-10月份计划新开工223项 / 一季度，预计新开工项目16个: a plan for part of the year is a benchmark of progress
_FIRM_CUE = re.compile(r"力争|确保|争取|努力|务必|必须")
# a progress report: how much of the year's plan is done (完成年度计划投资的31.7%, 低于序时进度1.6个百分点);
# its 完成投资88.6亿元 is a result even after the plan's own figure (年度投资计划236.2亿元)
_PROGRESS = re.compile(r"(?:完成|占)(?:年度|全年|当年|年)(?:投资)?(?:计划|目标)(?:投资)?的|投资完成率|序时进度|时间进度")
_DONE_CLAUSE = re.compile(r"(?:累计|实际|已|共)?完成")
_PACE = re.compile(r"序时进度|时间进度")


def _clause_start(text: str, end: int) -> int:
    return clause_start(text, end, _CLAUSE_BREAK)  # (a 。 inside a sentence is inside a quote: no clause break)


# 未达预期7项分别是：… / 未完成序时进度的3项: a tally of the items of a progress report by how they stand, not a goal
_TALLY = re.compile(r"未(?:达到?|完成)(?:预期|序时|目标|计划|进度)[^，,。；;：:\d]{0,4}$")
# 规划纲要共19篇: the parts of a document, not a goal
_DOCUMENT_UNITS = ("篇", "章")
def _session(text: str, measure: Measure) -> bool:
    """省委十一届四次全会: the fourth session of a term (届) is an ordinal, not a count of 次."""
    return measure.unit == "次" and text.endswith("届", 0, measure.start)


# 要求村级河长每周巡河2次 / 每月开展安全检查1次: how often a duty is done is a routine, not a goal for a period
# (力争每年举办招商活动5次以上: a number of times a year that a cue sets is a goal; 每年体检1次 with no cue is a routine)
_EVERY = re.compile(r"每(?:周|天|日|月|旬|季度?|半年)")
_EVERY_YEAR = re.compile(r"每年")


def _routine(text: str, measure: Measure) -> bool:
    if measure.unit != "次":
        return False
    clause = _clause_start(text, measure.segment_start)
    return found_in(_EVERY, text, clause, measure.start) \
        or found_in(_EVERY_YEAR, text, clause, measure.start) and not _cue_in(text, clause, measure.start)


def _cue_in(text: str, start: int, end: int) -> bool:
    """Whether a cue stands in text[start:end]."""
    cue = last_cue(text, end)
    return bool(cue) and cue.start() >= start


# 打好“园区三年翻番”收官战 / 实施“双百亿”三年行动: a figure that ends a quoted name of a campaign or a programme is part
# of the name: a programme's noun follows the quote (“…翻一番”目标, “…增长6%”这一目标, 的奋斗目标, 等年度目标, 不动摇
# name a goal, and so does a programme's noun that 目标 / 任务 follows: “…”攻坚目标)
_PROGRAMME_AFTER_QUOTE = re.compile(r"[”\"][^，,。；;、：:“”\"的等]{0,4}?(?:行动|工程|战役|攻坚|会战|收官战|硬仗|计划|活动)"
                                    r"(?![^，,。；;]{0,4}(?:目标|任务))")


def _in_quoted_name(text: str, measure: Measure) -> bool:
    if not _PROGRAMME_AFTER_QUOTE.match(text, measure.end):
        return False
    opening = max(text.rfind("“", 0, measure.start), text.rfind("\"", 0, measure.start))
    return opening >= 0 and "”" not in text[opening: measure.start]


# 2020年，万源预计全年实现地区生产总值140亿元 (in January 2021): 全年 is the finished year named before it
_FORWARD_AFTER_YEAR = re.compile(r"今年|明年|本年|新一年|到\d{4}年|十.五|目标|力争|确保|争取|计划")


_WHOLE_YEAR = re.compile("全年")
_YEAR_OF_ITS_OWN = re.compile(r"(?<!\d)(\d{4})年(?!\s*\d{1,2}\s*月)")  # (2024年, not 2024年3月)


def _finished_year_whole(text: str, end: int, published: dt.date | None) -> bool:
    """Whether text[:end] names a finished year, then its whole (全年) with nothing looking forward after the year."""
    if not published or not found_in(_WHOLE_YEAR, text, 0, end):
        return False
    years = matches_before(_YEAR_OF_ITS_OWN, text, end, 16 + 2 * longest_run(_SPACES, text))
    if not years or int(years[-1].group(1)) >= published.year:
        return False
    after = years[-1].end()
    blanked, met_starts, met_ends = _goals_met_blanked(text, after)
    n = end - after
    k = bisect_left(met_starts, n)
    if k and met_ends[k - 1] > n:  # (a goal met that the figure stands inside: the words before it are read alone)
        rest = _MET_GOAL.sub(lambda m: "　" * len(m.group(0)), text[after:end])
        return "全年" in rest and not _FORWARD_AFTER_YEAR.search(rest)
    whole = blanked.find("全年")
    return 0 <= whole <= n - 2 and not found_in(_FORWARD_AFTER_YEAR, blanked, 0, n)


def _whole_of_the_lines_finished_year(text: str, ctx: Context, end: int, published: dt.date | None) -> bool:
    """2024年，我省坚持…良好态势。全年地区生产总值增长4.8%: the whole (全年) of a finished year the line opened on, read
    in a later sentence of that line with no year, cue or goal word of its own before the figure, is that year's result
    (even in a plan, whose review of the year before opens it)."""
    if not (published and ctx.line_year and ctx.line_year < published.year) or ctx.lead_commitment is not None:
        return False
    whole = text.find("全年", 0, end)
    return whole >= 0 and not found_in(_FORWARD_AFTER_YEAR, text, 0, end) and not found_in(_YEAR_NUMBER, text, 0, end) \
        and not found_in(_ESTIMATE, text, 0, end) and cue_before(text, end) is None


@lru_cache(maxsize=64)
def _goals_met_blanked(text: str, start: int) -> tuple[str, list[int], list[int]]:
    """text[start:] with each goal met blanked (2024年，…较好地完成了全年各项目标任务，全年完成投资45亿元: a goal met is no
    goal ahead, and its 全年 no whole of the year), and where each goal met starts and ends. Read up to a figure, the
    words after the year blank the same goals met, but for one the figure stands inside."""
    rest = text[start:]
    met = list(_MET_GOAL.finditer(rest))
    blanked = _MET_GOAL.sub(lambda m: "　" * len(m.group(0)), rest)
    return blanked, [m.start() for m in met], [m.end() for m in met]


_SPACES = re.compile(r"\s+")


def _part_of_year(text: str, end: int) -> re.Match | None:
    """The part of the year named in text[:end] after any whole period, if any."""
    reach = 16 + 3 * longest_run(_SPACES, text)  # (1 - 6 月: the periods read spaces of any length)
    partial = matches_before(PARTIAL_OR_QUARTER, text, end, reach)
    if not partial:
        return None
    whole = matches_before(WHOLE_PERIOD, text, end, reach)
    # (力争三季度全县GDP增长10.8%以上: a firm cue in the clause that names the part of the year sets a goal for it)
    clause = _clause_start(text, partial[-1].start())
    return partial[-1] if (not whole or whole[-1].start() < partial[-1].start()) \
        and not _FIRM_CUE.search(text, clause, end) else None


def _part_reported(text: str, ctx: Context, measure: Measure, published: dt.date | None) -> str | None:
    """What a figure within part of the year is: never a goal for the year. A quarter named with its year (2024年一季度，
    …增长6.4% / 今年一季度…, in the sentence or earlier in its line) with nothing looking forward reports the quarter:
    a result; 一季度 / 上半年 alone are neither. None when no part of the year governs the figure."""
    part = _part_of_year(text, measure.start)
    if not part and not _goes_on_with_part_of_year(text, ctx, measure):
        return None
    quarter = not PARTIAL_PERIOD.match(text, part.start()) if part else ctx.line_quarter and not ctx.partial_period
    reported = quarter and not cue_before(text, measure.start) \
        and orientation(text, measure.start, published) != "forward"
    return "outcome" if reported else "neither"


# 第3项规模以上工业增加值增长9%以上，1-10月份增长8.3% / …零售总额增长6%”，三季度增长3.5%: a progress report restates
# the year's goal (rounded, or quoted from the plan) beside what part of the year has brought
_PART_NEXT = re.compile(r"[”\"]?[，,、]?\s*(?:其中)?(?:" + MONTHS_RUN + r"|前?[一二三]季度|上半年|前\d{1,2}个?月)")


# (the report names what it restates as goals: 目标, 预期, 计划, 指标, or a numbered item, 第3项; what has come about
# since the year began, 今年以来, or against last year, 同比, or what is done, 实现 / 完成, is a result so far)
_GOAL_RESTATED = re.compile(r"目标|预期|计划|指标|第\d{1,3}项?")
_SO_FAR = re.compile(r"以来")
_DONE_SO_FAR = ("同比", "实现", "完成")


def _goal_beside_progress(text: str, ctx: Context, measure: Measure, published: dt.date | None) -> bool:
    quoted = text.startswith(("”", "\""), measure.end)
    if measure.unit not in ("%", "个百分点") or not _PART_NEXT.match(text, measure.end) \
            or not (measure.qualifier in ("at_least", "around") or quoted):
        return False
    if not (quoted or _led(ctx, measure) or cue_before(text, measure.start)
            or found_in(_GOAL_RESTATED, text, 0, measure.start)):
        return False
    if found_in(_SO_FAR, text, 0, measure.start) or any(v.endswith(_DONE_SO_FAR) for v in measure.verbs):
        return False
    # (上半年，全市GDP增长6%左右，二季度增长7%: the part named before, with no figure of its own since, is the figure's)
    parts = matches_before(PARTIAL_OR_QUARTER, text, measure.start, 16 + 3 * longest_run(_SPACES, text))
    if parts and not _DIGIT.search(text, parts[-1].end(), measure.segment_start):
        return False
    year = period_year_before(text, published, measure.start)
    return not (published and year is not None and year < published.year)


_DIGIT = re.compile(r"\d")


def _goes_on_with_part_of_year(text: str, ctx: Context, measure: Measure) -> bool:
    """上半年，…增长28.6%；社会固定资产投资增长86.1%；: the items after a line's part of the year are progress within
    it too, until a whole period or a firm cue is named."""
    return (ctx.partial_period or ctx.line_partial) and not found_in(WHOLE_PERIOD, text, 0, measure.start) \
        and not found_in(_FIRM_CUE, text, 0, measure.start)


_WILL_REACH = re.compile(r"将(?:达到|达|突破|超过|超|增至|增加到|提高到|提高至|提升到|提升至)$")
_OVER_THE_PERIOD = {"年均", "累计"}
_PROPOSED = re.compile(r"提出|明确|设定|确定")
_LATER_YEAR = re.compile(r"(?<!\d)(\d{4})年(?!.*\d{4}年)")
_NAMED_YEAR = re.compile(r"今年|本年|当年|\d{4}年")
_OWN_PERIOD = re.compile(r"\d{4}年|今年|本年|去年|上年|当年")


def _ahead(ctx: Context, published: dt.date | None) -> bool:
    """Late in a year, the last year named before the sentence is the next one (a plan period's end is not)."""
    return bool(published and published.month >= 9 and ctx.ref_year == published.year + 1)


# 实际利用外资120万美元，超额完成全年80万美元目标: the figure that names the year's goal, inside a result
_YEAR_GOAL_NAMED = re.compile(r"(?:完成|实现)(?:全年|年度|今年)的?$")
_GOAL_AFTER = re.compile(r"的?目标(?!的|值的)")


# 为平台2025年实现营业收入500亿元的阶段性目标提供支撑 / 助力实现产值200亿元年度目标 / 按照完成率60%、…120%以上的目标:
# a figure the text names as a goal (a noun: 目标, 年度目标, 阶段性目标), reached for with 实现 / 完成 / 达到 / 按照 and no
# cue word, is a goal; the items joined by 、 before the one 目标 are goals alike
_GOAL_NOUN_AFTER = re.compile(r"(?:、[^，,。；;：:]{1,30}?)?的?(?:阶段性|年度|全年|年|发展|奋斗)?目标(?:任务)?(?!的|值的)")
_REACHING_FOR = re.compile(r"(?:实现|完成|达到|按照)(?!了)")
# (提前实现…的目标 / 已完成…目标 / 实现了…的目标 / 超额完成: the goal met, a result)
_GOAL_REACHED = re.compile(r"已|了|提前|超额|顺利|如期|圆满|历史")
# 为实现 / 助力实现 / 按照…的目标 / 将(助力)实现 / 要实现 / 力争实现 / 到2026年实现: the goal named ahead, still to reach
# (the rule has no cue word of its own, so the frame that looks forward is asked for, not the ways a goal is met
# listed: 首次实现 / 成功实现 / 一举实现 …的目标 and 达到年初设定的…目标 are results)
_GOAL_AHEAD = re.compile(r"为(?:了)?(?:实现|完成|达到)|助力|按照|(?<![即必])将|(?<![主重需只摘纲概])要(?![求素点])|力争|争取|"
                         r"确保|奋力|努力实现|冲刺|(?:到|至)\d{4}年")
# (过去一年 / 去年 / 上年 / 年初设定的 / 首次实现: the goal looked back on, whatever frame precedes)
_GOAL_LOOKED_BACK = re.compile(r"过去(?:的)?一年|去年|上年|年初(?:设定|确定|制定|提出)|"
                               r"(?:首次|成功|一举|终于|率先|全面|胜利)(?:实现|完成|达到)")
# 年产值 / 年产 / 年销售收入 / 达产后可实现…: a project's own output, even named as a goal
_PROJECT_OUTPUT = re.compile(rf"{_OUTPUT_A_YEAR}|年利税|达产")


def _names_a_goal(text: str, measure: Measure, published: dt.date | None = None) -> bool:
    """The figure is named as a goal by a noun after it (…的年度目标), reached for in a frame that looks forward."""
    clause = _clause_start(text, measure.start)
    if not (_GOAL_NOUN_AFTER.match(text, measure.end) and found_in(_REACHING_FOR, text, clause, measure.start)) \
            or found_in(_GOAL_REACHED, text, clause, measure.start) or found_in(_GOAL_LOOKED_BACK, text, 0, measure.start):
        return False
    # (全县上下要齐心协力，实现…的目标: the frame may open the clause before)
    frame = _clause_start(text, clause - 1) if clause > 0 else 0
    year = period_year_before(text, published, measure.start) if published else None
    return found_in(_GOAL_AHEAD, text, frame, measure.start) or bool(published and year and year > published.year)


def _names_the_years_goal(text: str, ctx: Context, measure: Measure, published: dt.date | None) -> bool:
    clause = _clause_start(text, measure.start)
    if not (_GOAL_AFTER.match(text, measure.end) and _YEAR_GOAL_NAMED.search(text, clause, measure.start)) \
            and not _names_a_goal(text, measure, published):
        return False
    year = period_year_before(text, published, measure.start)
    return ctx.mode != "review" and not (published and year is not None and year < published.year) \
        and not _finished_year_whole(text, measure.start, published)


# 聚焦“…”目标 / 紧盯“…”目标任务: a verb of aiming opens the quoted goal
_AIM = r"(?:聚焦|围绕|紧盯|紧扣|锚定|瞄准|对标|朝着|向着|冲刺|奔着|为实现)"
_AIMING = re.compile(_AIM + "$")


def _aimed_at_quote(text: str, measure: Measure) -> bool:
    """The measure lies in a quoted goal (“…”目标) that a verb of aiming opens."""
    if not _QUOTED_GOAL.match(text, measure.start):
        return False
    opening = text.rfind("“", 0, measure.start)
    return opening > 0 and bool(_AIMING.search(text, max(0, opening - 4), opening))


# 1、某某技能培训项目，计划安排资金20万元 / 全县共安排各级财政衔接补助资金8126万元 / 预估各级安排补助资金约8500万元:
# the money a list of funded items puts on one item, the total it shares out, or what the levels above allot is how
# funds are allotted (plan composition), not a goal (安排省级财政资金1042.8亿元 in a province's plan is one)
_FUNDS = re.compile(r"(?:资金|补助|补贴|经费)$")
_FUNDED_ITEM = re.compile(r"(?:项目|工程|计划|资金|[)）])[”\"]?[，,]$")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[、.．](?!\d)|[（(][\d一二三四五六七八九十]{1,2}[）)])")
# （一）产业发展类：: the kind of items a part of the list gives, before the item's name
_ITEM_KIND = re.compile(r"[^，,。；;：:]{1,10}类[：:]")
# 全力实施乡村振兴三年行动计划，/ 3、加快重点项目建设，/ 聚焦重点项目，: a clause that does something to a plan or a
# project is no item's name, and the money after it is the plan's own
_ACTING = re.compile(r"(?:\d{4}年[，,]?)?(?:全[县市省区镇]|我[县市省区镇]|今年|全年)?"
                     r"(?:全力|全面|持续|深入|大力|扎实|积极|着力|继续|进一步|重点|统筹|坚持|切实|认真|全速)?"
                     r"(?:实施|聚焦|加快|推进|推动|围绕|抓好|做好|抓实|启动|开展|强化|加强|突出|狠抓|完善|落实|组织|"
                     r"争取|谋划|打造|实行|促进|提升|深化|聚力|紧盯|瞄准|服务|保障|支持|加大|用好|发挥)")
_ALLOTTED_FROM_ABOVE = re.compile(r"各级|上级")
# 力争全年争取…、上级安排债券资金10亿元 / 全市将统筹安排各级财政资金50亿元: money from the levels above a plan aims at
# (a goal); 共安排 / 已安排 / 下达 report money shared out
_FUNDS_AIMED = re.compile(r"力争|确保|将|计划|拟|争取")
_FUNDS_REPORTED = re.compile(r"共|已|下达|累计")


def _names_the_item(text: str, clause: int) -> bool:
    """Whether the clause before `clause` is the name of a funded item: the whole of it from the line's start (after
    a list number and a kind of items) ending on 项目 / 工程 / 计划 / 资金, not a verb phrase (实施…计划)."""
    if not _FUNDED_ITEM.search(text, max(0, clause - 4), clause):
        return False
    line = text.rfind("\n", 0, clause) + 1
    number = _LIST_ITEM.match(text, line)
    start = number.end() if number else line
    kind = _ITEM_KIND.match(text, start)
    start = kind.end() if kind else start
    name = re.sub(r"[（(][^（()）]*[)）]", "", text[start:clause - 1]).strip()  # (其他产业项目(如:种植,养殖等))
    return len(name) >= 4 and not re.search(r"[，,。；;]", name) and not _ACTING.match(name)


def _funds_allotted(text: str, measure: Measure) -> bool:
    """Whether an amount is funds allotted (安排…资金) to an item of a funding list, as a list's total (共安排), or by
    the levels above (各级 / 上级) with no aim at it: how money is shared out, not a goal."""
    if measure.metric != "amount" or not _FUNDS.search(measure.indicator):
        return False
    if "安排" not in measure.verbs and "安排" not in measure.indicator:
        return False
    clause = _clause_start(text, measure.segment_start)
    if _names_the_item(text, clause) or "共" in measure.verbs:
        return True
    if not _ALLOTTED_FROM_ABOVE.search(measure.indicator):
        return False
    return not _FUNDS_AIMED.search(text, 0, measure.start) or bool(_FUNDS_REPORTED.search(text, clause, measure.start))


def _in_build_scope(text: str, measure: Measure) -> bool:
    """Whether a figure is of the works a 建设内容为 / 建设规模为 before it lists, in the clauses it governs."""
    at = max(text.rfind("建设内容", 0, measure.start), text.rfind("建设规模", 0, measure.start))
    scope = _BUILD_SCOPE.match(text, at, measure.start) if at >= 0 else None
    return scope is not None and not found_in(_SCOPE_ENDS, text, scope.end(), measure.start)


def _led(ctx: Context, measure: Measure) -> bool:
    """Whether a lead-in (今年主要预期目标：) governs the measure: an item of a list of goals."""
    return ctx.lead_commitment is not None and measure.start >= ctx.lead_end


# (targets_in, outcomes_in and carry each ask about the same measure of the same sentence: the answer depends on the
# values alone, so it is worked out once)
@lru_cache(maxsize=256)
def classify(sentence: Sentence, ctx: Context, measure: Measure, published: dt.date | None) -> str | None:
    """'target', 'outcome' or None (neither: a description, a project attribute)."""
    ctx = _read_on(sentence, ctx)
    text = without_base_years(sentence.text)
    if _names_the_years_goal(text, ctx, measure, published):
        return "target"
    if measure.metric == "amount" and ctx.carried == _PROJECT_ITEM and (opening := _OPENS_ON_PLAN_MONEY.match(text)) \
            and measure.start - opening.end() <= 2:
        return None  # (…项目总投资：6亿元；年度计划投资：2亿元；: the project's own)
    if measure.metric == "amount" and (plan := _YEAR_PLAN_MONEY.search(text, max(0, measure.start - 12), measure.start)):
        year = period_year_before(text, published, measure.start) if published else None
        if plan.group().startswith("当年") and not _PART_COUNTED.search(text, 0, measure.start) \
                and not (ctx.batch_before or ctx.planned_batch_parts):
            return None  # (该项目总投资8亿元，当年计划投资3亿元: one project's own, as before 当年 was read as a plan)
        if year is None and plan.group().startswith("当年"):
            year = ctx.ref_year  # (2021年，…。总投资519亿元，当年计划投资63亿元: 当年 is the year named last)
        if (_breakdown(text, ctx.carried, ctx.batch_before) or _part_of_planned_batch(text, ctx, measure)) \
                and not _FIRM_IN_LINE.search(text, 0, measure.start):
            return None
        if not (published and year is not None and year < published.year) and not _year_ending(published, year) \
                and not _finished_year_whole(text, measure.start, published) and ctx.mode != "review":
            return "target"
    if _funds_allotted(text, measure):
        return None
    if _RATE_DONE.search(measure.indicator) and not cue_before(text, measure.start) \
            and "目标" not in text[measure.end: measure.end + 8]:
        return "outcome"  # 1-9月…年度计划完成率为91.0%: how much of the plan is done
    if _done(text, measure):
        return "outcome"
    if (_ALLOTTED.search(measure.indicator) or any(_ALLOTTED.fullmatch(v) for v in measure.verbs)) \
            and not _ASSIGNED.search(measure.indicator) \
            and not cue_before(text, measure.start):
        return None
    if _BARE_SHARE.fullmatch(measure.indicator) and not cue_before(text, measure.start):
        return None
    if measure.metric == "count" and _commended(text, measure):
        return None
    if measure.qualifier == "at_most" and _QUOTA.search(measure.indicator) and not cue_before(text, measure.start):
        return None  # 各省推荐数量不超过8个: a call's quota on what may be put forward, no goal
    if _LIST_PROPOSED.search(text, max(0, measure.start - 12), measure.start) and not cue_before(text, measure.start) \
            and ctx.lead_commitment is None and period_year_before(text, published, measure.start) is None:
        return None
    if found_in(_BATCH_SHARE, text, _clause_start(text, measure.segment_start), measure.start) \
            and not cue_before(text, measure.start) and not _led(ctx, measure):
        return None
    # 占比达52%，同比增长40.2%: a comparison with last year and nothing that sets a goal is a result
    if "同比" in measure.verbs and measure.qualifier == "point" and not cue_before(text, measure.start) \
            and ctx.lead_commitment is None \
            and ctx.mode != "plan" and not found_in(_FUTURE_PERIOD, text, 0, measure.start):
        return "outcome"
    if found_in(_ACHIEVED, text) or _beyond_plan(text) or _first_passed(text, measure, published) \
            or _after_progress_label(text, measure, published) or _estimate_of_a_closing_period(text, ctx, measure, published) \
            or RELATION not in measure.verbs and _COMPLETION_RATE.search(text, max(0, measure.start - 20), measure.start) \
            or _PACE.search(measure.indicator) \
            or _finished_year_whole(text, measure.start, published) \
            or _whole_of_the_lines_finished_year(text, ctx, measure.start, published):
        return "outcome"
    if measure.unit in _DOCUMENT_UNITS or _forecast(text, measure) or _session(text, measure) \
            or _routine(text, measure) or _in_quoted_name(text, measure) \
            or _TALLY.search(text, max(0, measure.start - 12), measure.start):
        return None
    if measure.unit == "位" and RANKED.search(text, _clause_start(text, measure.segment_start), measure.start) \
            and not cue_before(text, measure.start):
        return None  # 位列全国千强镇64位: a place in a ranking, not a quantity (力争排名进入前10位 is a goal)
    if found_in(_PROGRESS, text):
        clause = _clause_start(text, measure.segment_start)
        # (计划开工项目完成投资165.5亿元，占年度计划的77.7%: what a kind of projects has done, named 完成投资)
        if _DONE_CLAUSE.match(text, clause) or _DONE_CLAUSE.match(measure.indicator) \
                or "完成" in measure.indicator and not cue_before(text, measure.start):
            return "outcome"
    if _goal_beside_progress(text, ctx, measure, published):
        return "target"
    part = _part_reported(text, ctx, measure, published)
    if part:
        return "outcome" if part == "outcome" else None
    # 届时，每个经济薄弱村年收入可增加5万元: what a plan can bring about, not a goal set (unless a cue sets it)
    if "可" in measure.verbs and not cue_before(text, measure.start) and ctx.lead_commitment is None:
        return None
    led = _led(ctx, measure)
    # 紧盯“专精特新企业今年新增70家、力争达100家”目标任务: what a quoted goal names is a target
    led = led or bool(_QUOTED_GOAL.match(text, measure.start))
    # 10项惠民实事为：培养400名至500名…带头人、…: the undertakings a government lists for its year are its goals
    led = led or found_in(_UNDERTAKINGS, text, 0, measure.start)
    # 看到政府工作报告在2025年的工作安排中提到“推动…营收突破100亿元”: a plan's words quoted are its goal
    led = led or bool(_PLAN_QUOTED.search(text, max(0, measure.start - _PLAN_QUOTED_READ), measure.start))
    # 高标准确定2025年发展目标…。提升…方面，…突破1万亿元: a later period named earlier in the line governs its items
    led = led or bool(published and ctx.line_year and ctx.line_year > published.year)
    direction = orientation(text, measure.start, published)
    if direction == "past" and _aimed_at_quote(text, measure):
        direction = None  # 今年以来，…聚焦“实物工作量100亿元”目标: what is aimed at looks forward, whatever came before
    if direction == "cumulative":  # 累计新增…: a goal under a lead-in or in a goals section, else a result
        # (纲要提出单位GDP能耗累计降低13% in a notice about the coming plan: what the plan sets out)
        direction = None if led or ctx.mode == "plan" or ctx.plan_year and found_in(_PROPOSED, text, 0, measure.start) \
            else "past"
    year = period_year_before(text, published, measure.start)
    if published and year is not None and year < published.year:
        return "outcome"
    if direction == "past":
        return "outcome"
    # 「十五五」纲要提出20项主要指标。…提出全社会研发经费投入年均增长7%以上: a yearly average with no period of its own,
    # in a notice about a coming plan, is a goal for the plan's period
    # (what the plan sets out, 提出…, or a figure a goal rounds, 7%以上: a result is reported exactly)
    if ctx.plan_year and _OVER_THE_PERIOD.intersection(measure.verbs) and ctx.mode != "review" \
            and not found_in(_OWN_PERIOD, text, 0, measure.start) \
            and (measure.qualifier in ("around", "at_least", "at_most") or found_in(_PROPOSED, text, 0, measure.start)):
        return "target"
    # 12月26日…明确2024年经济社会发展主要预期目标。…全年新增规上工业企业25家: after the coming year is named, what
    # the notice sets out with no period of its own is for that year
    if _ahead(ctx, published) and ctx.mode != "review" and not found_in(_OWN_PERIOD, text, 0, measure.start) \
            and not found_in(_ESTIMATE, text, 0, measure.start):
        return "target"
    strong = cue_before(text, measure.start) or found_in(_FUTURE_PERIOD, text, 0, measure.start)
    # 新能源产业装机容量将达1.6吉瓦 in a notice about finished years: what a figure will reach is a goal
    strong = strong or (direction == "forward" and ctx.mode != "review" and _WILL_REACH.search(text, max(0, measure.start - 12), measure.start))
    # (a sentence naming the notice's own year or a later one is not about the finished year)
    if published and ctx.ref_year and ctx.ref_year < published.year and ctx.mode != "plan" and not led \
            and not strong and direction != "past" and not _names_own_year(text, measure.start, published) \
            and not (year is not None and year > published.year):
        reviewed = ctx.line_year or ctx.lead_paragraph_year
        if direction is None and reviewed and reviewed < published.year and ctx.mode != "review" \
                and not found_in(_PLANNED, text, 0, measure.start):
            return "outcome"  # 2022年，…；固定资产投资增长16.8%；: the items after a finished year's lead
        return None  # 当年计划投资 in a notice about a finished year: neither a goal nor a result
    if ctx.mode == "review" and direction == "forward" and not (cue_before(text, measure.start) or found_in(_FUTURE_PERIOD, text, 0, measure.start)):
        return None  # 计划建设… in a review: a description, not a goal
    if ctx.mode == "review" and found_in(_MET_GOAL, text, 0, measure.start) and not cue_before(text, measure.start):
        return "outcome"  # 工业投资实现倍增目标，全年完成工业投资134.8亿元 in a review: the goal met
    if direction == "forward" or led or ctx.mode == "plan":
        return "target"
    if direction is None and ctx.mode != "review" and (_approximate_this_year_early(text, measure, published)
                                                       or _approximate_in_a_running_plan(text, measure, published)):
        return "target"
    # 今年全市地区生产总值增长6%左右。(next paragraph) 全年新增规上工业企业50家: a sentence with no marker of its own
    # goes on stating goals (a stock, 共有/现有, or a comparison with last year is a result)
    if direction is None and _state(ctx.carried) in ("target", "plan") and ctx.mode != "review" and not found_in(_STOCK, text, 0, measure.start) \
            and not found_in(_ONE_PROJECT, text) and not _describes_a_project(sentence):
        return "target"  # (该项目总投资12亿元，…，建设标准厂房5万平方米: what one project is, not a goal)
    if ctx.mode == "review" or weak_past(text, measure.start):
        return "outcome"
    return None


# (the quote opens after a plan's document, or its part, and a verb that cites it, and runs on to the figure)
_PLAN_QUOTED = re.compile(r"(?:报告|规划|纲要|方案|计划|工作安排|部署)中?(?:提到|提出|明确|写到|写道)[，,：:]?“[^“”]{0,60}$")
_PLAN_QUOTED_READ = 80
# 民生实事 / 惠民实事: the things a government undertakes to do for people in its year
_UNDERTAKING = r"(?:民生|惠民|为民)实事"
_UNDERTAKINGS = re.compile(_UNDERTAKING + r"(?:项目)?(?:分别)?(?:为|是|包括)[:：]")
_FIRM_PLAN_CUE = re.compile(r"力争|确保|务必|力求")
_ONE_PROJECT = re.compile(r"[该此本]项目|项目(?:进展|位于|建成|投产|总投资|占地|负责人)|位于")
# (a place described: 辖12个乡镇，总面积1200平方公里，户籍人口50万)
# (投资按季增197亿 / 环比增长: a comparison with the period before, as 同比 is)
_STOCK = re.compile(r"共有|现有|拥有|已有|目前|截至|截止|同比|环比|按[季年月](?:增|减|升|跌|降)|比上年|较上年|比去年|较去年|此次|本次|辖|"
                    r"总面积|户籍人口")


# 为实现上述目标，我们重点做好以下九方面工作： / 该县将重点抓好七个方面工作: what follows is the year's work plan
_WORK_LEAD = re.compile(r"(?:做好|抓好|推进|突出|干好)(?:以下|好)?[\d一二三四五六七八九十几]+(?:个)?(?:方面|项)(?:的)?(?:重点)?(?:工作|任务)"
                        r"|(?:围绕|为实现|为完成|实现)(?:上述|以上)(?:目标|预期目标|目标任务)"
                        # 现提出如下实施意见。/ 特制定本方案: a document of measures, whose figures are what it sets out
                        r"|(?:提出|制定)(?:如下|以下)[^，,。；;]{0,8}?(?:意见|措施|方案|要点|安排)|特制定本(?:方案|计划|意见|措施)"
                        # 公布了2024年十方面民生实事: the things a government undertakes to do for the year (its own or
                        # a later one: a finished year's 民生实事 are reported)
                        r"|(?:(?P<year>\d{4})年|今年|明年)[^，,。；;]{0,12}?" + _UNDERTAKING +
                        # (将集中力量办好十件民生实事: what the government says it will do)
                        r"|将[^，,。；;]{0,12}?办好[^，,。；;]{0,6}?" + _UNDERTAKING +
                        # 在2025年重点工作部署中 / 报告明确2025年重点工作：the work set out for a year (a report of its
                        # progress is not: 2025年重点工作进展顺利)
                        r"|(?P<work_year>\d{4})年(?:的)?(?:重点工作|主要任务)(?!进展|推进|完成|落实|情况|成效|回顾|总结)")
# 龙华区成立一年以来，…圆满完成了全年主要目标任务: a sentence that opens on the year gone by and says what was done
# opens a review; the figures after it are its results, whatever plan was announced before
_REVIEW_OPENING = re.compile(r"^[^，,。；;]{0,16}?(?:一年来|一年以来|过去一年|过去的一年)[，,]")
_DONE_VERB = re.compile(r"(?:完成|实现|取得)了")


def carry(sentence: Sentence, ctx: Context, published: dt.date | None, found: list[Target], previous: str | None) -> str | None:
    """What the next sentence with no marker of its own goes on stating: 'outcome' after any result, 'target' after
    goals alone, 'plan' after the lead of a work plan (kept under its numbered items), else what it was. A section
    heading ends it (a caption or a subtitle does not)."""
    sentence, ctx, _ = _read_plain(sentence, ctx)
    previous = _going_on(sentence, previous, ctx.batch_before)
    previous_piece = previous if previous in (_PROJECT_ITEM, _ITEMS_GO_ON) else None
    if previous == _PROJECT_ITEM and _OPENS_ON_PLAN_MONEY.match(sentence.text):
        return _ITEMS_GO_ON  # (the project's plan piece: the list goes on with the next project)
    previous = None if previous_piece else previous
    if _BREAKDOWN_HEADING.match(sentence.text):
        return _BREAKDOWN + (previous or "")
    if is_heading(sentence):
        if _outlook(sentence.text, published):
            return _OUTLOOK
        previous = None if previous == _OUTLOOK else previous  # (the next heading ends the outlook)
        mode = heading_mode(sentence.text, published)
        if mode == "plan":
            return "plan"
        if mode or NUMBERED_HEADING.match(sentence.text) and previous != "plan":
            return None
        return previous
    if previous == _OUTLOOK:
        if not _leaves_outlook(sentence.text, published):
            return previous
        previous = None
    measures = find_goal_measures(sentence.text)
    if not measures:
        if _REVIEW_OPENING.match(sentence.text) and _DONE_VERB.search(sentence.text):
            return "outcome"
        lead = _WORK_LEAD.search(sentence.text)
        year = int(lead.group("year") or lead.group("work_year") or 0) if lead else 0
        # (after results, only a year named ahead, or the year itself in its first months, turns to the plan)
        if lead and not (published and year and year < published.year) \
                and (previous != "outcome" or published and year
                     and (year > published.year or published.month <= _EARLY_MONTHS)):
            return "plan"
        # 力争兴永郴赣铁路纳入国家建设规划。完成农村通畅工程600公里: a firm cue with nothing past sets the plan going on
        if previous != "plan" and _FIRM_PLAN_CUE.search(sentence.text) and ctx.mode != "review" \
                and orientation(sentence.text, len(sentence.text), published) == "forward":
            return _goals_going_on(sentence.text, ctx, published, previous)
        # 2025年，该区将紧扣…目标，坚持…。(then) 全年引进项目20个以上: a sentence that opens on the notice's own year or a
        # later one and says what will be done sets out the plan the figures after it belong to
        if previous != "plan" and ctx.mode != "review" and _opens_on_coming_year(sentence.text, published) \
                and _WILL.search(sentence.text) and orientation(sentence.text, len(sentence.text), published) == "forward":
            return _goals_going_on(sentence.text, ctx, published, previous)
        return previous
    if previous == "plan":
        return previous  # (去年新增规上企业20家，今年力争新增25家 inside the plan: a result recalled)
    if any(classify(sentence, ctx, m, published) == "outcome" for m in measures):
        # (a kind's line with its progress, 开复工项目25个: the next line still goes on with the next kind)
        return _BREAKDOWN + "outcome" if _breakdown(sentence.text, previous, ctx.batch_before) else "outcome"
    # one kind of the batch's projects: the next line may go on with the next kind, else it reads on from what the
    # lines before stated (and a goal this line states: 其中，工业类项目50个，力争完成投资100亿元)
    if _breakdown(sentence.text, previous, ctx.batch_before):
        before = previous[len(_BREAKDOWN):] if _in_breakdown(previous) else previous
        return _BREAKDOWN + (_goals_going_on(sentence.text, ctx, published, before) if found else before or "")
    if not found and any(is_project_attribute(sentence, m) for m in measures):
        # a project described: what follows is about the project (an item of a list of projects, cut at ；, goes on
        # with the project's other figures: its 年度计划投资 on the next piece is its own)
        # (only while each project's piece is followed by its plan piece: 分别是A项目，总投资10亿元；B项目，总投资8亿元；
        # 全年计划完成投资12亿元: the pieces hold no plan of their own, so the last plan piece is the batch's)
        if not _ITEM_GOES_ON.search(sentence.text) or previous_piece == _PROJECT_ITEM:
            return None
        if previous_piece == _ITEMS_GO_ON:
            named = _ONE_PROJECT_PIECE.match(sentence.text)
            rest = sentence.text[named.end():] if named else ""
        else:
            named = _ITEMS_OPEN.search(sentence.text)
            rest = sentence.text[named.end():] if named else ""
        return _PROJECT_ITEM if named and not _MORE_NAMES.search(rest) else None
    return _goals_going_on(sentence.text, ctx, published, previous) if found else previous


# 我们对今后五年的发展提出了具体目标。…(then a paragraph for each field of work) 研发经费投入年均增长10%以上: goals that
# go on from a span of years named before them (今后五年, 未来三年, 到2027年) are for its end, paragraph after paragraph,
# until a sentence names a period of its own up to the notice's year, or the goals stop (a result, a heading). The
# span's end is carried with the state: 'target@2027'. (A single later year named on the way, 力争2024年…, is a
# milestone inside the span, not a new one.)
_SPAN = re.compile(r"(?:到|至)\d{4}年|(?:用|通过|经过|未来|今后)(?:\d+|[一二两三四五六七八九十]+)年")
_PERIOD_MARK = "@"


def _state(carried: str | None) -> str | None:
    """What the sentences before stated, without the span of years carried with it."""
    return carried.partition(_PERIOD_MARK)[0] if carried and _PERIOD_MARK in carried else carried


def _carried_period(carried: str | None) -> int | None:
    return int(carried.rpartition(_PERIOD_MARK)[2]) if carried and _PERIOD_MARK in carried else None


def _goals_going_on(text: str, ctx: Context, published: dt.date | None, previous: str | None) -> str:
    """'target', with the end of the span of years the goals are for when one is in force."""
    if published is None:
        return "target"
    ends = [y for m in _SPAN.finditer(text) if (y := period_end_year(m.group(0), published)) and y > published.year]
    if ends:
        return f"target{_PERIOD_MARK}{ends[-1]}"
    own = period_end_year(without_base_years(text), published)
    if own is not None and own <= published.year:
        return "target"
    period = _span_in_force(replace(ctx, carried=previous), published)
    return f"target{_PERIOD_MARK}{period}" if period else "target"


_WILL = re.compile(_WILL_WORD)
# (《报告》提到，2024年，… : who says it, before the year, is no part of what is said)
_YEAR_OPENING = re.compile(r"^(?:[^，,。；;：:]{0,12}?(?:提到|提出|指出|透露|强调|表示|明确)[，,：:])?(?:今年|明年|(\d{4})年)(?:度)?[，,]")


def _opens_on_coming_year(text: str, published: dt.date | None) -> bool:
    opening = _YEAR_OPENING.match(text)
    return bool(opening and published and (opening.group(1) is None or int(opening.group(1)) >= published.year))


# 报告提出，今年全市地区生产总值增长6%左右: early in a year, an approximate figure for that year is its goal
# (results are reported to the decimal, and no part of the year has been counted yet)
_THIS_YEAR = re.compile(r"今年|全年|本年度?")
_PART_OF_YEAR = re.compile(r"季度|上半年|\d{1,2}月|以来")


def _approximate_this_year_early(text: str, measure: Measure, published: dt.date | None) -> bool:
    before = text[: measure.start]
    return bool(published and published.month <= 3 and measure.qualifier == "around"
                and _THIS_YEAR.search(before) and not _PART_OF_YEAR.search(before))


# “十四五”时期，全市地区生产总值年均增长6.5%左右 in 2022: an approximate or floor figure for a plan period still
# running is its goal (a result of the period is reported exactly, and once the period is over)
_RUNNING_PLAN = re.compile(r"十.五”?(?:时期|期间)")


def _approximate_in_a_running_plan(text: str, measure: Measure, published: dt.date | None) -> bool:
    before = text[: measure.start]
    plan = _RUNNING_PLAN.search(before)
    end = five_year_plan_end(plan.group(0)) if plan else None
    return bool(end and published and end - 4 <= published.year <= end - 1
                and measure.qualifier in ("around", "at_least") and not _PART_OF_YEAR.search(before))


def _planned_spending(text: str, measure: Measure) -> bool:
    """年度计划投资8亿元 / 前3年计划完成投资37亿元: what a project is to spend in a period is a goal, not what it is."""
    if "投资" not in measure.indicator:
        return False
    clause = _clause_start(text, measure.start)
    return bool(_YEAR_PLAN_MONEY.search(text, max(0, measure.start - 12), measure.start)
                or found_in(_PLANNED, text, clause, measure.start))


@lru_cache(maxsize=64)
def _describes_a_project(sentence: Sentence) -> bool:
    """Whether any figure of the sentence is a project's attribute (asked of each of its figures, answered once)."""
    return any(is_project_attribute(sentence, m) for m in find_goal_measures(sentence.text))


_ATTRIBUTES: dict[tuple[str, Measure, bool], bool] = {}  # (sentence, measure, project_counts) -> the answer


def is_project_attribute(sentence: Sentence, measure: Measure, project_counts: bool = True) -> bool:
    """总投资 / 用地 / 年产值 of a project, a project's 计划投资, or (with `project_counts`) a count of
    arranged projects.

    预计可年生产虾粉2万吨、虾膏0.05万吨: the goods listed after a project's output, in its unit, are its output too. The
    list is walked back from the measure, one 、 at a time, and each answer is kept: a list of a thousand goods is
    read once, not once for each of its goods."""
    text = sentence.text
    others, ends, in_order, sites = _sentence_measures(text)
    walked: list[Measure] = []
    answer = False
    current: Measure | None = measure
    while current is not None:
        known = _ATTRIBUTES.get((text, current, project_counts))
        if known is not None:
            answer = known
            break
        walked.append(current)
        current = _listed_before(text, current, others, ends, in_order)
    if len(_ATTRIBUTES) + len(walked) > 20000:
        _ATTRIBUTES.clear()
    for m in reversed(walked):  # the earliest first: a measure is an attribute if the one before it in the list is
        answer = answer or _attribute_itself(text, m, project_counts, others, sites)
        _ATTRIBUTES[(text, m, project_counts)] = answer
    return answer


@lru_cache(maxsize=64)
def _sentence_measures(text: str) -> tuple[tuple[Measure, ...], tuple[int, ...], bool, tuple[Measure, ...]]:
    """A sentence's measures, where each ends, whether they end in order, and those that give a site's size."""
    others = tuple(find_goal_measures(text))
    ends = tuple(m.end for m in others)
    return others, ends, all(a <= b for a, b in zip(ends, ends[1:])), tuple(m for m in others if _SITE.search(m.indicator))


def _listed_before(text: str, measure: Measure, others: tuple[Measure, ...], ends: tuple[int, ...],
                   in_order: bool) -> Measure | None:
    """The measure listed just before this one, 、 between them, in its unit (虾粉2万吨、虾膏0.05万吨), if any."""
    if measure.metric == "amount":
        return None
    if in_order:
        k = bisect_left(ends, measure.segment_start)
        before = others[k - 1] if k else None
    else:
        before = next((m for m in reversed(others) if m.end < measure.segment_start), None)
    if before is None or text[before.end: measure.segment_start] != "、" or before.unit != measure.unit:
        return None
    return before


def _attribute_itself(text: str, measure: Measure, project_counts: bool, others: tuple[Measure, ...],
                      sites: tuple[Measure, ...]) -> bool:
    """is_project_attribute, the measures listed before it in its unit left aside (`others`: the sentence's measures,
    `sites`: those of them that give a site's size)."""
    if _PROJECT_ATTRIBUTE.search(measure.indicator) and not _GOVERNMENT_LAND.search(measure.indicator) \
            and not _PROGRAMME_MONEY.match(measure.indicator):
        return True
    # 总用地2000亩，每亩投资强度300万元，拟引进企业40家 / 计划改造老旧住宅90幢，建筑面积15万平方米: a sentence that gives
    # a site's size describes one project, and its other figures are that project's too (a firm cue still sets a
    # goal, and so does the year's planned spending)
    if any(m != measure for m in sites) \
            and not found_in(_FIRM_CUE, text, 0, measure.start) and not _planned_spending(text, measure):
        return True
    # 该项目总投资10.2亿元，其中固定资产投资7.4亿元: a part of a total investment named just before is how that money
    # is made up (the year's planned spending, or a firm cue, still sets a goal)
    if measure.unit in ("元", "美元") and not _planned_spending(text, measure) \
            and not found_in(_FIRM_CUE, text, 0, measure.start) and _part_of_project_total(text, measure, others):
        return True
    # 项目64个，计划总投资104亿元，计划供地1760亩: the land listed after a batch's total investment is the batch's
    if measure.unit == "亩" and any(m.end <= measure.start and _TOTAL_MONEY.search(m.indicator) for m in others):
        return True
    # 建设某某道路项目，主要建设内容为新修水泥道路16.2万平方米: what a project's works are made of, after its 建设内容
    if _in_build_scope(text, measure) and found_in(_WORKS_WORDS, text):
        return True
    # 道路全长10.1公里, 总用地44.8亩(含规划二期4.9亩): the size of a works named in the sentence
    if _DIMENSION.search(measure.indicator) and found_in(_WORKS_WORDS, text):
        return True
    # 项目全面达产后…可新增就业岗位600余个 / 该项目…今年预计实现产值18.5亿元: what a project will yield
    if found_in(_IN_PRODUCTION, text, 0, measure.start) or found_in(_PHASE_BUILT, text, 0, measure.start):
        return True
    if _phase_goes_on(text, measure) and found_in(_PROJECT_WORDS, text) \
            and not found_in(_FIRM_CUE, text, 0, measure.start) and not _planned_spending(text, measure):
        return True
    if found_in(_PROJECT_WORDS, text) and (found_in(_ONCE_BUILT, text, 0, measure.start)
                                        or _REFERS_TO_PROJECT.match(text)
                                        and re.fullmatch(r"产值|销售收入|营业收入|税收|利税", measure.indicator)):
        return True
    # 该项目…预计进驻三年内在校生5000人: a sentence about the project just named gives what the project brings (its
    # spending planned for a period, or what a firm cue sets, is a goal)
    if (_THIS_PROJECT.match(text) or _THIS_PROJECT.match(text, _clause_start(text, measure.segment_start))) \
            and not _planned_spending(text, measure) \
            and not found_in(_FIRM_CUE, text, 0, measure.start):
        return True
    # 某项目，总投资1.5亿元，用地35亩，2024年预计可实现产值2亿元: the yield of the project just described
    if _YIELD.fullmatch(measure.indicator) and found_in(_PROJECT_WORDS, text, 0, measure.start) \
            and not found_in(_FIRM_CUE, text, 0, measure.start) \
            and any(m.start < measure.start and _PROJECT_ATTRIBUTE.search(m.indicator) for m in others):
        return True
    clause = _clause_start(text, measure.start)
    # (the clause's last words: a match of _PROJECT_MONEY ends at the figure, its lookbehinds read a few characters
    # before it; its first words: a match of _OUTPUT_CLAUSE opens the clause)
    ending, opening = text[max(clause, measure.start - 16): measure.start], text[clause: min(measure.start, clause + 24)]
    # (…德阳至简阳段规划投资136.2亿元: the money of a works named in its clause)
    if _PROJECT_MONEY.search(ending) and (found_in(_PROJECT_WORDS, text) or found_in(_ONE_WORKS, text, clause, measure.start)):
        return True
    # 签署了某项目，计划投资5亿元，年产行李架、底板等配套件30万件: a clause that opens on a yearly output, in a sentence
    # about a project, gives the project's capacity, whatever goods it lists before the figure
    if _OUTPUT_CLAUSE.match(opening) and found_in(_PROJECT_WORDS, text):
        return True
    # (本年度计划开工项目255项 / 拟申报市重点项目10个 / 新增100个以上项目纳入国家用地保障范围: the verb inside
    # the indicator counts too)
    if project_counts and measure.metric == "count" and _PROJECT_COUNT.search(measure.indicator) \
            and found_in(_THIS_EVENT, text, 0, measure.start) and not cue_before(text, measure.start):
        return True
    # 今年拟安排省重点项目1564个，其中在建项目1199个…，新开工155个项目: how the projects arranged break down
    # (安排计划开工建设的重点项目115个: the batch arranged, whatever stage the words before 项目 name)
    if project_counts and measure.metric == "count" and _PROJECT_COUNT.search(measure.indicator) \
            and (found_in(_ARRANGED_BREAKDOWN, text, 0, measure.start)
                 or _ARRANGED_COUNT.search(text, max(clause, measure.start - 24), measure.start)) \
            and not found_in(_FIRM_CUE, text, 0, measure.start):
        return True
    if project_counts and measure.metric == "count" and _PROJECT_COUNT.search(measure.indicator) \
            and not any(_RECRUIT.search(v) for v in measure.verbs) \
            and not found_in(_RECRUIT, text, clause, measure.segment_start) \
            and not _RECRUIT.search((measure.subject or "") + measure.indicator) \
            and not (_INTO_LIST.search(measure.indicator) and cue_before(text, measure.start) in ("hard", "aspirational")) \
            and not (measure.qualifier == "at_least" and cue_before(text, measure.start) in ("hard", "aspirational")) \
            and measure.qualifier != "around" \
            and not _part_of_recruited(text, measure, others):
        return True  # 安排重点项目57个, 组织项目30个: plan composition, not a goal
    # (力争全年实施重点建设项目50个以上: a floor under a firm cue is a goal; 引进重点项目40个，其中亿元以上项目20个: the
    # part of a count of projects to bring in is brought in too; 推进省重大项目1000个左右: a count rounded is what is
    # aimed at, a batch is counted exactly)
    return False


def _part_of_recruited(text: str, measure: Measure, others: tuple[Measure, ...]) -> bool:
    """其中亿元以上项目20个 after 引进重点项目40个: the count before 其中 names the verb of both (so do the items that
    go on after it in a 、-list: 其中亿元以上项目40个、10亿元以上项目10个; and a count restated under a second cue,
    新签约项目12个、力争15个，其中…, still names it)."""
    before = [m for m in others if m.end <= measure.segment_start]
    head = measure
    while "其中" not in head.verbs:
        # (the item before, joined by 、 alone, is part of the same run)
        if not before or not _LIST_JOIN.fullmatch(text[before[-1].end:head.segment_start]):
            return False
        head = before.pop()
    before = [m for m in before if m.end <= head.segment_start]
    while before:
        last = before.pop()
        if any(_RECRUIT.search(v) for v in last.verbs) or _RECRUIT.search(last.indicator):
            return True
        # (力争15个 restating 新签约…项目12个: the same indicator, read from the count before)
        if not before or before[-1].indicator != last.indicator:
            return False
    return False


_LIST_JOIN = re.compile(r"\s*[、]\s*")


def _part_of_project_total(text: str, measure: Measure, others: tuple[Measure, ...]) -> bool:
    """该项目总投资10.2亿元，其中固定资产投资7.4亿元(、流动资金2.8亿元): a part (or an item 、-joined after it) of a
    total investment named just before, the total a project's own: how that project's money is made up. A total that
    a place or a campaign plans, expects, completes or brings in (今年计划引进项目总投资200亿元，其中…) keeps its parts
    as goals."""
    before = [m for m in others if m.end <= measure.segment_start]
    head = measure
    while "其中" not in head.verbs:
        if not before or before[-1].unit != head.unit or not _LIST_JOIN.fullmatch(text[before[-1].end:head.segment_start]):
            return False
        head = before.pop()
    before = [m for m in before if m.end <= head.segment_start]
    if not before or not _TOTAL_MONEY.search(before[-1].indicator) \
            or not re.fullmatch(r"[，,：:]*\s*", text[before[-1].end:head.segment_start].replace("其中", "")):
        return False
    total = before[-1]
    owner = text[_clause_start(text, total.start):total.start]
    if _ONE_PROJECT.search(owner):
        return True
    return not _CAMPAIGN_TOTAL.search(owner) and bool(_PROJECT_WORDS.search(owner))


# 该项目 / 本项目: the project the sentence is about; 计划引进 / 全年签约 / 全市完成: the total of a place's or a campaign's
# projects (or its plan), not one project's
_ONE_PROJECT = re.compile(r"(?:该|本|此|这个|这一|上述)(?:项目|工程)")
_CAMPAIGN_TOTAL = re.compile(r"计划|预计|预期|完成|引进|招商|签约|新开工|开工|全年|今年|年度|\d{4}年|[全各](?:省|市|县|区|镇)|批|共|累计|合计")


# every period period_end_year reads has one of these characters (十四五, 2025年, 8月, 今天, 二季度)
_PERIOD_CHAR = re.compile(r"[年月天日季五]")


@lru_cache(maxsize=256)
def _period_chars(text: str) -> list[int]:
    return [m.start() for m in _PERIOD_CHAR.finditer(text)]


def _clauses_back(text: str, segment_start: int, end: int):
    """(start, end) of the clauses of text[:end], split at the clause breaks before `segment_start`, nearest first;
    only those with a character of a period (in the others period_end_year finds none)."""
    breaks = break_ends(_CLAUSE_BREAK, text, segment_start)
    marks = _period_chars(text)
    while True:
        i = bisect_left(marks, end)  # (the marks before `end`)
        if i == 0:
            return
        at = bisect_right(breaks, marks[i - 1])  # the clause with the last mark
        start = breaks[at - 1] if at else 0
        yield start, breaks[at] if at < len(breaks) else end
        if at == 0:
            return
        end = start


# 锚定“十五五”，生产总值预期目标增长5.5%以上: a plan period named alone as what the work aims at is no period of the
# figures after it (到“十五五”末 / “十五五”期间 / 锚定“十五五”目标 name one)
_AIMED_PLAN = re.compile(_AIM + r"“?十.五”?(?=[，,])")
_AIMED_PLAN_GOAL = re.compile(_AIM + r"“?十.五”?[^，,。；;]{0,20}?目标(?=[，,])")


def target_year(sentence: Sentence, ctx: Context, measure: Measure, published: dt.date | None) -> int | None:
    """The nearest clause before the measure that names a current or later period, else the sentence's period,
    else the lead-in's, else the document year (base years such as 在2020年基础上 do not count)."""
    text = without_base_years(sentence.text)
    if "五" in text:
        text = _AIMED_PLAN.sub(lambda m: "　" * len(m.group(0)), text)
        # 2023年主要预期目标是：锚定“十四五”期间…的目标，…，实现GDP增速高于全市平均水平: under a lead-in that names its year,
        # the plan's goal the work aims at is no period of the items
        if ctx.lead_year is not None and 0 < ctx.lead_end <= measure.segment_start:
            text = text[:ctx.lead_end] + _AIMED_PLAN_GOAL.sub(lambda m: "　" * len(m.group(0)), text[ctx.lead_end:])
    if _ahead(ctx, published) and not found_in(_OWN_PERIOD, text, 0, measure.start) and ctx.lead_year is None:
        return ctx.ref_year  # (全年新增… after the coming year is named: that year's whole)
    # the nearest clause that names a period (展望2035年，人均预期寿命达到80岁 in a sentence about 十四五 -> 2035)
    whole_year = None
    own_clause = _clause_start(text, measure.segment_start)
    for start, end in _clauses_back(text, measure.segment_start, measure.start):
        year = period_end_year(text[start:end], published) if end - start <= LONG_SENTENCE \
            else period_year_before(text, published, end, start)  # (a clause of a thousand items: read once)
        plan_at = text.find("五", start, end) if year is not None else -1
        later = _LATER_YEAR.search(text, plan_at, end) if plan_at >= 0 else None
        if later and int(later.group(1)) != year and published is not None and int(later.group(1)) > published.year:
            year = int(later.group(1))  # 十五五规划提出…，2035年人均GDP翻一番: the year named nearer the figure
        if year is not None and published is not None and year == published.year and whole_year is None \
                and not _NAMED_YEAR.search(text, start, end):
            whole_year = year  # 明年，…，力争全年…完成1000亿元: 全年 is the year named before it, if one is
            continue
        if year is not None and (published is None or year >= published.year):
            span = _span_in_force(ctx, published)
            if span and span > year and end <= own_clause and _OVER_THE_PERIOD.intersection(measure.verbs):
                return span  # 力争2024年…占50%，进出口总额年均增速10%以上: a yearly average is over the span
            return year if whole_year is None or year > published.year else whole_year
    if whole_year is not None:
        return whole_year
    year = period_year_before(text, published, measure.start)
    if year is not None:
        return year
    if ctx.lead_year is not None:
        return ctx.lead_year
    # “十四五”主要目标 / 今后五年的主要任务 / 2027年工作安排 (a heading): the items of a plan section whose heading names
    # a coming period, with no period of their own, are for its end
    if published and ctx.mode == "plan" and ctx.year and ctx.year > published.year:
        return ctx.year
    # 到“十四五”末，…。(next paragraph) 同时，城区建成区面积达到20平方公里: what goes on from the plan's goals is for its end
    if ctx.plan_year and _state(ctx.carried) in ("target", "plan") and _GOES_ON.match(text):
        return ctx.plan_year
    if published and ctx.line_year and ctx.line_year > published.year:
        return ctx.line_year
    # (the span of years the goals before named, in an earlier paragraph; 每年提供信贷300亿元 is a yearly figure)
    if _carried_period(ctx.carried) and (span := _span_in_force(ctx, published)) \
            and not found_in(_EVERY_YEAR, text, _clause_start(text, measure.segment_start), measure.start) \
            and _worded_as_span_goal(text, measure):
        return span
    if _ahead(ctx, published):
        return ctx.ref_year
    if ctx.plan_year and _OVER_THE_PERIOD.intersection(measure.verbs):
        return ctx.plan_year  # (累计降低17% / 年均增长7% in a notice about the coming plan: by its end)
    return published.year if published else ctx.work_year


_GOES_ON = re.compile(r"^(?:同时|此外|另外|与此同时)[，,]")
# 今后五年的主要目标是：…年均增长6%以上。(then) 城乡居民收入增长6.3%: a bare 增长X% (a point figure of growth) in a
# paragraph after the span's goals is the year's, not the span's; a growth carries the span on when a paragraph of the
# span's goals opens on its field (创新方面，) or the growth is worded as a goal (年均, 力争, 达到, 双倍增, 以上 / 左右).
# (A level or a count reached, 城镇化率达70% / 新增度假区1个, goes on for the span as before.)
_FIELD_OPENING = re.compile(r"^[^，,。；;：:]{1,8}方面[，,：:]")
_SPAN_GOAL_WORD = re.compile(r"年均|力争|确保|争取|达到|突破|超过|翻|双倍|倍增")


def _worded_as_span_goal(text: str, measure: Measure) -> bool:
    return bool(measure.metric != "growth" or measure.qualifier != "point" or RELATION in measure.verbs
                or _FIELD_OPENING.match(text)
                or found_in(_SPAN_GOAL_WORD, text, _clause_start(text, measure.segment_start), measure.end))


def _span_in_force(ctx: Context, published: dt.date | None) -> int | None:
    """The end of a span of years named before the sentence (earlier in its line, or carried with goals going on)."""
    if published is None:
        return None
    period = ctx.line_year if ctx.line_year and ctx.line_year > published.year else _carried_period(ctx.carried)
    return period if period and period > published.year else None


# 杭州市、宁波市、丽水市固定资产投资分别增长6%、7.5%、10% / 义乌市、东阳市工业投资均增长8%: places listed before one
# indicator name who each figure is of, not what is measured: each place is the subject of its figure, and the
# indicator is the name after the last place (a division's full name, with its suffix, or 全省 / 全市 …)
_PLACE_SUFFIX = re.compile(r"(?:省|市|县|区|州|盟|旗)$")
_WHOLE_PLACE = re.compile(r"全[省市县区]")
_EACH_OR_ALL = re.compile(r"分别|(?<![人年平亩户])均(?![衡匀值价])")


def _place_name(name: str) -> bool:
    return bool(_WHOLE_PLACE.fullmatch(name) or _PLACE_SUFFIX.search(name) and division_at(name, 0) == name)


def _place_opening(name: str) -> str | None:
    """The place a name opens with, if what follows it is a name of its own (丽水市固定资产投资 -> 丽水市)."""
    place = name[:2] if _WHOLE_PLACE.match(name) else division_at(name, 0)
    return place if place and len(name) - len(place) >= 2 and _place_name(place) else None


# 固定资产投资力争分别增长6%、7.5%: the cue before 分别 / 均 says how firm the figures are, it is no part of the name
_CUE_AT_END = re.compile(r"(?:力争|确保|争取|努力|预计|预期|计划|要|将)+$")


def _without_cue_at_end(indicator: str) -> str:
    cue = _CUE_AT_END.search(indicator)
    return indicator[: cue.start()] if cue and cue.start() >= 2 else indicator


def _places_each(text: str, measures: list[Measure]) -> dict[Measure, list[tuple[str, str]]]:
    """Measure -> [(indicator, place)] for the figures of a list of places that share one indicator name: a place
    each (分别), or every place the one figure (均)."""
    found: dict[Measure, list[tuple[str, str]]] = {}
    if not measures or "、" not in text and "和" not in text:
        return found
    ordered = sorted(measures, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    breaks = break_ends(_SENTENCE_BREAK, text, len(text))
    for word in _EACH_OR_ALL.finditer(text):
        # (the names run back to the clause's start, as far as a list 分别 reads; the figures on to its end)
        start = max(_clause_start(text, word.start()), word.start() - _NAMES_READ)
        names = re.split(r"、|和|及", text[start: word.start()])
        names[0] = strip_leading(names[0])[0]
        if len(names) < 2 or not all(_place_name(n) for n in names[:-1]):
            continue
        place = _place_opening(names[-1])
        if place is None:
            continue
        indicator = _without_cue_at_end(strip_leading(names[-1][len(place):])[0])
        k = bisect_right(breaks, word.end())
        end = breaks[k] - 1 if k < len(breaks) else len(text)
        after = ordered[bisect_left(starts, word.end()): bisect_left(starts, end)]
        places = [*names[:-1], place]
        if word.group(0) == "分别" and len(after) == len(places):
            found.update((m, [(indicator, p)]) for m, p in zip(after, places))
        elif word.group(0) == "均" and len(after) == 1:
            found[after[0]] = [(indicator, p) for p in places]
    return found


_SENTENCE_BREAK = re.compile(r"[，,。；;：:]")
_NAMES_READ = 120
# 广东为5%，江苏、山东均为5%以上 / 绝大多数省份不低于5%: a place or a group of places names who, not what is measured
_PLACES_ONLY = re.compile(rf"{PROVINCE}|[^，,。；;\d]{{0,4}}省份")
_JOINED = re.compile(r"和|及|、")


def _each_has_it(measure: Measure) -> bool:
    """Whether one figure after names joined by 和 / 、 holds for each name: a rate or a level does (城镇调查失业率和登记失业率
    5.5%); a count or a sum of money adds up over the names (单项冠军企业和领航企业100家: the two kinds together), and a
    relation names its indicators itself."""
    return RELATION not in measure.verbs and measure.metric not in ("count", "amount")


def _joined_names(indicator: str) -> list[str]:
    """城镇调查失业率和登记失业率 -> both: names joined by 和 / 、 that end alike (the same head noun) are two
    indicators with one figure."""
    if not _JOINED.search(indicator):
        return [indicator]
    parts = _JOINED.split(indicator)
    if len(parts) < 2 or any(len(p) < 3 for p in parts):
        return [indicator]
    tail = parts[0]
    for p in parts[1:]:
        n = 0
        while n < min(len(tail), len(p)) and tail[-1 - n] == p[-1 - n]:
            n += 1
        tail = tail[len(tail) - n:] if n else ""
    return parts if len(tail) >= 2 and all(len(p) > len(tail) for p in parts) else [indicator]


# 工業(yè)旅遊 / 計(jì)劃投資: a sentence of a reprint is read without its pinyin glosses (script.unglossed); what a target
# names (indicator, subject) is given without them too, and its evidence as written (docs/contract-conventions.md,
# pinyin glosses)
def _read_plain(sentence: Sentence, ctx: Context) -> tuple[Sentence, Context, tuple[int, ...] | None]:
    """The sentence (and its context's lead-in offset) as read without glosses, with the offsets kept."""
    plain = unglossed(sentence.text)
    if plain is None:
        return sentence, _read_on(sentence, ctx), None
    text, kept = plain
    lead_end = bisect_left(kept, ctx.lead_end) if ctx.lead_end > 0 else ctx.lead_end
    sentence = replace(sentence, text=text)
    return sentence, replace(_read_on(sentence, ctx), lead_end=lead_end), kept


def _high_end(measure: Measure) -> Decimal | None:
    """降低3.6%—3.8%: a fall read as negative is negative at both ends of its range, in the text's order."""
    if measure.value_high is not None and measure.value < 0 < measure.value_high:
        return -measure.value_high
    return measure.value_high


_FULL_STOP_CHARS = "。！!？?"
_FULL_STOP = re.compile(f"[{_FULL_STOP_CHARS}]")
# (a full stop or a semicolon ends a sentence)
_SENTENCE_END = re.compile(f"[{_FULL_STOP_CHARS}；;]")


def _cue_since_full_stop(text: str, position: int) -> str | None:
    """The commitment of the last cue before `position` after the last full stop (…力争实现两位数增长。规上工业增加值增长
    15%以上。” in one quoted speech: a cue does not reach past the end of its sentence, quoted or not)."""
    stop = last_break(_FULL_STOP, text, position)
    return cue_before(text[stop:], position - stop) if stop else cue_before(text, position)


def targets_in(sentence: Sentence, ctx: Context, published: dt.date | None) -> list[Target]:
    plain, plain_ctx, kept = _read_plain(sentence, ctx)
    if kept is None:
        return _targets_in(plain, plain_ctx, published)
    return [replace(t, evidence=sentence.text) for t in _targets_in(plain, plain_ctx, published)]


def _targets_in(sentence: Sentence, ctx: Context, published: dt.date | None) -> list[Target]:
    found = []
    measures = find_goal_measures(sentence.text)
    numbered = [(m.segment_start, m.start) for m in measures]
    relations = [r for r in find_relations(sentence.text)  # a number read in the same place wins
                 if not any(s <= r.segment_start < e for s, e in numbered)]
    placed = _places_each(sentence.text, measures)
    for m in sorted([*measures, *relations], key=lambda x: x.start):
        # a relation under a lead-in is one of its items: 与上年持平 in the item before does not make it a result
        led_relation = RELATION in m.verbs and ctx.lead_commitment is not None and m.start >= ctx.lead_end
        if not led_relation and classify(sentence, ctx, m, published) != "target":
            continue
        # (项目建成后，…助力实现产值200亿元年度目标: the goal of the place the project serves, not the project's output)
        # (全部达产后可实现年产值50亿元的目标 / 预计实现年销售收入8亿元的目标: the project's own output, named so)
        if is_project_attribute(sentence, m) and not (_names_a_goal(sentence.text, m, published)
                                                      and not _PROJECT_OUTPUT.search(m.indicator)):
            continue
        if ctx.batch_parts and m.metric == "count" and _PROJECT_COUNT.search(m.indicator) \
                and not found_in(_FIRM_CUE, sentence.text, 0, m.start):
            continue  # 安排重点项目476个。其中，…；计划开工项目207个: a kind of the batch arranged, counted
        if RELATION in m.verbs:  # a relation: a cue inside an earlier item does not reach it
            clause = _clause_start(sentence.text, m.segment_start)
            commitment = cue_before(sentence.text[clause:], m.start - clause) if ctx.lead_commitment else \
                cue_before(sentence.text, m.start)
        else:
            commitment = _cue_since_full_stop(sentence.text, m.start)
        if commitment is None:
            commitment = ctx.lead_commitment or "unspecified"
        subject = m.subject or ctx.lead_subject or subject_before(sentence.text, m.segment_start)
        named = placed.get(m) or [(name, subject) for shared in names_sharing(sentence.text, m)
                                  for name in (_joined_names(shared) if _each_has_it(m) else [shared])
                                  if not _PLACES_ONLY.fullmatch(name)]
        found.extend(Target(
            indicator=name, metric=m.metric, value=to_json_number(m.value),
            value_high=to_json_number(_high_end(m)), unit=m.unit or None, qualifier=m.qualifier,
            commitment=commitment, target_year=target_year(sentence, ctx, m, published),
            subject=who, evidence=sentence.text, span=(sentence.start, sentence.end),
        ) for name, who in named)
    return found + _goals_in_shares(sentence, ctx, published, measures)


# 完成固定资产投资238.5亿元，…，完成市下达年度目标293亿元的81.4% / 累计完成投资7.4亿元，占总任务4.8亿元的154%: a
# progress report names the goal itself inside the share done; the goal is the figure's, of what was done before it
_GOAL_OF_SHARE = re.compile(r"(?:完成|占)[^，,。；;\d]{0,8}?(?:目标|任务)(?:数|额)?$")
_SHARE_AFTER = re.compile(r"的\d")
_NAME_PERIOD = re.compile(r"^[^，,。；;]*?\d{4}年(?:度)?|累计")


def _goals_in_shares(sentence: Sentence, ctx: Context, published: dt.date | None,
                     measures: list[Measure]) -> list[Target]:
    text = sentence.text
    if "的" not in text or ctx.mode == "review" or not ("目标" in text or "任务" in text) \
            or _REVIEW_OPENING.match(text):
        return []
    found = []
    for q in find_quantities(text):
        goal = _GOAL_OF_SHARE.search(text, max(0, q.start - 16), q.start) \
            if q.kind == "money" and _SHARE_AFTER.match(text, q.end) else None
        if goal is None or _finished_years_share(text, q.start, published):
            continue
        year = period_end_year(without_base_years(text)[: q.start], published)
        # (全县固定资产投资完成年度任务150亿元的52%: the clause of the share names what the goal is of; else the
        # figure done before it does)
        share = next((m for m in measures if m.segment_start <= q.start and q.end <= m.start), None)
        at = share.indicator.find(goal.group(0)) if share else -1
        own = _NAME_PERIOD.sub("", share.indicator[:at]) if at > 0 else ""
        done = [m for m in measures if m.end <= q.start and m.metric == "amount" and m.unit == q.unit]
        if len(own) < 2 and not done:
            continue
        named = share if len(own) >= 2 else done[-1]
        found.append(Target(
            indicator=own if named is share else _NAME_PERIOD.sub("", named.indicator), metric="amount",
            value=to_json_number(q.value), value_high=None, unit=q.unit,
            qualifier="point", commitment=cue_before(text, q.start) or ctx.lead_commitment or "unspecified",
            target_year=year or (published.year if published else ctx.work_year),
            subject=named.subject or ctx.lead_subject or subject_before(text, named.segment_start),
            evidence=text, span=(sentence.start, sentence.end)))
    return found


def _finished_years_share(text: str, end: int, published: dt.date | None) -> bool:
    """完成年度目标293亿元的102% of a finished year: its year named, its whole (2024年全年…), or, in a year's first
    months, a share of the year's goal with no month or part of the year named (nor 今年): the year just ended, whose
    goal is no target (the current year's progress names its months: 1月份…完成年度目标的8%)."""
    if published is None:
        return False
    year = period_end_year(without_base_years(text)[:end], published)
    return year is not None and year < published.year or _finished_year_whole(text, end, published) \
        or year is None and published.month <= _EARLY_MONTHS and not found_in(_PART_OF_YEAR, text, 0, end) \
        and not found_in(_THIS_YEAR_NAMED, text, 0, end)


_TERMINATED = re.compile(_SENTENCE_END.pattern + "$")


_WORDS = re.compile(r"[\u4e00-\u9fa5]")


def _on_first_line(body: str, span: tuple[int, int]) -> bool:
    """Whether the span lies on the body's first line of words: the headline (a page's address or its date above it
    is no line of words)."""
    word = _WORDS.search(body)
    if word is None:
        return False
    start = body.rfind("\n", 0, word.start()) + 1
    end = body.find("\n", word.start())
    return start <= span[0] and span[1] <= (len(body) if end < 0 else end)


def _above_the_body(body: str, span: tuple[int, int]) -> bool:
    """A line of its own with no sentence of the body before it (网站无障碍 / 首页 > … / then the headline): a page's
    navigation above a headline ends no sentence."""
    start = body.rfind("\n", 0, span[0]) + 1
    end = body.find("\n", span[1])
    whole_line = not body[start: span[0]].strip() and not body[span[1]: len(body) if end < 0 else end].strip()
    # (a quoted sentence, 。”, or a row of a table is no headline)
    return whole_line and not _SENTENCE_END.search(body, 0, span[1]) and not _TABLE_MARK.search(body, span[0], span[1])


_TABLE_MARK = re.compile(r"[|｜\t]")


def _contains(a: str, b: str) -> bool:
    return a in b or b in a


def headline_restated(targets: list[Target], body: str) -> list[Target]:
    """云南力争2025年GDP达3.5万亿元 (a headline) … 到2025年，全省GDP总量达3.5万亿元: the body restating the notice's
    first target, with the same figure and year under a name that contains or is contained in the headline's, states
    no second target. The headline is its own line, the document's first (or the first under a page's navigation): no
    sentence ends it (a row of a goals table lower down, or a sentence ending 。” in the body, is no headline). A sum of
    money the body restates under its full name is one target, stated as the body states it."""
    if len(targets) < 2 or _TERMINATED.search(targets[0].evidence) or targets[0].value is None \
            or not (_on_first_line(body, targets[0].span) or _above_the_body(body, targets[0].span)):
        return targets
    first = targets[0]
    same = [t for t in targets[1:] if (t.value, t.unit, t.target_year) == (first.value, first.unit, first.target_year)
            and t.evidence != first.evidence and _contains(t.indicator, first.indicator)]
    if not same:
        # 今年我市交通投资将达70亿 … 确保交通固定资产投资突破70亿元: a sum of money is restated under the name the body
        # spells out in full (the same head and opening words), with its qualifier and cue
        same = [t for t in targets[1:] if first.metric == "amount" and t.metric == "amount"
                and (t.value, t.unit, t.target_year) == (first.value, first.unit, first.target_year)
                and t.evidence != first.evidence and _abbreviates(first.indicator, t.indicator)]
        if not same:
            return targets
        first = replace(same[0], evidence=first.evidence, span=first.span)
    if first.commitment == "unspecified":
        first = replace(first, commitment=same[0].commitment)
    return [first] + [t for t in targets[1:] if t is not same[0]]


def _abbreviates(short: str, full: str) -> bool:
    """交通投资 for 交通固定资产投资: the shorter name keeps the full one's first and last two characters."""
    return len(short) >= 4 and len(full) > len(short) and full.startswith(short[:2]) and full.endswith(short[-2:])


# A plan table whose header names the goal column (序号 | 指标名称 | 单位 | 目标 | 上半年实绩): each row's goal cell is
# that indicator's target for the year (增长6%以上 / 74.5 with the unit column's % / 与经济增长基本同步); the columns
# of results beside it (实绩, 完成情况) are not read
_GOAL_COLUMN = re.compile(r"^(?:\d{4}年)?(?:全年|年度|预期|计划|规划)?(?:预期)?目标(?:值)?(?:[（(][^）)]*[）)])?$")
_INDICATOR_COLUMN = re.compile(r"^(?:主要)?指标(?:名称)?$")
_ORDINAL_CELL = re.compile(r"^\d{1,3}$")
_BARE_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:以内|以下|以上|左右)?$")
_ROW_UNITS = re.compile(r"^(?:%|‰|个百分点|岁|公顷|平方公里|(?:万|亿)?(?:元|美元|人|人次|户|家|个|项|吨|吨标准煤|亩|千瓦|千瓦时|"
                        r"标箱|平方米|公里|套|所|张|辆|斤))$")
_NAME_CELL = re.compile(r"[\u4e00-\u9fa5]{2}")
_UNIT_CELL = re.compile(r"^(?:[%‰]|[\u4e00-\u9fa5/·]{1,6})$")
_SIDE_NOTE = re.compile(r"[（(][^）)]*[）)]|^[#＃*]+")


def _row_cells(line: str) -> list[str] | None:
    if line.count("|") + line.count("｜") < 2:
        return line.split("\t") if line.count("\t") >= 2 else None
    return [c.strip() for c in re.split(r"[|｜]", line.strip().strip("|｜"))]


def goal_table_targets(body: str, published: dt.date | None) -> dict[int, list[Target]]:
    """Line index -> the targets a row of a goals table states (empty for its header and its other rows)."""
    found: dict[int, list[Target]] = {}
    header = None  # (indicator column, goal column offset, unit column offset, ordinal column, commitment, year)
    offset = 0
    previous = ""
    for index, line in enumerate(body.split("\n")):
        start, offset = offset, offset + len(line) + 1
        cells = _row_cells(line) if ("|" in line or "｜" in line or "\t" in line) else None
        if cells is None:
            header, previous = None, line if line.strip() else previous
            continue
        names = [c.replace(" ", "") for c in cells]
        ind = next((i for i, c in enumerate(names) if _INDICATOR_COLUMN.match(c)), None)
        goal = next((i for i, c in enumerate(names) if _GOAL_COLUMN.match(c)), None)
        if ind is not None and goal is not None and goal > ind:
            unit = next((i for i, c in enumerate(names) if c == "单位"), None)
            ordinal = next((i for i, c in enumerate(names[:ind]) if c in ("序号", "编号")), None)
            year = period_end_year(cells[goal], published) or period_end_year(previous, published) \
                if re.search(r"\d{4}年", cells[goal] + previous) else None
            header = (ind, goal - ind, unit - ind if unit is not None else None, ordinal,
                      commitment_of(cells[goal]), year or (published.year if published else None))
            found[index] = []
            if published and year and year < published.year:
                header = None  # the goals of a finished year beside its results: a review (its rows are read as text)
            continue
        if header is None:
            continue
        found[index] = []
        ind, goal_at, unit_at, ordinal, commitment, year = header
        if ordinal is not None:
            numbered = next((i for i, c in enumerate(cells) if _ORDINAL_CELL.match(c)), None)
            if numbered is None:
                continue  # a second header row (绝对值 | 增速)
            at = numbered + ind - ordinal
        else:  # (a category cell spanning rows is there on its first row only: the name is where the unit follows it)
            at = next((a for a in (ind, ind - 1, ind + 1) if 0 <= a and a + goal_at < len(cells)
                       and _NAME_CELL.search(cells[a]) and (unit_at is None or 0 <= a + unit_at < len(cells)
                                                            and _UNIT_CELL.match(cells[a + unit_at]))), None)
            if at is None:
                continue
        if at + goal_at >= len(cells):
            continue
        name = _SIDE_NOTE.sub("", cells[at]).strip()
        cell = re.sub(r"\s+", "", cells[at + goal_at])
        unit = cells[at + unit_at].strip() if unit_at is not None and at + unit_at < len(cells) else ""
        if len(name) < 2 or not cell:
            continue
        if _BARE_NUMBER.match(cell):
            if not _ROW_UNITS.match(unit):
                continue
            number = re.match(r"-?[\d.]+", cell).group(0)
            cell = f"为{number}{unit}{cell[len(number):]}"
        text = name + cell
        measures = [m for m in find_goal_measures(text) if m.start >= len(name)] or find_relations(text)
        if not measures:
            continue
        m = measures[0]
        found[index] = [Target(
            indicator=name, metric=m.metric, value=to_json_number(m.value), value_high=to_json_number(m.value_high),
            unit=m.unit or None, qualifier=m.qualifier, commitment=cue_before(text, m.start) or commitment,
            target_year=year, subject=None, evidence=line.strip(), span=(start, start + len(line)))]
    return found
