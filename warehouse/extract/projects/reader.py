"""Projects as frames (contract § projects).

A frame opens at a named project and collects the attributes stated with it — in the same
clause, in the clauses after it, and in follow-on sentences that refer back (该项目…, 项目于…,
其中首期…, 首期项目建成达产后…). Mentions of one project in a notice merge into one frame.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from ..before import ends_at
from ..dates import find_dates
from ..numbers import find_quantities
from ..places import (ZONE_WORDS, NoticePlaces, SentencePlaces, county_opening, county_visited, document_places,
                      home_county, home_town, home_zone, located, names_a_site, notice_places, only_a_place, past_province, place_in_name,
                      sentence_places, sole_county)
from ..script import unglossed
from .attributes import (BROUGHT_TO, NAME_SIZE, SIZE_COUNT, Attribute, clause_attributes, period_begun,
                         stage_rank)
from .frame import Frame, Project
from .names import COUNTED_BATCH, COUNTED_CLOSE, NameMention, core_name, names_a_works, names_in
from .tables import LabelledRow, column_rows, flat_rows, has_table, labelled_rows, table_lines, table_rows
from ..sections import NUMBERED_HEADING, Context
from ..sentences import Sentence, split_clauses

_REFER_BACK = re.compile(
    r"^[“\"]?(?:[^，,:：]{0,6}[:：])?(?:(?:目前|当前|根据计划|按照计划|根据协议|按照协议|据悉|据介绍|据了解|另悉|同时|此外"
    r"|[^，,。；;]{0,4}(?:了解到|获悉|介绍说?))[，,])?"
    r"(?:该|本|此|这个|这一)?(?:项目|园区|小微园|产业园|基地|工程|学校|首期|一期|二期|三期|其中)"
    # 这个计划投资44亿元的项目，建成后…: the project just named, described by its figures
    r"|^(?:这个|这一|该|此)[^，,。；;]{2,20}的(?:项目|工程)"
)
# 2017年3月开工，…: a subjectless sentence that dates a stage goes on about the project of its paragraph
_DATED_STAGE = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)?(?:正式|顺利|全面)?"
                          r"(?:开工|动工|开建|竣工|建成|投产|签约)")
# 计划总投资9.7亿元，… / 目前厂房基础施工已完成，…: a subjectless sentence on a project's figures or works goes on about
# the project of its paragraph (not 总投资10亿元以内的项目有218个: a class of projects, the figure bounds it)
_GOES_ON = re.compile(r"^(?:目前|当前|现在)?[，,]?(?:(?:(?:计划|规划)?总投资|总?(?:占地|用地)(?:面积)?|总?建筑面积)(?:约|达|为)?"
                      r"[\d.]+\s*(?:万亿|亿|万)?(?:元|美元|亩|平方米|公顷|㎡)(?=[，,。；;（(]|$)"
                      r"|(?:厂房|主体|土建|基础|钢结构)[\u4e00-\u9fa5]{0,4}?(?:施工|已|正在|封顶|完工))")
# 黄麻淤安置小区建设工程项目… 本小区位于… 小区始建于…: the facility a works' name ends with, named again as the subject
_WORKS_TAIL = re.compile(r"(?:建设|新建|改扩建|扩建|改造|提升|工程|项目)+$")
_FACILITY_HEAD = re.compile(r"(?:小区|医院|公园|大桥|广场|场馆|体育馆|博物馆|图书馆|大楼|大厦|码头|机场|水库|隧道|综合体|市场)$")


# 老旧小区改造项目, 县人民医院改扩建工程: works on a facility that stands already; 该小区… / 该医院… then tells of the old
# facility (始建于2000年, 现有床位500张), not of the works
_RENOVATION = re.compile(r"改造|改扩建|改建|扩建|维修|修缮|加固|提升|迁建|翻新|整治")
# 小区周边已建成的城北小区…: what lies around the facility, not the facility
_AROUND = r"(?!周边|周围|附近|旁边|一带|[东西南北]侧|对面)"


def _names_head(text: str, name: str) -> bool:
    """Whether a sentence opens with the facility the project's name ends with (本小区…, 该医院…, 大桥…), for works
    that build it (not 幸福小区改造项目: the facility stands, the sentence is about it)."""
    head = _FACILITY_HEAD.search(_WORKS_TAIL.sub("", name))
    return bool(head) and not _RENOVATION.search(name) \
        and re.match(r"(?:本|该|此|这个|这座|这所)?" + head.group(0) + _AROUND, text) is not None


# a refer-back that names a project, not a building (项目计划明年5月竣工 after …动力中心正在施工)
_REFERS_TO_PROJECT = re.compile(r"^[“\"]?(?:[^，,:：]{0,6}[:：])?(?:[^，,]{0,6}[，,])?(?:该|本|此|这个|这一)?(?:项目|首期|一期|二期|三期)")
# a mention that is not the clause's topic: 是X的重点项目 / 是X的首期 (a modifier), 与X形成协同 (a partner),
# 主要建设X生产线 / 建成X中心 while another project is the topic (a part of it)
# 是A集团在B区建设X基地的首期项目: X is the whole the project belongs to, described after 是…在
_MODIFIER = re.compile(r"(?:是|为|作为|系)$|(?:是|系)[^，,。；;]*在(?:[^，,。；;]{2,8}?(?:建设|新建|兴建))?$")
# A项目为上市募投项目 / A项目是省重点项目: the kind the project named right before is, not a second project
# 对于重点在建项目，…，像A、B等项目…: a sentence about the works under construction, its listed names among them
_UNDER_CONSTRUCTION_TOPIC = re.compile(r"^(?:对于|对|针对|围绕)(?:全[市县区]|我[市县区])?(?:重点|重大)?(?:在建|续建)(?:重点|重大)?项目[，,]")
_KIND_OF = re.compile(r"(?:也|均|都|还)?(?:为|是|系|属于?|列为|作为)")
_PARTNER = re.compile(r"(?:与|同|跟)$")
_PART = re.compile(r"建设|新建|建成|包括|包含|配套|购置|引进|开展|进行")  # 大道工程已开展X特大桥桩基施工: a part
_BROUGHT_IN = re.compile(r"引进|招引|落地")  # 引进落地总投资21亿元的B项目: a new project, not a part of the one before
_MEMBERS = re.compile(r"项目(?:主要|分别)?(?:包括|包含|有)")  # 竣工项目包括A与B: the members of a batch, not parts of a project
# 其中不乏…的战略性项目，包括A工程、B工程: a clause that ends with a group of projects (no name), then its members
_GROUP_BEFORE = re.compile(r"(?:项目|工程)[，,:：]$")
_MEMBERS_LEAD = re.compile(r"^(?:包括|包含|涵盖|涉及)")
# A项目包含两个子项目，即B工程和C项目 / 分为3个子项目：B、C、D: the sub-projects of a works named before are its parts
# (the whole is the project, docs/contract-conventions.md), even where each is named as a works of its own (晶睿电子项目
# holds 子项目 too: only a 子项目 counted or introduced as such; 集中开工项目20个，其中包括子项目，即A项目: a batch's
# members, not the parts of one works)
_SUB_PROJECTS = re.compile(r"(?<=[个的其])子(?:项目|工程)[，,：:]?(?:即|分别为|分别是|包括|包含|为|是)?[：:]?(?:[^，,。；;：:]*[、和及与])?$")
# 获批国家级绿色工业园区 / 入选省级…示范基地: an honour the place received, not a project it builds
# (获批为“广东省智能制造示范基地”: the title in quotes)
_HONOUR_VERB = re.compile(r"(?:获批为?|获评为?|入选|荣获|被?评为|被?认定为|被?命名为|创成|成功创建|被?列入|被?列为|获得|授予|成为)了?"
                          r"(?:首批|第[一二三四五六七八九十\d]+批)?(?:全国|国家级|国家|省级|全省|市级|县级)?[“\"]?$")
# 跨江大桥被命名为清江大桥: a road, a bridge or a tunnel given its name, the works itself (no honour)
_NAMED_ROUTE = re.compile(r"命名为\|[^|]*(?:路|大桥|桥|隧道)$")
_PLACE_VERB = re.compile(r"(?:位于|选址于?|落户于?|坐落于|入驻|来到)$")  # 选址丽水半导体芯片产业园: where, not what
_VISITED = re.compile(r"项目\|.*来到$")  # 记者来到X项目现场: a project visited is still a project
# 根据计划，… / 今年我市将持续推进…，全线开工A，建成B: the tasks after a plan's lead are plans
_PLAN_LEAD = re.compile(r"(?:根据|按照)(?:计划|协议|安排|规划)|^(?:项目)?(?:计划|预计)$"
                        r"|(?:将|拟|要)(?:持续|继续|全力|进一步|大力|全面)?(?:加快|推进|推动|实施|抓好|做好)"
                        # 下阶段，开发区将高起点、高标准加快X的建设: manner words between the plan and its verb
                        r"|(?:将|拟)(?:高起点|高标准|高质量|高水平|[、，,])+(?:加快|推进|推动|实施|抓好|做好)")
# 在李家巷镇博奥铝业建设现场，… / 在长兴经济技术开发区，… / 近日，在X镇Y村，…: a sentence that opens at a place
_LOCATIVE_LEAD = re.compile(r"^(?:[^，,。；;在]{0,10}[，,])?在(?P<place>[\u4e00-\u9fa5]{2,14}(?:经济技术开发区|经开区|开发区|高新区"
                            r"|产业园|工业园|产业园区|工业园区|园区|集聚区|工业区|新区|街道|镇|乡))"
                            r"(?=[\u4e00-\u9fa5]{0,16}?(?:现场|厂区|车间|工地)|内?[，,])")
# 全县 / 我市 / 该镇 / 各乡镇 / 项目区: no place of its own
_NOT_OWN_PLACE = re.compile(r"^[全我本该各此这其]|^(?:项目|园区|厂区|城区|景区|社区|辖区|片区|小区)")
_NEXT_PLACE = re.compile(r"[；;]在")
# a visit told after a sentence's opening place: the place is where the visitors are (or meet), the works are elsewhere
_VISIT_AFTER_LEAD = re.compile(r"调研|考察|视察|观摩|走访|察看|督导|督查|检查指导|实地查看")
# 丽水经开区共有5个项目被列入… / 东湖镇今年有3个项目开工: a place, then the batch of its projects it counts
_PLACE_BATCH = re.compile(r"(?:^|(?<=[，,]))(?P<place>[\u4e00-\u9fa5]{2,14}?(?:经济技术开发区|经开区|开发区|高新区|产业园区|工业园区"
                          r"|集聚区|新区|街道|镇|乡))(?:今年|去年|全年|目前|共|已|累计)*有?(?:\d+|[两二三四五六七八九十]+)个"
                          r"[\u4e00-\u9fa5]{0,8}?项目")
# 会议要求，A、B等项目加快推进: a directive's lead clause, what follows is what is asked for
# (not …的工作要求，…: a noun)
_DIRECTIVE_LEAD = re.compile(r"^[^，,的]{0,8}(?:要求|强调|督促|部署|号召)[，,：:]?$")
# …等项目加快实施，力争年内建成投产: a goal after the clause (not 今年以来…加快实施，力争…: works reported under way)
# (not 确保了全年投资目标完成: a result reached, reported)
_GOAL_AFTER = re.compile(r"(?:力争|确保|争取)(?!了)")
# (2023年，A、B等项目加快推进 in a 2024 notice / 去年…: a past year reviewed)
_REPORTED = re.compile(r"以来|已|目前|正在|当前|去年|上年|(?<!\d)(?P<year>20\d{2})年")
# A项目将…, B工程今年将…: the project the clause names, then what it is to do
_SUBJECT_PLAN = re.compile(r"(?:也|还|则|今年|明年|年内)?(?:将|拟)")
# 这三个项目落户…, 上述项目位于…, 这批项目: the projects the sentence before named, together
_GROUP_REFER = re.compile(r"^(?:这|上述|以上|前述)(?:\d+|[两二三四五六七八九十]+)?(?:个|批|些)?(?:重点|重大)?(?:项目|工程)")
# 计划开工43个，实际开工41个; 目前正在进行厂房施工: what is done or under way now, after a plan's clause
# (提前开工: reached; 提前至一季度开工: brought forward to a period, reached when the period has begun, attributes.BROUGHT_TO)
_PAST_WORD = re.compile(r"已|去年|上年|前年|\d{4}年|实际|提前(?=开工|竣工|完工|投产)|正在|目前|当前")
# 集中开工 / 集中签约项目8个 / 9个项目集中开工 / 与6个项目现场签约: a batch reported at the ceremony
# (集中签约、开工: two batches under one 集中, reader._batch adds the second)
_BATCH = re.compile(r"集中(?P<a>签约|开工|竣工投产|建成投产|竣工|投产)|(?P<d>开工|签约|竣工投产|竣工|投产)(?:仪式|活动|大会)"
                    r"|一批(?:重大|重点)?项目(?P<e>签约|开工|竣工投产|建成投产|竣工|投产)"
                    r"|\d+个[^，,。；;]{0,8}项目[^，,。；;]{0,4}?(?P<b>签约|开工|竣工投产|建成投产|竣工|投产)(?!条件|率)"
                    r"|(?P<c>签约|开工|竣工投产|建成投产|竣工|投产)项目(?:共)?\d+个"
                    # 第二季度新开工项目集中启动活动: the works started that day
                    r"|(?P<f>新开工)项目集中启动"
                    # 我县举行重点项目观摩活动: the works shown are under way (not started on the day)
                    r"|项目(?P<g>观摩)(?:活动|会)"
                    # 举行重点项目集中开(竣)工活动: the works started that day and the works finished, in one event
                    r"|集中(?P<h>开[（(]?竣[）)]?工)"
                    # 集中开(复)工: works started that day and works resumed, both under way
                    r"|集中(?P<i>开[（(]复[）)]工|开复工)")
_SECOND_BATCH = re.compile(r"(?:、|和|暨|及)(签约|开工|竣工投产|建成投产|竣工|投产)")
_START_AND_FINISH = re.compile(r"开[（(]?竣[）)]?工")
_BATCH_PLANNED = re.compile(r"计划|将|拟|预计|力争|争取|确保|下一步|年内|年底前|推动|加快")
# (现场签约项目12个: signed on the spot, at the event)
_EVENT_CUE = re.compile(r"集中(?!精力|力量|资源|优势)|仪式|活动|举行|此次|本次|当天|当日|日前|近日|\d{1,2}月\d{1,2}日|[昨今]日"
                        r"|现场(?=签约|集中)")
_RUNNING_COUNT = re.compile(r"(?:已|累计|先后)有?$")
_BATCH_STAGE = {"签约": "signed", "开工": "started", "新开工": "started", "观摩": "started", "竣工": "completed", "投产": "in_production",
                "竣工投产": "in_production", "建成投产": "in_production"}
_ON_SITE = frozenset({"started", "completed", "in_production"})  # batches of works on site: each was started at least
_BATCH_ALSO = {"竣工投产": "completed", "建成投产": "completed"}  # 集中竣工投产: completed and in production that day
_ZONE_NAME = re.compile(r"(?:产业园|园区|开发区|工业园|科技园|产业区|集聚区)$")  # where a batch was held, not a project
# 凤阳X产业园集中开工的项目有10个 / X化工园区2024年第三季度重大项目竣工投产活动: the zone hosts the batch
# (…服务中心主任 张华: the head of an office, named before a quote)
_AFFILIATION = re.compile(r"(?:总经理|董事长|副?总裁|负责人|经理|业主代表|项目部|指挥部|党支部|副?(?:主任|院长|校长|所长|局长|书记))")
_HOSTS = re.compile(r"(?:\d{4}年)?(?:第?[一二三四1-4]季度)?(?:集中|(?:重大|重点)?项目(?:集中)?(?:签约|开工|竣工|投产)"
                    r"|(?:重大|重点|产业|工业)项目)")
_HELD_AT = re.compile(r"[^，,。；;]{0,12}?(?:举行|举办|召开|开幕)|的[^，,。；;]{2,30}?现场[^，,。；;]{0,6}?(?:举行|举办|召开)")  # …活动在X办公楼前广场举行: X is the venue
_SAME_PERIOD = re.compile(r"(?P<word>同月|当月|同年)(?![\d一二三四五六七八九十]+月)")
_RECENTLY = re.compile(r"近日|日前")  # 近日，…实现全面达产: the month of the notice
_FUTURE_SENTENCE = re.compile(r"计划(?!总?投资)|将|拟|预计|下一步|今后|力争|争取")
_SEGMENT_END = re.compile(r"[，,、；;：:]")


def _planned_before(text: str, start: int) -> bool:
    """Whether a plan word comes before the name at `start`. 包括将改变交通格局的A工程、大幅改善…的B工程: a plan
    word inside a description (a segment that goes on to 的) describes a works, it does not plan it."""
    for m in _FUTURE_SENTENCE.finditer(text, 0, start):
        end = _SEGMENT_END.search(text, m.end(), start)
        if "的" not in text[m.end(): end.start() if end else start]:
            return True
    return False
# 东湖光电项目正在洽谈中 / 有望近期签约 / 目前正在开展前期工作: a project still in talks or in preparation, whatever
# event the notice reports (its own sentence says so, after its name)
# (not 拟建设 / 力争年内投产: what a works under way is to build or reach)
# (not 前期工作仅用时两个月 / 前期手续已全部办结 / 从洽谈到开工仅用45天: preparation or talks described as done, at the
# ceremony of works that took part)
_PROSPECT = re.compile(r"(?<!从)(?:在谈|洽谈)(?![^，,。；;]{0,3}?(?:到|至)[^，,。；;]{0,8}?(?:仅|只|用时|用了))"
                       r"|有望(?:近期|年内|尽快|早日)?(?:签约|落地|开工)"
                       r"|前期(?:工作|手续)(?![^，,。；;]{0,5}?(?:用时|仅用|只用|完成|办结|办完|办妥|就绪|到位))"
                       r"|(?:即将|待)签约|尚未开工")


def _in_prospect(sentence: Sentence, start: int) -> bool:
    """Whether a project's own sentence says it is in talks or in preparation after its name (a plan word after it is
    not enough: 计划年内开工 under a signing event, a works started that day that is to be finished next year)."""
    return bool(_PROSPECT.search(sentence.text, start))


# a plan's schedule: a heading 70个项目新开工建设, then 1月份 / A、B等5个项目 / 2月份 / …: the month each is to reach it
_SCHEDULE_HEAD = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)个(?:重点|重大)?项目(?P<v>新开工|开工|竣工|建成|投产)(?:建设)?")
_SCHEDULE_STAGE = {"新开工": "started", "开工": "started", "竣工": "completed", "建成": "completed", "投产": "in_production"}
_MONTH_HEAD = re.compile(r"(?P<m>\d{1,2})月份?[:：]?")
# A、B等5个项目: a line of the schedule under a month heading, the works listed and counted, no clause of its own
# (not 县领导调研了A、B等项目。 or A、B等8个项目目前运行良好。: a sentence that goes on, the schedule is over)
_SCHEDULE_LIST = re.compile(r"[^，,。；;：:]+?等(?:\d+|[一二三四五六七八九十百]+)个(?:重点|重大)?(?:项目|工程)[。；;]?")
# 县委、县政府决定重点实施10项重点建设项目: a group of works a plan announces, whose members a later list names
_PLANNED_GROUP = re.compile(r"(?:决定|计划|将|拟)[^，,。；;]{0,8}?(?:实施|建设|推进|开工)"
                            r"(?P<label>(?:\d+|[一二三四五六七八九十百]+)[个项][^，,。；;和、]{0,10}?(?:项目|工程))")
_DATE_ONLY = re.compile(r"(?:\d{4}年|去年|今年|上年)(?:度|以来)?|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午)?")
_LOOKING_BACK = re.compile(r"^(?:一年来|过去一年|去年以来)")
# 今年将建成A等项目。新开工建设B等项目。: the tasks of a plan go on, subjectless, in the sentences after its lead
_PLAN_OPENING = re.compile(r"^(?:今年|明年|年内|下一步|下阶段|\d{4}年)[，,]?(?:我[省市县区]|全[省市县区])?(?:将|拟|计划|力争|要(?!求))")
_TASK_OPENING = re.compile(r"^(?:新开工|开工建设|建成|竣工|推进|加快|启动|实施|续建|新建|力争)")
# 今年的重点建设项目中，包括了A、B等136个重大项目 / 重点推进A、B等项目: the items of a plan of works (the year's
# list, a plan's task), none of them said to have begun (not 加快推进…等项目建设: works under way)
# 产业方面，重点实施A、B等项目 / 下半年，计划建设A、B等重大项目: the same, under a topic or a period
_PLAN_LIST = re.compile(r"^(?:今年|本年度|\d{4}年)(?:的|度)?(?:全?[省市县区])?(?:重点|重大)(?:建设)?项目(?:计划)?中?[，,]?"
                        r"(?:包括了?|有|涵盖了?)"
                        r"|^(?:[\u4e00-\u9fa5]{2,4}方面[，,]|(?:今年|明年|年内|下半年|上半年|\d{4}年)[，,]?)?"
                        r"(?:(?:重点|着力|积极|大力)(?:推进|实施)(?!了)|(?:计划|拟)(?:新?建设|实施|开工建设))"
                        # 计划新开工：A、B等17个项目；计划建成：C: a plan laid out by headings, the heading word plans the start
                        r"|^(?:[\u4e00-\u9fa5]{2,8}[：:])?(?:计划|拟)新?开工(?:建设)?[：:]")
_CLAUSE_REFER = re.compile(r"^(?:目前|同时|并)?(?:该|本)?项目|^整个项目|^项目整体")
# 芙蓉大桥已建成通车，投资1.5亿元、双向八车道的园区主干道路已启动建设: a clause that opens with a figure before 的
# is about the noun after it, when that noun is a works of its own (a road, a bridge, a pipe network: it ends with its
# own works word before its verb: …道路, …建设项目), not the project of the clause before (这个计划投资44亿元的项目: the
# project itself; 占地200亩的生产基地将于明年建成, 用地300亩的新厂区: the project's own site, its figure the project's)
_OTHER_WORKS = r"道路|公路|大道|大桥|桥梁|隧道|管网|管廊|铁路|轨道|高速|水库|码头|堤防|工程|项目"
_NOUN_VERB = r"将|已|正在|正|于|计划|预计|启动|开工|建成|建设|竣工|投用|通车|完工|由"
_DESCRIBES_NEXT = re.compile(r"(?:计划|总)?(?:投资|占地|用地|建筑面积)?(?:约|达|近)?[\d.]+\s*(?:万亿|亿|万)?(?:元|亩|平方米|㎡)"
                             r"(?:[、和][^，,。；;的]{1,12})*的(?!项目|工程|[一二三四五首]期)"
                             rf"(?=(?:(?!(?:{_NOUN_VERB})(?!项目|工程))[^，,。；;]){{0,24}}?(?:{_OTHER_WORKS})"
                             rf"(?:{_NOUN_VERB}|[，,。；;]|$))")
# 计划占地1000亩（首期500亩）, 总投资50亿元（一期投资20亿元）: the share of a phase in brackets right after a figure
# (not 项目（一期）总投资5亿元: the phase the clause is about, in brackets after its subject)
_BRACKET_PHASE = re.compile(r"(?<=[元亩米㎡])[（(](首期|一期|二期|三期|四期)[^（()）]*[）)]")
_PHASE_TOPIC = re.compile(r"^(?:该项目|项目|其中)?[，,]?(?:首期|一期|二期|三期|四期)(?:工程|项目)")
_WHOLE_TOTAL = re.compile(r"^(?:项目)?总(?:投资|用地|占地|建筑面积)")
_PHASE = re.compile(r"(?<![分第])(首期|一期|二期|三期|四期)")
# a clause about a batch or a total (全市共组织215个项目…): attributes after it are not the project's
# 部分项目已开工建设: some of a batch, not the project named before
# (其余65个市本级项目总投资420.6亿元: the rest of a batch)
_AGGREGATE = re.compile(r"(?<!\d)\d+[个只宗](?!月|多月|工作日|小时|星期|年)[^，,]{0,12}?项目|项目\d+个|(?:开工|竣工|签约|投产|续建|新建)\d+项(?!目)|共组织|全市|全县|全区|合计|总计|累计"
                        r"|其余\d+个|其余[^，,]{0,8}项目"
                        r"|(?:部分|个别|少数|多数|大部分|大多数|有的)(?:项目|工程)")
# 今年全县共安排重点项目50个 / 城南片区今年实施项目10个: a batch of projects counted, or all of a place's
_BATCH_SAID = re.compile(r"(?:\d+|[两二三四五六七八九十百]+)个[^，,。；;]{0,8}?项目|项目(?:共|达)?(?:\d+|[两二三四五六七八九十百]+)个"
                         r"|全[省市县区镇][^，,。；;]{0,8}?项目")
# 其中3个已开工, 部分项目已开工: a verb that covers some of the items of a list before it, not all
_SUBSET = re.compile(r"其中|部分|个别|少数|多数|有的|(?<![等\d])\d+个")
_EVENT = re.compile(r"举行|开工|签约|仪式|召开")
_BEFORE_NAME = re.compile(rf"(?P<place>[\u4e00-\u9fa5]{{2,20}}?(?:{ZONE_WORDS}|集聚区|片区|园区|新区|街道|镇|乡|县|区))的$")
# A、B项目主体结顶 / A项目、总投资50亿元的B项目实现当年签约: names joined into one subject
# 年产3亿枚蛋鸡场、年出栏3万只白鹅的现代化养殖场建成投产: a capacity before the next name
# 已有落地项目28个 / 累计签约项目15个 / 12个项目已开工: a counted group whose members 其中… are named after it
_COUNTED_GROUP = re.compile(r"(?:已有|已|累计)(?P<v>落地|签约|开工|竣工|投产)(?:的)?项目(?:共|达)?\d+个"
                            r"|\d+个(?:重点|重大)?项目已(?:经)?(?P<w>落地|签约|开工|竣工|投产)")
_GROUP_STAGE = {"落地": "signed", "签约": "signed", "开工": "started", "竣工": "completed", "投产": "in_production"}
# (在X循环经济产业园内，Y项目…: the park the project is in, then the project; 设在X工业区Y项目现场; 在X工业园Z村，Y项目)
# (…，X产业园内A项目、B项目: the park opens the clause; the items of the list after it are in it too)
_ZONE_BEFORE = re.compile(r"(?:^|在|于|(?<=[，,：:]))(?P<place>[\u4e00-\u9fa5]{2,20}?(?:园区|开发区|高新区|经开区|集聚区|工业区|产业园|工业园))"
                          r"(?:[\u4e00-\u9fa5]{1,4}村)?(?:内)?[，,]?$")
# 雀塘产业园目前已完成开发约1000亩，…入驻企业35家: a zone's running figures (the firms it holds), not a works
_ZONE_FIGURES = re.compile(r"入驻(?:的)?(?:企业|项目)(?:共|达)?\d+[家个]|规模以上(?:工业)?企业\d+家|规上(?:工业)?企业\d+家")
_WITHIN = re.compile(r"[内里](?![\u4e00-\u9fa5]{0,3}(?:项目|工程))")
_JOINED = re.compile(r"(?:[、和及与]|以及)(?:总?投资[^、，,。；;]{0,14}的|[^、，,。；;]{2,30}?(?:公司|集团)的"
                     r"|年(?:产|出栏|处理|加工)[^、，,。；;]{1,20}的)?")
_ITEM_MONEY = re.compile(r"[\d.]+ ?(?:亿|万)?元的")
_CEREMONY_SITE = re.compile(r"(?:现场|地块|工地)[^，,。；;]{0,6}?(?:举行|举办|召开)")
# (a clause about people is no place: 张明一行北岭工业园…)
_PEOPLE_IN_PLACE = re.compile(r"一行|书记|[省市县镇乡]长|(?<![园新发])区长|主任|领导|负责人|代表")
# (县长张明一行深入北岭工业园，A项目…: a visit's verb, the zone after it)
_PLACE_LEAD = re.compile(r"^.*(?:来到|到|在|于|和|与|是|及|走进|进入|前往|赴|深入|调研|考察|视察|察看|参观|观摩|走访|督导|检查)")
# 兰州新区招商引资工作实现开门红 / 某某高新区召开招商引资工作会议: a headline whose subject is a zone (its notice)
# (象山经济开发区1-5月完成…: the period the figures cover, right after the zone)
_HEADLINE_ZONE = re.compile(r"(?:^|\s)(?P<zone>[\u4e00-\u9fa5]{2,6}?(?:新区|高新区|经开区|开发区|产业园区|工业园区|化工园区|集聚区))"
                            r"(?=[\u4e00-\u9fa5\d])(?!的)")
_ZONE_OPENS = re.compile(r"(?P<zone>[\u4e00-\u9fa5]{2,10}?(?:经济技术开发区|经开区|开发区|高新区|产业园|工业园|产业园区|工业园区"
                         r"|集聚区|工业区))(?=[\u4e00-\u9fa5\d]{2,}(?:项目|工程)$)(?!内|区|园)")
_MEETING_HEADLINE = re.compile(r"召开|举行|举办|会议|推进会|调度会|座谈会|观摩会|培训|调研|视察|考察")
_OWN_WORKS_HEADLINE = re.compile(r"开工|签约|投产|竣工|建成|落地|(?:\d+|[两二三四五六七八九十百]+)个[^，,。；;]{0,6}项目")
# 安徽省芜湖经开区举行…集中开工暨…开工活动 / 举行2023奉贤新城项目集中开工仪式: the zone that holds the event of a batch, or
# whose batch the event's label names (a place and a zone word, a year before it)
_ZONE_WORD = r"(?:经济技术开发区|经开区|开发区|高新区|新区|产业园区|工业园区|化工园区|集聚区)"
# (瑞安在经济开发区举行…: the zone where a place holds it, a venue, not the zone whose batch it is)
_EVENT_HOST = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?P<holder>(?:(?![在于])[\u4e00-\u9fa5]){{2,16}}?{_ZONE_WORD})"
                         r"(?:近日|日前|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日)?(?:上午|下午)?举[行办]"
                         r"|(?:(?<=[，,。；;：:\s“\"])|(?<=举行)|(?<=举办)|(?:19|20)\d{2}年?度?)"
                         r"(?P<label>[\u4e00-\u9fa5]{2,10}?(?:新城|新区|经开区|开发区|高新区|园区))(?:重点|重大)?项目集中")


# 银牌 / 一、优秀示范园: a grade heading over the entries of a contest or an acceptance, which are not works. A heading
# by itself: at a line's start or after a sentence (结果如下。 一、优秀示范园 …), never a field's value after a colon
# (验收结果：合格, 考核等次：优秀)
_GRADE_HEADING = re.compile(r"(?m)(?:^|(?<=[。；;]))[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．][ \t\u3000]*)?"
                            r"(?:金牌|银牌|铜牌|金奖|银奖|铜奖|优胜奖|优秀奖|特等奖|[一二三]等奖|优秀|合格)"
                            r"[\u4e00-\u9fa5]{0,6}(?=[ \t\u3000]|$)")
# what a notice grades: a contest, an acceptance, a review (not 优秀作品展 in a page's menu: nothing is graded there)
_GRADING = re.compile(r"竞赛|比赛|大赛|运动会|验收|考核|评选|评比|评审|评定|测评|结果|名单|获奖")
# 优秀项目 / 重点项目考核结果: a review that grades works, whose graded entries are works still
_GRADES_WORKS = re.compile(r"项目|工程")
# 园区已落实意向签约项目7项: a notice about an intent signing (a lead, not a project, until signed for real)
# (签订投资意向协议, 签署合作意向书: an intent signed)
_INTENT = re.compile(r"意向签约|签约意向|(?:签订|签署)了?(?:投资|合作|框架)?意向(?:协议|书)?|意向协议|意向书")
_SIGNING = re.compile(r"签约|签订|签署")
# 正式签约 / 正式签订 / 签订投资协议 / 签署合同: a signing for real beside the intent ones
_SIGNED_FOR_REAL = re.compile(r"正式签(?:约|订|署)|签(?:订|署)了?(?:投资|合作|项目|入园|落户|框架)*(?:协议|合同)")
# 已于3月份签约 / 成功签约 / 签约了, or a signing for real: a signing reported done
_SIGNED_DONE = re.compile(rf"(?:已经?|成功)[^，,。；;]{{0,8}}?签(?:约|订|署)|签(?:约|订|署)了|{_SIGNED_FOR_REAL.pattern}")
_KEY_PROJECTS = re.compile(r"(?:重点|重大)(?:建设)?项目")
# 二、下一步工作: a numbered heading at a line's start, which ends the entries of the grade heading before it
_TALKS_WORD = re.compile(r"在谈|洽谈")
# 二、跟踪在谈项目情况 / （三）正在洽谈的项目: a heading over projects still in talks (not 二、签约项目情况)
_TALKS_HEADING = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])[ \t\u3000]*"
                            r"[^\n，,。；;]{0,10}?(?:在谈|洽谈)(?:中|的)?(?:重点|重大|招商)?项目[^\n，,。；;]{0,8}$")
_LINE_HEADING = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])")
_PLANNED_START = frozenset({"signed", "approved", "started"})  # a plan to reach these is the stage planned (Frame.build)


# 海南生产支持基地(一期) is the …海南生产支持基地项目 of the ceremony: a phase in brackets, like 项目, is not the name
_BARE = re.compile(r"(?:建设)?(?:[（(][一二三四五首]期[）)])?项目$|[（(][一二三四五首]期[）)]$")


class _Frames:
    """Frames of one notice, found again by name (富乐德半导体 is 富乐德半导体产业项目). Each frame is indexed under
    every prefix and suffix of its name and of its bare name, and under its bare, sizeless and works names, so that a
    mention is checked only against the frames its name can match (in the order they were found), never all of them."""

    def __init__(self) -> None:
        self.frames: list[Frame] = []
        self._order: dict[int, int] = {}  # id(frame) -> its place in `frames`
        self._index: dict[tuple[str, str], list[Frame]] = {}

    def _add(self, kind: str, key: str, frame: Frame) -> None:
        bucket = self._index.setdefault((kind, key), [])
        if not bucket or bucket[-1] is not frame:
            bucket.append(frame)

    def _register(self, frame: Frame) -> None:
        """Index a frame under the keys of its (current) name; a renamed frame keeps its old keys too (a frame found
        by an old key is checked against its current name all the same)."""
        a = frame.name
        bare = _bare(a)
        for text, kind in ((a, "raw"), (bare, "bare")):
            self._add(kind + "=", text, frame)
            for k in range(1, len(text) + 1):
                self._add(kind + "<", text[:k], frame)  # every prefix
                self._add(kind + ">", text[-k:], frame)  # every suffix
        self._add("sizeless=", _sizeless(bare), frame)
        self._add("works=", _works_key(a), frame)

    def _candidates(self, b: str, bare_b: str, key_b: str) -> list[Frame]:
        """The frames whose name may match `b` by any rule of get(), in the order they were found."""
        index = self._index
        found: dict[int, Frame] = {}
        keys = [("raw>", b), ("raw<", b), ("bare>", bare_b), ("bare<", bare_b), ("sizeless=", bare_b),
                ("bare=", _sizeless(bare_b)), ("works=", key_b)]
        for text, kind in ((b, "raw="), (bare_b, "bare=")):
            keys += [(kind, text[:k]) for k in range(1, len(text) + 1)]  # a frame's name that opens this one
            keys += [(kind, text[-k:]) for k in range(1, len(text) + 1)]  # a frame's name that ends this one
        for key in keys:
            for frame in index.get(key, ()):
                found[id(frame)] = frame
        order = self._order
        return sorted(found.values(), key=lambda f: order[id(f)])

    def get(self, mention: NameMention, sentence: Sentence) -> Frame:
        b = mention.name
        bare_b, key_b = _bare(b), _works_key(b)
        for frame in self._candidates(b, bare_b, key_b):
            a = frame.name
            bare_a = _bare(a)
            short, long = sorted((bare_a, bare_b), key=len)
            # 晶睿电子项目 is 晶睿电子12英寸硅片项目: a short name that opens the longer one
            by_prefix = len(short) >= 4 and short != long and long.startswith(short) and \
                (short == bare_a and a.endswith("项目") or short == bare_b and b.endswith("项目"))
            # 高照新能源2GW绿色高效超薄硅片 … 绿色高效超薄硅片项目: the short name ends the longer one
            # 县民生医院 … 民生医院项目: the same works, once with its county and once with 项目
            by_suffix = len(short) >= 6 and short != long and long.endswith(short)
            by_bare = len(short) >= 4 and short != long and long.endswith(short) and a.endswith("项目") != b.endswith("项目")
            if len(key_b) >= 6 and _works_key(a) == key_b:
                return frame  # 滨海热电二期工程 … 滨海热电厂二期扩建工程: the works named again more fully; the first name stays
            if a != b and len(short) >= 6 and _sizeless(long) == short:
                frame.name = a if len(a) > len(b) else b  # 华银株洲2×100万千瓦扩能项目 … 华银株洲扩能项目: once with its size
                self._register(frame)
                return frame
            if by_bare and not by_suffix:  # the longer name (with its place) stays
                if len(bare_b) > len(bare_a):
                    frame.name = b
                    self._register(frame)
                frame.listed = frame.listed and mention.listed
                frame.series = frame.series or mention.series
                return frame
            if a == b or a.endswith(b) or b.endswith(a) or by_suffix or (mention.listed and a.startswith(b)) \
                    or (frame.listed and b.startswith(a)) or bare_a == bare_b or by_prefix:
                if not mention.listed and (len(b) > len(a) or frame.listed and not by_prefix):
                    frame.name, frame.listed = b, False
                    self._register(frame)
                frame.series = frame.series or mention.series
                return frame
        frame = Frame(mention.name, mention.listed, mention.weak, sentence.text, (sentence.start, sentence.end),
                      series=mention.series)
        self._order[id(frame)] = len(self.frames)
        self.frames.append(frame)
        self._register(frame)
        return frame


# a size a name may hold or drop when a notice names it again (2×100万千瓦, 20GWh, 年产5万吨)
_SIZE_IN_NAME = re.compile(rf"(?:年(?:产|处理|加工))?{SIZE_COUNT}[\d.]+\s*(?:万|亿|千)?(?:千瓦时|千瓦|兆瓦|瓦|MWh|MW|GWh|GW"
                           r"|万吨|吨|标箱|台|套|件|只)")
# the words a works' name may add or drop when a notice names it again (…热电厂二期扩建工程 for …热电二期工程)
_WORKS_FILLER = re.compile(r"改扩建|扩建|新建|改建|建设|工程|项目|厂")


@lru_cache(maxsize=4096)
def _works_key(name: str) -> str:
    return _WORKS_FILLER.sub("", name) if name.endswith("工程") else name


@lru_cache(maxsize=4096)
def _bare(name: str) -> str:
    return _BARE.sub("", name)


@lru_cache(maxsize=4096)
def _sizeless(name: str) -> str:
    return _SIZE_IN_NAME.sub("", name)


def _whole(frame: Frame | None) -> bool:
    """Whether a frame can have parts named after it: a project (主要建设X生产线), not a road or a building —
    全线开工A铁路，建成B高速至C段: the second is a sibling task, not a part of the first."""
    return frame is not None and not frame.weak


_FIGURES_BEFORE = re.compile(r"(?:[^、，,。；;的]*?[\d.]+ ?(?:万亿|亿|万)?(?:元|亩|平方米|公顷|㎡)、)+[^、，,。；;的]*?[\d.]+ ?"
                             r"(?:万亿|亿|万)?(?:元|亩|平方米|公顷|㎡)的")


# (计划)在B开发区(投资)建设: what a firm does, then the works it builds
_BUILDS_AT = re.compile(r"(?:计划|拟|将|准备)?(?:投资)?(?:在[^，,。；;]{2,20}?)?(?:投资)?(?:建设|新建|兴建)")


# (A开发区)与B集团签署了: the zone that signs with a firm, then the project signed
_SIGNS_WITH = re.compile(r"与[^，,。；;]{2,30}?(?:签署|签订|签约)了?")


# 四个项目投资均超过1亿元, 两个项目各占地50亩: a figure said of each member of a list
_EACH = re.compile(r"均|各(?!类|项|级|地|方)")
# (A、B、C等均投资10亿元以上, A项目和B项目各占地50亩: right after the last name, the figure each of them has)
_EACH_AFTER = re.compile(r"(?=[^均各]*[均各])等?(?:项目)?(?:均|各)?(?:计划)?(?:总?投资|占地|用地|建筑面积)(?:额|面积)?(?:均|各)?"
                         r"(?:约|达|超过?|近|为)?")
# 刚刚投产的C项目, 已竣工的D工程: a stage verb and 的 right before a name, what the name is (a verb of 2 to 4 characters)
_VERB_OF = re.compile(r"[\u4e00-\u9fa5]{2,4}?了?的")


def _joined_before(before: list[tuple[NameMention, Frame]], clause: str) -> list[Frame]:
    """The frames of the last name before a word and of the names joined to it by 、 / 和 (A项目、B项目主体结顶)."""
    joined = [before[-1]]
    for m, f in reversed(before[:-1]):
        if not _JOINED.fullmatch(clause[m.end: joined[-1][0].start]):
            break
        joined.append((m, f))
    return [f for _, f in reversed(joined)]


def _joined_after(after: list[tuple[NameMention, Frame]], clause: str) -> list[tuple[NameMention, Frame]]:
    """The first name and the names joined to it by 、 / 和 after it (新开工的A项目、B项目和C项目)."""
    joined = after[:1]
    for m, f in after[1:]:
        if not _JOINED.fullmatch(clause[joined[-1][0].end: m.start]):
            break
        joined.append((m, f))
    return joined


# A项目(一期)、B工程、C项目 / A项目和B项目: names (and unnamed items) joined by 、 or 和 into one list
_LISTED_WITH = re.compile(r"(?:[（(][^（()）]{1,8}[）)])?(?:、[^、，,。；;：:]{1,24}?)*、|和|及|与|以及")
# A项目、B项目分别投资3亿元、5亿元 / …，总投资分别为3亿元和5亿元: one figure to each name of the list, in order
_RESPECTIVELY = re.compile(r"分别")
_RUN_KIND = re.compile(r"(?P<investment>投资)|(?P<land>占地|用地)|(?P<floor_area>建筑面积)")
_QUANTITY_KIND = {"investment": "money", "land": "land", "floor_area": "area"}


def _respective(clause: str, start: int) -> dict[str, list]:
    """The runs of figures after 分别 (at `start`) in a clause, by kind: 投资3亿元、5亿元和2亿元 -> investment [3e8, 5e8, 2e8]."""
    runs: dict[str, list] = {}
    quantities = find_quantities(clause)
    k = 0
    while k < len(quantities):
        q = quantities[k]
        if q.start < start:
            k += 1
            continue
        words = list(_RUN_KIND.finditer(clause, max(0, start - 8), q.start))
        kind = words[-1].lastgroup if words else None
        run = [q]
        while k + 1 < len(quantities) and re.fullmatch(r"[、和及与]|以及", clause[run[-1].end: quantities[k + 1].start]):
            k += 1
            run.append(quantities[k])
        k += 1
        if kind and kind not in runs and all(r.kind == _QUANTITY_KIND[kind] for r in run) \
                and (kind != "investment" or all(r.unit == "元" for r in run)):
            runs[kind] = [r.value for r in run]
    return runs


# 包括A项目在内的12个重点项目，总投资101亿元: a batch counted around a named member; its total is the batch's
_COUNTED_WITHIN = re.compile(r"在内的?(?:\d+|[两二三四五六七八九十百]+)个[^，,。；;]{0,12}?(?:项目|工程)")
# 建设单位A公司去年营收达50亿元 / 该集团2024年实现销售收入80亿元: a firm's own takings in a year gone, not the output of
# the works it builds (达产后年产值…, 项目建成后…营收 stay the project's: no firm word right before them)
_FIRM_REVENUE = re.compile(r"(?:公司|集团)[^，,。；;项目]{0,4}?(?:去年|上年|前年|\d{4}年(?:度)?)(?:全年)?(?:实现)?"
                           r"(?:营业收入|营收|销售收入|销售额|产值)")
_WORKS_WORD = re.compile(r"项目|工程")


def _part_start(clause: str, at: int) -> int:
    """Where the part of a clause holding `at` begins (after the nearest 、，,；; before it): 集团2023年营收80亿元、
    项目达产后年产值40亿元: the firm's takings are in the part before, not the project's output."""
    return max(clause.rfind(c, 0, at) for c in "、，,；;") + 1
_EACH_FIGURE = re.compile(r"(?:均|各)(?:计划)?(?:总?投资|占地|用地|建筑面积)|(?:总?投资|占地|用地|建筑面积)(?:额|面积)?均")
_OWNED_FIGURES = frozenset({"investment", "land", "floor_area", "annual_output"})
_MODIFIED_NAME = re.compile(r"的$")


def _listed_chain(here: list, clause: str) -> list:
    """The frames of the names that close a clause's list (A项目(一期)、B工程、C项目): two or more, or none."""
    chain = [here[-1]]
    for m, f in reversed(here[:-1]):
        if not _LISTED_WITH.fullmatch(clause, m.end, chain[-1][0].start):
            break
        chain.append((m, f))
    return [f for _, f in reversed(chain)] if len(chain) >= 2 else []


# (该项目总投资45亿元，…选址X产业园: the piece's subject is the project before; only a piece that opens on the figure)
_CONNECTIVE = re.compile(r"同时|此外|另外|另|其中|目前|据悉|据了解|据介绍")
# (A公司将投资20亿元，发展…的B项目: a firm's money put into the works it goes on to name)
_OPENS_ON_FIGURE = re.compile(r"(?:[^，,。；;]{2,30}?(?:公司|集团)(?:将|拟|计划|共)?)?(?:计划|规划|预计|拟)?(?:总投资|投资|总用地|总占地|占地|用地|总建筑面积|建筑面积)"
                              r"(?:面积|额)?(?:约|达|近|超|为)?[\d.]")


# 总投资10亿元，占地150亩，主要建设年产5万吨…生产线: the works named after a building verb is what the project builds
# (its object), not a project of its own: the figures stay with the project before
_BUILDS_IT = re.compile(r"(?:主要|拟|将|计划)?(?:建设内容|建设|新建|扩建|打造|包括|包含)")
_FIRM_OPENING = re.compile(r"[^，,。；;]{2,30}?(?:公司|集团)(?:将|拟|计划|共)?(?:计划|规划|预计|拟)?(?:总投资|投资)")
# 总投资6亿元，B项目开工建设: a bare name that is the subject of its clause, a stage verb after it
_SUBJECT_STAGE = re.compile(r"[^，,。；;]{0,12}?(?:开工|动工|开建|签约|签订|竣工|投产|建成|奠基|封顶|施工|落地)")


def _name_ahead(text: str, clauses: list, mentions: list, piece: bool = False) -> tuple[int, bool] | None:
    """Where the first works named after the opening clause starts, when the sentence opens on a clause with no
    name, and whether a 的-modifier leads to it (；计划总投资35亿元，拟入驻…企业的C项目…: the opening figures are C's;
    总投资6亿元，C项目开工建设: unclear, C's or the project before's). A 的-modifier counts only in a ；-piece (`piece`),
    or in a sentence whose name is followed by a stage verb, a bare name only as the subject of its clause with a stage
    verb after it; a clause opening on 建设/新建/包括 names what the project before builds (总投资10亿元，占地150亩，
    主要建设…生产线), unless the piece opens on a firm's money (A公司将投资…，建设…的B项目). None otherwise."""
    if len(clauses) < 2 or not mentions:
        return None
    k = 1 if len(clauses) > 2 and _CONNECTIVE.fullmatch(clauses[0].text) else 0  # (同时，A公司将投资…)
    first_end = clauses[k].start - clauses[0].start + len(clauses[k].text)
    if not _OPENS_ON_FIGURE.match(clauses[k].text) or any(m.start < first_end for m, _ in mentions):
        return None
    m = mentions[0][0]
    if m.listed or m.start - first_end > 60:
        return None
    at = next((c for c in clauses if c.start - clauses[0].start <= m.start < c.start - clauses[0].start + len(c.text)),
              None)
    if at is None:
        return None
    lead = text[at.start - clauses[0].start: m.start]
    modified = bool(_MODIFIED_NAME.search(lead))
    if _FIRM_OPENING.match(clauses[k].text):  # (同时，A公司将投资20亿元，建设…的B项目: the firm's new works)
        return m.start, modified
    if _BUILDS_IT.match(lead):
        return None
    staged = bool(_SUBJECT_STAGE.match(text, m.end))
    if modified:
        return (m.start, True) if piece or staged else None
    if (lead == "" or _CONNECTIVE.fullmatch(lead)) and staged:
        return m.start, False
    return None


# a figure _targets gives to a batch: no member's, and no project's named before the clause either
_BATCH_ONLY: list = []


def _targets(a: Attribute, mentions: list[tuple[NameMention, Frame]], clause: str) -> list[Frame]:
    """Which named projects in the clause an attribute belongs to (_BATCH_ONLY: the figure of a batch, nobody's)."""
    inside = [f for m, f in mentions if m.start <= a.start < m.end]
    if inside and a.kind in ("company", "capacity"):
        return inside[:1]  # 浙江恒泽环境科技有限公司年产2000万平方米无纺布生产线项目
    # 总投资12亿元、占地500亩、建筑面积约20万平方米的X项目: figures joined by 、 before the name are all its own
    # (投资3亿元的A项目和投资5亿元的B项目, A not read as a name: the money is A's, not B's: no works word on the way)
    # (the works-word test last: it reads all the words between, the others stop near the figure)
    after = [(m, f) for m, f in mentions if m.start >= a.start and ((
        m.start - a.start <= 20 or m.start - a.start <= 40 and _FIGURES_BEFORE.fullmatch(clause, a.start, m.start)) and (
        clause[a.start:m.start].endswith("的")
        # 与浙江丽禾新材料有限公司举行年产3000万米超纤材料项目投资签约仪式: the company signs for the project
        or a.kind == "company" and re.search(r"签订|签署|举行|签约", clause[a.start:m.start]))
        # A公司计划在B开发区建设C项目: the firm builds it, the zone is where
        or a.kind == "company" and _BUILDS_AT.fullmatch(clause, a.start + len(a.value), m.start)
        or a.kind == "location" and (_BUILDS_AT.fullmatch(clause, a.start, m.start) and clause.startswith("在", a.start)
                                     or _SIGNS_WITH.fullmatch(clause, a.start + len(a.value), m.start)))
        and not _WORKS_WORD.search(clause, a.start, m.start)]
    if after and a.kind != "stage":
        batch = COUNTED_BATCH.search(clause, after[0][0].end)
        if batch and not _ITEM_MONEY.search(clause, after[0][0].end, batch.start()):
            return _BATCH_ONLY  # 投资136.6亿元的A、B等21个项目: the money of the batch (unless each item has its own)
        return [after[0][1]]
    if a.kind == "stage":
        first = next((k for k, (m, _) in enumerate(mentions)
                      if 0 < m.start - a.start <= 8 and _VERB_OF.fullmatch(clause, a.start, m.start)), None)
        if first is not None:  # A项目、刚刚投产的C项目: the verb before 的 says what C is (and the names joined to it), not A
            return [f for _, f in _joined_after(mentions[first:], clause)]
    before = [(m, f) for m, f in mentions if m.start < a.start]
    if a.kind == "stage" and before and all(m.listed for m, _ in before):
        return [f for _, f in before]
    if a.kind == "stage" and before:  # 晶睿电子项目、华屹精工项目主体结顶: the verb covers every name joined by 、/和
        return _joined_before(before, clause)
    if before and a.kind != "company" and before[-1][0].listed:
        count = COUNTED_CLOSE.match(clause, before[-1][0].end)
        if count:  # A、B、C三个项目总投资15亿元: the batch's total, no member's; 均 / 各 gives each member the figure
            return _joined_before(before, clause) if _EACH.search(clause, count.end(), a.start) else _BATCH_ONLY
    if before and a.kind != "company" and _EACH_AFTER.fullmatch(clause, before[-1][0].end, a.start):
        return _joined_before(before, clause)  # A项目、B产业园、C项目等均投资10亿元以上: each of the names joined
    if before:
        if a.kind == "company" and re.fullmatch(r"[、和及与]|以及", clause[before[-1][0].end: a.start]):
            return []  # 来到A分公司、B科技园、C有限公司: a firm listed beside the name, not its owner
        return [before[-1][1]]
    if a.kind == "stage" and mentions:
        return [f for _, f in mentions]  # 建成A、B: the verb comes first
    return []


# page furniture before a story's text: a source line, an image file, a share button
# (原标题：… restates the headline)
# (发布时间：… 点击量：…, a page's date and counters; …脱颖而...: a sidebar teaser cut short)
_FURNITURE = re.compile(r"来源[:：]|作者[:：]|编辑[:：]|责任编辑|当前位置|您的位置|分享|原标题[:：]|首页\s*[>»›＞]|\.(?:png|jpe?g|gif)$|^[\W\d_A-Za-z]*$"
                        r"|发布时间[:：]|(?:浏览|点击|阅读)(?:次数|量|数)?[:：]|字体[:：【]|【字体|\.{3}$")


# The zone a notice is about, by its opening: the story's first lines (a page's title line, the lead's subject) open on
# a zone (县经开区2019承接重点项目12个 / 去年，县工业园紧紧围绕… / 桐乡经济开发区（高桥街道）2024年工作总结). Its works
# are built there unless their own words place them elsewhere: the zone as written is more precise than the county
# (县经开区, not 太湖县). A zone that hosts a meeting (X开发区召开…推进会) is a venue, not where the works are; a zone a
# project's name holds (X工业园A项目) is the project's own, not the subject of the line.
_ZONE_WORDS = r"经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区|开发区|工业园区|产业园区|工业集中区|工业园|产业园"
_OPENING_ZONE = re.compile(r"^(?:(?:去年|今年|近年来|近日|日前|(?:19|20)\d{2}年(?:以来)?)[，,]?)?"
                           rf"(?P<zone>[\u4e00-\u9fa5]{{0,8}}?(?:{_ZONE_WORDS}))(?![\u4e00-\u9fa5]{{0,6}}(?:项目|工程))"
                           r"(?=[（(\d]|[\u4e00-\u9fa5])(?!的|内|区|园|和|与|及|企业|代表团|是|党工委|管委会|召开)")
# (全市工业园区 / 各类开发区 / 我县现代农业产业园: zones in general or the county's speaking of its own, no one zone the
# notice is about; 开发区 / 工业园区 alone: no zone named, unless the notice names it in full elsewhere)
_ZONES_IN_GENERAL = re.compile(r"^(?:全[市省县区国]|各类?|我[省市县区]|省|市)")
_BARE_ZONE = re.compile(rf"(?:{_ZONE_WORDS}|园区)")
# 全县共签约项目15个 / 全年全县共实施重点项目60个: the county's batch, so its projects are the county's, not a zone's
_COUNTY_BATCH = re.compile(r"全[县市区](?:今年|全年)?[^，,。；;]{0,4}?(?:共|累计)?(?:实施|签约|开工|安排|新开工|谋划|引进|落地)"
                           r"[^，,。；;]{0,10}?项目")
_TABLE_LINE = re.compile(r"\||^https?://|^\d{4}-\d{2}-\d{2}$")


def opening_zone(sentences: list[Sentence]) -> str | None:
    """The zone a notice's first story lines open on (the rule above), or None."""
    lines = [s for s in _opening(sentences, 8) if not _TABLE_LINE.search(s.text)][:3]
    found = []
    for sentence in lines:
        m = _OPENING_ZONE.match(sentence.text)
        if m and not (_MEETING_HEADLINE.search(sentence.text) and not _OWN_WORKS_HEADLINE.search(sentence.text)) \
                and not _ZONES_IN_GENERAL.match(m.group("zone")):
            found.append(m.group("zone"))
    # (工业园高质量发展… then 县工业园紧紧围绕…: the fuller name of the same zone)
    zone = max(found, key=len) if found and all(z in max(found, key=len) for z in found) else None
    if zone and any(_COUNTY_BATCH.search(s.text) for s in _opening(sentences, 8)):
        return None
    return zone


def bare_zone(zone: str) -> bool:
    """开发区 / 工业园区 alone: a zone word with no place before it (县经开区 names the county's own)."""
    return bool(_BARE_ZONE.fullmatch(zone))


def _opening(sentences: list[Sentence], n: int) -> list[Sentence]:
    """The first `n` sentences of the story, page furniture (来源…作者…, image names, 当前位置) left out, each read
    without its pinyin glosses (集中開(kāi)工 is 集中開工)."""
    head = tuple(sentences[: n + 12])
    memo = _OPENING_MEMO.get(n)
    # (asked up to six times per notice: the last answer for each n is kept with the (frozen) sentences it read,
    # and given again, as a new list, while the same sentence objects come back)
    if memo is None or len(memo[0]) != len(head) or any(a is not b for a, b in zip(memo[0], head)):
        plain = [_plain(s) for s in head]
        memo = (head, [s for s in plain if not _FURNITURE.search(s.text) and not _LABEL_LINE.fullmatch(s.text)][:n])
        _OPENING_MEMO[n] = memo
    return list(memo[1])


_OPENING_MEMO: dict[int, tuple[tuple[Sentence, ...], list[Sentence]]] = {}


# 新闻, 要闻, 行业资讯: a page's section label on a line of its own above the headline
_LABEL_LINE = re.compile(r"[\u4e00-\u9fa5]{1,4}")


def _event_host(sentences: list[Sentence]) -> str | None:
    """The zone a notice's batch event is held by or labelled with (_EVENT_HOST), past the province that opens it
    (安徽省芜湖经开区 -> 芜湖经开区); a label's zone only where it is a place and a zone word (2023奉贤新城)."""
    for s in _opening(sentences, 5):
        for m in _EVENT_HOST.finditer(s.text):
            zone = m.group("holder") or m.group("label")
            if m.group("label") and not only_a_place(zone) or m.group("holder") and not _BATCH.search(s.text, m.end()):
                continue  # (X开发区举行招商推介会: an event of no batch)
            return past_province(zone)
    return None


def _plain(s: Sentence) -> Sentence:
    plain = unglossed(s.text)
    return dataclasses.replace(s, text=plain[0]) if plain else s


def _event_date(sentences: list[Sentence], published: dt.date | None) -> str | None:
    """The day of the ceremony a news story reports (6月29日上午…集中开工…举行), if any."""
    for s in _opening(sentences, 8):
        if _EVENT.search(s.text):
            days = [d.value for d in find_dates(s.text, published) if d.value and len(d.value) == 10]
            if days:
                return days[0]
    return None


def _batch_verb(m: re.Match) -> str:
    if m.group("h"):
        return "开工"  # 集中开竣工: the first of its two batches (the second is _START_AND_FINISH's)
    if m.group("i"):
        return "开工"
    return m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f") or m.group("g")


def _batch(sentences: list[Sentence], published: dt.date | None,
           event: str | None) -> tuple[list[str], str | None, bool, frozenset] | None:
    """(stages, day, mixed) of a batch the notice opens with: 4月15日，…集中开工仪式…举行。此次集中开工项目共13个;
    集中竣工投产 reaches two stages at once. `mixed`: the opening names batches of more than one kind
    (集中开工暨集中签约), so a project's own verb, not the first batch, says which it was in."""
    found = None
    kinds = set()
    for s in _opening(sentences, 5):
        if _START_AND_FINISH.search(s.text):
            kinds |= {"started", "completed"}  # 集中开竣工: two batches in one word
        for m in _BATCH.finditer(s.text):
            clause = s.text[: m.start()]
            if _BATCH_PLANNED.search(clause[-12:] + m.group(0)):
                continue  # 加快推动A等54个项目年内竣工投产: a task set, not the event reported
            if _RUNNING_COUNT.search(clause):
                continue  # 截至目前，已签约项目26个: a running count, not the event the notice reports
            if s.text.startswith(("以上", "左右"), m.end()):
                continue  # 新开工项目70个以上: a goal for the year, not the event the notice reports
            if not (m.group("a") or m.group("d") or m.group("f") or m.group("g") or m.group("h") or m.group("i")) \
                    and not _EVENT_CUE.search(s.text):
                continue  # 一年来…A等36个项目签约落地: a year's tally in a review, not an event on a day
            kinds.add(_BATCH_STAGE[_batch_verb(m)])
            also = _SECOND_BATCH.match(s.text, m.end()) if m.group("a") else None
            if also:  # 集中签约、开工: a second batch in the same event
                kinds.add(_BATCH_STAGE[also.group(1)])
            if found is None:
                days = [d.value for d in find_dates(s.text, published) if d.value and len(d.value) == 10]
                day = days[0] if days else event  # undated (日前…举行…开工仪式): the stage without a date
                verb = _batch_verb(m)
                day = None if verb == "观摩" else day  # works shown on a tour started before it
                found = [_BATCH_STAGE[verb]] + ([_BATCH_ALSO[verb]] if verb in _BATCH_ALSO else []), day
    return (*found, len(kinds) > 1, frozenset(kinds)) if found else None


# 集中开工的项目涉及… / 此次集中签约的项目… : a sentence that opens a paragraph about one batch of a mixed event
# 集中开工的10个重点项目…分别为A；B；C: the count is part of the label
# (还集中签约了6个招商引资项目: the verb, then the count and the kind of the batch)
# 在开竣工项目中…: a paragraph about both batches at once, which says of none of its projects which batch it was in
_PARAGRAPH_BOTH = re.compile(r"(?:集中|本次|此次|在)开[（(]?竣[）)]?工了?的?(?:\d{1,4}个)?[\u4e00-\u9fa5]{0,4}?项目")
_PARAGRAPH_BATCH = re.compile(r"(?:集中|本次|此次|在)(?P<a>签约|开工|竣工投产|建成投产|竣工|投产)了?的?"
                              r"(?:\d{0,4}[\u4e00-\u9fa5]{0,4}|\d{1,4}个[\u4e00-\u9fa5]{0,6}?)?项目")


# a line that stops mid-sentence: after a list's 、 or a comma, or after a word when the line ended sentences before it
_CUT_AT_COMMA = re.compile(r"[、，,]$")
_CUT_AT_WORD = re.compile(r"[\u4e00-\u9fa5\d]$")
_GOES_ON_LINE = re.compile(r"^[\u4e00-\u9fa5\d][^\n]*[，,、。；;]")
# a page's trailer or a lead-in that ends on a word (责任编辑：王五, 记者 张三, 来源：县融媒体中心, 相关新闻, 会议研究了以下
# 事项): the line is over, the next one is not its sentence going on
_TRAILER = re.compile(r"记者|通讯员|编辑|来源|相关|摄影|供图|图为|以下|如下")
_CLAUSE_END = re.compile(r"[，,；;：:]")
# 总投资1 / 2亿元: a figure cut in two
_FIGURE_CUT = re.compile(r"[\d.]$")
_FIGURE_GOES_ON = re.compile(r"[\d.万亿千百元亩%]")


def _cut_in_word(tail: str, head: str) -> bool:
    """Whether a line that ends on a word (`tail`, its last sentence) is cut mid-sentence, the next line (`head`) going
    on with it: an open list (以机械、新型材料 / 制造为主), a figure cut in two, or a name that runs across the break or ends
    at it (…德阳至简 / 阳段…, 远山食品项目 / 由远山集团投资…), when the next line does not open with a name of its own."""
    if _FURNITURE.search(tail) or _TRAILER.search(tail):
        return False
    clause = tail[max((m.end() for m in _CLAUSE_END.finditer(tail)), default=0):]
    if "、" in clause or _FIGURE_CUT.search(tail) and _FIGURE_GOES_ON.match(head):
        return True
    if any(n.start == 0 for n in names_in(head)):
        return False  # …会议研究了以下事项 / 城南污水处理厂扩建工程…: the next line opens with its own subject
    return any(n.start < len(tail) <= n.end for n in names_in(tail + head))


def _unwrapped(sentences: list[Sentence], contexts: list[Context], body: str, tables: set[int],
               joined: set[tuple[int, int]]):
    """(sentence, context) with a sentence that a page's line break cut in two read as one (…包括A生产线、 / B人工湿地等
    项目。, …成都经济区环线高速公路德阳至简 / 阳段…): the line stops mid-sentence and the next line, right after it, goes on
    with the sentence. The sentences of the continued line keep the paragraph of the first; `joined` gets the spans of
    the sentences read across a break."""
    out: list[tuple[Sentence, Context]] = []
    line_of: dict[int, int] = {}  # a continued line -> the paragraph it belongs to
    first_of_line = True
    for index, (s, ctx) in enumerate(zip(sentences, contexts)):
        previous = sentences[index - 1] if index else None
        new_line = previous is None or s.line != previous.line
        if previous and new_line and s.line == previous.line + 1 and body[previous.end: s.start] == "\n" \
                and not {s.line, previous.line} & tables and not NUMBERED_HEADING.match(s.text) \
                and _GOES_ON_LINE.match(s.text) \
                and (_CUT_AT_COMMA.search(previous.text) or not first_of_line and _CUT_AT_WORD.search(previous.text)
                     and _cut_in_word(previous.text, s.text)):
            last, last_ctx = out.pop()
            merged = Sentence(last.text + s.text, last.start, s.end, last.line)
            joined.add((merged.start, merged.end))
            line_of[s.line] = last.line
            out.append((merged, last_ctx))
            first_of_line = False
            continue
        first_of_line = new_line
        line = line_of.get(s.line)
        out.append((dataclasses.replace(s, line=line) if line is not None else s, ctx))
    return out


def _reviewed_year(ctx: Context, sentence: Sentence, published: dt.date | None) -> int | None:
    """The year a review looks back on (过去一年成绩 / 一年来 in a report of early 2024 -> 2023)."""
    if not published or published.month > 6:
        return ctx.year if ctx.mode == "review" else None
    if ctx.mode == "review" or _LOOKING_BACK.match(sentence.text):
        return ctx.year or published.year - 1
    return None


def projects_in(sentences: list[Sentence], contexts: list[Context], published: dt.date | None,
                body: str = "") -> list[Project]:
    return ProjectReader(sentences, contexts, published, body).read()


# 计划投资2910万元，建设某县村组道路项目 (a line of a funding list): the money planned, then the works it is to build
# 加快推进：A工程。: a plan's heading for works under way (推进 is no stage, but the works named under it exist)
_PROGRESS_HEADING = re.compile(r"^(?:[\u4e00-\u9fa5]{2,8}[：:])?(?:加快|有序|全力|积极|持续|稳步)?推进(?:建设)?[：:]")
_PLANNED_BUILD = re.compile(r"^(?:\d{1,2}[、.．]|[（(][\d一二三四五六七八九十]{1,2}[）)])?(?:计划|拟)总?投资(?:约)?[\d.]+(?:亿|万)?元[，,]"
                            r"(?:用于)?(?:建设|新建|兴建|实施)")


class ProjectReader:
    """Reads the projects of one notice. Each method is one pass: a table row, a sentence (its names, then its
    clauses), the verbs that cover a list of names, the batch a notice opens with, and placing what was found."""

    def __init__(self, sentences: list[Sentence], contexts: list[Context], published: dt.date | None,
                 body: str = "") -> None:
        self.sentences, self.contexts, self.published, self.body = sentences, contexts, published, body
        self.frames = _Frames()
        self.current: Frame | None = None  # the project the text is about
        self.current_project: Frame | None = None  # the same, leaving out buildings (…中心) named on the way
        self.line: int | None = None
        self.paragraph_line: int | None = None
        self.paragraph_batch: str | None = None  # the batch a paragraph is about (集中开工的项目涉及…)
        self.event = _event_date(sentences, published)
        self.opening = _batch(sentences, published, self.event)  # (stages, day, mixed) of the event reported
        # 集中开工竣工活动: the finished works of the day's batch take its date too
        self.event_kinds = frozenset({"signed", "started"} | (set(self.opening[3]) if self.opening else set()))
        self.last_day: str | None = None  # the last full date named before (what 同月 refers to)
        self.published_iso = published.isoformat() if published else None
        self.first_seen: dict[int, tuple[Sentence, int]] = {}
        self.used: set[int] = set()  # frames that stood for a project somewhere (not only as a part or a place)
        self.skipped: set[int] = set()  # frames read as a part, a partner or a place
        # zones that hold projects named right after them (X产业园内A项目) and the kinds a project is said to be
        # (A项目为上市募投项目): never a works, wherever else they are named
        self.holders: set[int] = set()
        self.undecided: set[int] = set()  # projects a paragraph about both batches of an event names (在开竣工项目中…)
        self.paragraph_both = False
        self.own_stage: set[int] = set()  # frames whose own clause gave them a stage, in the sentence being read
        self.host: str | None = _event_host(sentences)  # the zone whose batch the notice reports (X园区集中开工的项目…)
        lead_days = [d.value for d in find_dates(sentences[0].text, published) if d.value and len(d.value) == 10] \
            if sentences else []
        self.lead_day = lead_days[0] if lead_days else None
        piped = has_table(body)
        self.rows = {row.line: row for row in [*table_rows(body, published), *labelled_rows(body, published),
                                               *flat_rows(body, published), *column_rows(body, published)]} \
            if piped else {}
        # run-together plan-table rows are the projects' own lines (left to the targets reader in core)
        self.in_table = (table_lines(body) | {n for r in self.rows.values() if isinstance(r, LabelledRow) for n in r.lines}) \
            if piped else set()
        self.plan_line: int | None = None  # the paragraph a plan's lead opened (今年将建成…)
        self.glossed = False  # a sentence was read without its pinyin glosses (杭绍台(tái)铁路 is read 杭绍台铁路)
        # a plan text (将 / 计划 in its opening): a schedule heading's lists are the works to reach its stage
        self.plan_text = any(_FUTURE_SENTENCE.search(x.text) for x in _opening(sentences, 5))
        self.schedule: str | None = None  # the stage a schedule heading lists works for (70个项目新开工建设)
        self.schedule_month: str | None = None  # the month heading the lists below it are dated by (1月份)
        self.planned_groups: set[str] = set()  # groups a plan announced (决定实施10项重点建设项目)
        self.named_before = False  # the sentence before named a works
        self.batch_said = False  # the sentence before spoke of a batch of projects (全县共安排重点项目50个)
        self.group: list[Frame] = []  # the projects the sentence before named together (A、B、C三个项目…)
        self.counted_place: tuple[str, int] | None = None  # (place, line) of a batch a place counted (X开发区共有5个项目…)

    def read(self) -> list[Project]:
        joined: set[tuple[int, int]] = set()
        for s, ctx in _unwrapped(self.sentences, self.contexts, self.body, self.in_table, joined):
            if s.line in self.in_table:
                self.table_row(s)
            else:
                self.sentence(self.without_glosses(s), ctx)
        self.batch()
        self.not_works()
        projects = self.placed()
        if not joined:
            return projects
        # a sentence read across a line break: its evidence is the text as written, break and all
        return [dataclasses.replace(p, evidence=self.body[p.span[0]: p.span[1]]) if tuple(p.span) in joined else p
                for p in projects]

    def without_glosses(self, s: Sentence) -> Sentence:
        """A reprint's sentence without its pinyin glosses (建设(shè)项(xiàng)目 is 建设项目 to every pattern)."""
        plain = _plain(s)
        self.glossed = self.glossed or plain is not s
        return plain

    def table_row(self, s: Sentence) -> None:
        """A row of a project table: its cells, not its words, say what it is."""
        row = self.rows.pop(s.line, None)
        if row:
            frame = self.frames.get(NameMention(row.name, 0, len(row.name), listed=True),
                                    Sentence(row.text, row.span[0], row.span[1], row.line))
            self.first_seen.setdefault(id(frame), (s, 0))
            self.used.add(id(frame))
            for a in row.attributes:
                frame.apply(a, None)
            if row.location:
                frame.values.setdefault("location", row.location)
        self.current = self.current_project = None

    def mentions(self, s: Sentence) -> list[tuple[NameMention, Frame]]:
        """The project names of a sentence, each with its frame; an investment or place written before a name."""
        mentions = [(m, self.frames.get(m, s)) for m in names_in(s.text, self.named_before)]
        self.named_before = bool(mentions)  # (该项目是X公司投资建设的A项目: A is the 该 when nothing was named before)
        listed_at: tuple[int, str] | None = None  # (end of the item before, its zone) along a list placed in a zone
        for m, frame in mentions:
            self.first_seen.setdefault(id(frame), (s, m.start))
            if m.prefix_investment:
                q = find_quantities(m.prefix_investment)
                if q:
                    frame.values.setdefault("investment", q[0].value)
            # (both end at the name and run 40 characters at most: the words before them are not read)
            near = max(0, m.start - 40)
            place = _BEFORE_NAME.search(s.text[:m.start], near) or _ZONE_BEFORE.search(s.text, near, m.start)
            if place:  # 来到杭州湾上虞经开区的昌红科技…, 在现代农业产业园区A项目建设现场
                where = _PLACE_LEAD.sub("", place.group("place"))
                if len(where) >= 3 and not _PEOPLE_IN_PLACE.search(where):
                    frame.values.setdefault("location", where)
                    listed_at = (m.end, where)
            elif listed_at and s.text[listed_at[0]: m.start] == "、":
                frame.values.setdefault("location", listed_at[1])  # X园区内A项目、B项目: B is in the park too
                listed_at = (m.end, listed_at[1])
            else:
                listed_at = None
        return mentions

    def period_words(self, s: Sentence) -> list[tuple[int, int, str]]:
        """同月 / 同年 (the date named before) and 近日 (the month of the notice) as dated spans."""
        extra = []
        for m in _SAME_PERIOD.finditer(s.text):
            same = self.lead_day or self.last_day  # 同月 in a news story: the month of the event it reports
            if same:
                extra.append((m.start(), m.end(), same[:4] if m.group("word") == "同年" else same[:7]))
        brought = list(BROUGHT_TO.finditer(s.text))
        dated = [d.start for d in find_dates(s.text, self.published)] if brought else []
        for m in brought:  # 提前至7月开工: the period brought forward to (find_dates reads 至7月 as a range's end)
            found = find_dates(m.group("period"), self.published)
            if found and found[0].value and not any(m.start("period") <= d < m.end() for d in dated):
                first = found[0]
                extra.append((m.start("period") + first.start, m.start("period") + first.end, first.value))
        for m in _RECENTLY.finditer(s.text):
            if self.published_iso:
                extra.append((m.start(), m.end(), self.published_iso[:7]))
        return extra

    def headings(self, s: Sentence) -> None:
        """A schedule's headings (70个项目新开工建设, 1月份) and the groups of works a plan announces."""
        head = _SCHEDULE_HEAD.fullmatch(s.text) if self.plan_text else None
        if head:
            self.schedule, self.schedule_month = _SCHEDULE_STAGE[head.group("v")], None
        elif self.schedule:
            month = _MONTH_HEAD.fullmatch(s.text) if self.published else None
            if month and 1 <= int(month.group("m")) <= 12:
                self.schedule_month = f"{self.published.year}-{int(month.group('m')):02d}"
            elif NUMBERED_HEADING.match(s.text) or self.schedule_month and not _SCHEDULE_LIST.fullmatch(s.text):
                # 二、往年结转项目情况, or a line that is neither a month nor its list: the schedule is over
                self.schedule = self.schedule_month = None
        self.planned_groups |= {m.group("label") for m in _PLANNED_GROUP.finditer(s.text)}

    def scheduled(self, visible: list[tuple[NameMention, Frame]]) -> None:
        """1月份 / A、B等5个项目: the listed works of a plan's schedule are to reach its stage in the month above them."""
        if not (self.schedule and self.schedule_month):
            return
        for m, frame in visible:
            if m.listed and not frame.stages:
                frame.planned.add(self.schedule)
                frame.dates.setdefault(self.schedule, self.schedule_month)

    def sentence(self, s: Sentence, ctx: Context) -> None:
        self.headings(s)
        if _PLAN_OPENING.match(s.text):
            self.plan_line = s.line
        # (本小区位于…: the project whose name ends with the facility, though a road was named on the way)
        headed = next((f for f in (self.current, self.current_project) if f and _names_head(s.text, f.name)), None) \
            if s.line == self.line else None
        # (今年全县共安排项目50个。总投资200亿元: after a sentence on a batch, a subjectless figure is the batch's)
        goes_on = bool(_GOES_ON.match(s.text)) and not self.batch_said
        refers = bool(_REFER_BACK.match(s.text)) or s.line == self.line and bool(
            _DATED_STAGE.match(s.text) or goes_on or headed)
        if s.line != self.line and not refers:
            self.current = self.current_project = None
        self.line = s.line
        mentions = self.mentions(s)
        self.batch_said = self.reports_batch(s.text, mentions)
        current, current_project = self.current, self.current_project
        owner = headed or (current_project or current if _REFERS_TO_PROJECT.match(s.text) else current) if refers else None
        explicit = [d.year for d in find_dates(s.text, self.published) if not d.relative and d.year]
        dates = find_dates(s.text, self.published, context_year=explicit[0] if explicit else None)
        day_values = [d.value for d in dates if d.value and len(d.value) >= 7]
        group, self.group = self.group, []
        if group and _GROUP_REFER.match(s.text):
            self.group_place(s, group)
        if not mentions and owner is None:
            self.batch_place(s, [])
            self.last_day = day_values[-1] if day_values else self.last_day
            self.paragraph_stage(s, [])
            return  # nothing in this sentence can carry a project attribute
        owner, topic, visible, unowned = self.clauses(s, ctx, mentions, owner, dates, self.period_words(s))
        self.locative_lead(s, visible)
        self.batch_place(s, visible)
        self.list_verbs(s, unowned, [(m, f) for m, f in visible if id(f) not in self.own_stage])
        self.shared_list_verb(s, visible)
        self.paragraph_stage(s, visible)
        self.group_members(s, visible)
        if _UNDER_CONSTRUCTION_TOPIC.match(s.text):
            for m, frame in visible:  # 对于重点在建项目，…，像A、B等项目，要紧抓建设进度: the works under way it names
                if m.listed and not frame.stages:
                    frame.stages.add("started")
                    frame.ongoing.add("started")
        if _PLANNED_BUILD.match(s.text):
            for _, frame in visible:  # 计划投资2910万元，建设某县村组道路项目: the works the money is to build
                if not frame.stages:
                    frame.planned.add("started")
        if _PROGRESS_HEADING.match(s.text):
            for _, frame in visible:
                frame.values.setdefault("progress", True)
        if _PLAN_LIST.match(s.text) or any(s.text.startswith(g) for g in self.planned_groups):
            for m, frame in visible:
                if m.listed and not frame.stages and not frame.planned:  # (确保B等项目竣工投产: a plan of its own)
                    frame.planned.add("started")
        self.scheduled(visible)
        if self.event:
            for _, frame in visible:
                frame.date_missing_stages(self.event, self.event_kinds)
        named = [(m, f) for m, f in mentions if not m.listed and (f is owner or f is topic)]
        if named:
            self.current = named[-1][1]
            if not named[-1][0].weak:
                self.current_project = self.current
        elif owner:
            self.current = owner
        self.last_day = day_values[-1] if day_values else self.last_day
        self.group = [f for _, f in visible] if len(visible) >= 2 else []

    def batch_place(self, s: Sentence, visible: list[tuple[NameMention, Frame]]) -> None:
        """丽水经开区共有5个项目被列入…。这5个项目分别是A、B…: a place that counts a batch of its own is where the
        members named after it are (in its sentence, or in the next one that refers to the batch)."""
        counted = _PLACE_BATCH.search(s.text) if "个" in s.text else None
        place = counted.group("place") if counted else None
        if place and (_NOT_OWN_PLACE.match(place) or _PEOPLE_IN_PLACE.search(place)):
            place = None
        after = counted.end() if place else 0
        if not place and self.counted_place and s.line - self.counted_place[1] in (0, 1) and _GROUP_REFER.match(s.text):
            place = self.counted_place[0]
        for m, frame in visible if place else ():
            if m.start >= after:
                frame.values.setdefault("location", place)
        self.counted_place = (counted.group("place"), s.line) if counted and place else None

    def reported(self, text: str, end: int) -> bool:
        """Whether the sentence up to `end` reports what was done (已, 目前, 今年以来, 去年, a year before the notice's),
        so a 力争/确保 after it does not make its stages goals."""
        for m in _REPORTED.finditer(text, 0, end):
            if not m.group("year") or (self.published_iso and int(m.group("year")) < int(self.published_iso[:4])):
                return True
        return False

    @staticmethod
    def locative_lead(s: Sentence, visible: list[tuple[NameMention, Frame]]) -> None:
        """在李家巷镇博奥铝业建设现场，总投资11.6亿元的A项目… / 在吕山乡，…的B项目…: a sentence that opens at a place
        (a town, a county, a zone, or a site there) tells of the works there, up to the next place it opens with."""
        lead = _LOCATIVE_LEAD.match(s.text) if "在" in s.text[:16] else None
        if not lead:
            return
        place = lead.group("place")
        if _NOT_OWN_PLACE.match(place) or _PEOPLE_IN_PLACE.search(place) or len(place) < 3 \
                or _VISIT_AFTER_LEAD.search(s.text, lead.end()):
            return  # (在青山镇，县长先后调研了东坑镇A项目和B项目: where the visitors are, not the works they saw)
        end = _NEXT_PLACE.search(s.text, lead.end())
        for m, frame in visible:
            if lead.end() <= m.start < (end.start() if end else len(s.text)):
                frame.values.setdefault("location", place)

    @staticmethod
    def group_place(s: Sentence, group: list[Frame]) -> None:
        """这三个项目落户许河镇全民创业园: where the projects the sentence before named together are, each of them (their
        money, said together, is none of theirs)."""
        for clause in split_clauses(s):
            for a in clause_attributes(clause.text, [], None):
                if a.kind == "location":
                    for frame in group:
                        frame.values.setdefault("location", a.value)

    @staticmethod
    def reports_batch(text: str, mentions: list[tuple[NameMention, Frame]]) -> bool:
        """A sentence on a batch of projects (今年全县共安排重点项目50个), or a project's sentence that names it as a
        member of one (今年实施项目10个，其中A项目已开工): what follows without a subject may be about the batch."""
        named = [m for m, _ in mentions if not m.listed]
        # (every match of _BATCH_SAID holds 项目: without it in reach, none)
        if not named:
            return "项目" in text and bool(_BATCH_SAID.search(text))
        among = text.rfind("其中", 0, named[0].start)
        return among >= 0 and text.find("项目", 0, among) >= 0 and bool(_BATCH_SAID.search(text, 0, among))

    def clauses(self, s: Sentence, ctx: Context, mentions: list[tuple[NameMention, Frame]], owner: Frame | None,
                dates, extra: list[tuple[int, int, str]]):
        """Clause by clause: which names stand for a project here, and which of them each attribute belongs to.
        Returns (owner, topic, visible mentions, stage verbs that named no project)."""
        self.own_stage = set()  # 开工项目包括A，竣工项目包括B: B's own verb, not the opening's, says its stage
        published = self.published
        phase = None
        plan_year = (ctx.lead_year or (published.year if published else None)) if ctx.mode == "plan" else None
        reviewed = _reviewed_year(ctx, s, published)
        unowned: list[tuple[int, int, Attribute]] = []
        starts = {m.start for m, _ in mentions}

        def within_item(m: NameMention) -> bool:  # X产业园内A项目: the park holds the project named right after 内
            return m.end + 1 in starts

        pending: tuple[int, int, str | None] | None = None
        future_lead = self.plan_line == s.line and bool(_TASK_OPENING.match(s.text))
        topic: Frame | None = owner
        clauses = split_clauses(s)
        visible: list[tuple[NameMention, Frame]] = []  # the mentions that stand for a project here
        # …园区内A项目、B项目、C项目，已陆续开工建设，总投资达13亿元: a clause that closes on a list of names makes the list
        # the subject of the clauses after it: a stage each member reached, figures that are the list's together
        members: list[Frame] = []
        # 2023年，全区上下…，富乐德…项目开工建设，晶睿电子项目建成投产: a leading date dates every stage after it
        opening = [d.value for d in dates if d.value and d.end <= len(clauses[0].text)] \
            if clauses and _DATE_ONLY.fullmatch(clauses[0].text) else []
        lead_date = opening[-1] if opening else None
        # 三期工程已于日前奠基，占地260亩，总投资12亿元: a sentence about one phase, its totals the phase's
        phase_topic = bool(_PHASE_TOPIC.match(s.text)) and len(set(_PHASE.findall(s.text))) == 1
        # 计划总投资35亿元，拟入驻…企业的C项目正式进场施工: a piece that opens on figures with no name, then names a
        # works after a 的-modifier, gives the figures to that works (not to the project of the piece before)
        piece = bool(self.body) and self.body[max(0, s.start - 4): s.start].rstrip()[-1:] in ("；", ";")  # after a ；
        ahead_at = _name_ahead(s.text, clauses, mentions, piece)
        ahead, modified = ahead_at if ahead_at else (None, False)
        before_owner = owner
        held: list[Attribute] = []
        prior_list: list[Frame] = []  # the names of the last list of the sentence (…，总投资分别为3亿元、5亿元)
        listed_total = False  # the clause before closed on a list of names (A、B、C项目参加…活动): totals are the list's
        for index, clause in enumerate(clauses):
            offset = clause.start - s.start
            here = []
            group = ends_at(_GROUP_BEFORE, s.text, offset, 4)
            group = bool(group) and not any(m.end == group.start() + 2 for m, _ in mentions)
            for m, f in mentions:
                if not offset <= m.start < offset + len(clause.text):
                    continue
                lead = s.text[offset: m.start]
                follows = s.text[m.end: m.end + 1]
                if lead.endswith("在") and _CEREMONY_SITE.match(s.text, m.end):
                    self.used.add(id(f))  # 活动在X项目现场举行: the site of the ceremony; its stage is its batch's
                    f.site = True
                    continue
                if _AFFILIATION.match(s.text, m.end):
                    continue  # 签约项目代表、X项目总经理某某: a person's affiliation, not what the clause reports
                if not m.listed and _ZONE_NAME.search(m.name) and _HOSTS.match(s.text, m.end):
                    self.host = self.host or m.name  # X产业园集中开工的项目有10个: where the batch is, not a project
                    continue
                # 大道工程已开展X特大桥桩基施工: a part of the works named earlier in the clause
                between = s.text[offset + here[-1][0].end: m.start] if here else ""
                # 重点新建新材料、生物医药两大服务中心: a 、 after the verb and its first object joins its objects, not
                # two projects (A产业园建设、B项目: the verb ends the item before)
                verb = _PART.search(between)
                # (a frame first met as a building: …创新中心, then …创新中心项目, a project that has parts)
                whole = _whole(topic or owner) or bool(here and (_whole(here[-1][1]) or not here[-1][0].weak) and verb
                                                        and not re.search(r"[、和及与]", between[: verb.end() + 1]))
                if (follows == "的" and _MODIFIER.search(lead)) or (lead and ends_at(_PARTNER, lead, len(lead), 2)) \
                        or (ends_at(_PLACE_VERB, lead, len(lead), 4) and not _VISITED.search(m.name + "|" + lead)) \
                        or (whole and _PART.search(lead) and not _MEMBERS.search(lead)
                            and not (group and _MEMBERS_LEAD.match(lead))
                            and not (m.name.endswith("项目") and _BROUGHT_IN.search(lead))) \
                        or ends_at(_HONOUR_VERB, lead, len(lead), 200) and not _NAMED_ROUTE.search(lead + "|" + m.name) \
                        or (m.weak and lead.endswith("在")) \
                        or _SUB_PROJECTS.search(s.text, max(0, m.start - 48), m.start) \
                        or _ZONE_NAME.search(m.name) and (_WITHIN.match(s.text, m.end) and (lead.endswith(("在", "于"))
                                                                                              or within_item(m))
                                                          or _ZONE_FIGURES.search(s.text)) \
                        or (lead.endswith("在") and not m.name.endswith("项目") and _HELD_AT.match(s.text, m.end)) \
                        or (here and _KIND_OF.fullmatch(between) and not s.text.startswith("的", m.end)):
                    self.skipped.add(id(f))  # a part, a partner, a place: no project here (nor anywhere, unless used)
                    if within_item(m) and _ZONE_NAME.search(m.name) and _WITHIN.match(s.text, m.end) \
                            or here and _KIND_OF.fullmatch(between) and m.name.endswith("项目") \
                            and not s.text.startswith("的", m.end):
                        # (X产业园是…新建的特色产业园 later: still the place; 标签：募投项目: still a kind, not a works)
                        self.holders.add(id(f))
                    continue
                self.used.add(id(f))
                if group and _MEMBERS_LEAD.match(lead):
                    f.series = True  # 有18个产业项目，包括A中心、B中心: the members of a group of projects are projects
                visible.append((m, f))
                here.append((NameMention(m.name, m.start - offset, m.end - offset, m.listed, m.weak), f))
            if held and any(m.start + offset == ahead for m, _ in here):
                frame = next(f for m, f in here if m.start + offset == ahead)
                if modified or frame is before_owner:  # (the project before named again: its own figures)
                    for a in held:
                        frame.apply(a, None)
                held = []
            if ahead is not None and offset > ahead:
                ahead = None
            if _CLAUSE_REFER.match(clause.text) and (self.current or owner):
                owner, phase = owner or self.current, None
            if not here and _AGGREGATE.search(clause.text):
                owner, phase = None, None
            found = _PHASE.search(clause.text)
            # 计划占地1000亩（首期500亩）: the phase's share in brackets, the figure before it the whole project's
            bracket = _BRACKET_PHASE.search(clause.text) if found else None
            if bracket:
                phase = None
            elif found:
                phase = found.group(1)
            elif _WHOLE_TOTAL.match(clause.text) and not phase_topic:
                phase = None  # 一期用地17亩，二期50亩，总投资约4.5亿元: the total is the project's
            clause_dates = [(d.start - offset, d.end - offset, d.value) for d in dates
                            if offset <= d.start < offset + len(clause.text)]
            clause_dates += [(a - offset, b - offset, v) for a, b, v in extra if offset <= a < offset + len(clause.text)]
            clause_dates.sort()
            brought = BROUGHT_TO.search(clause.text)
            if _PAST_WORD.search(clause.text) or brought and period_begun(brought.group("period"), self.published_iso):
                future_lead = False
            goal_after = bool(_GOAL_AFTER.search(s.text, offset + len(clause.text))) \
                and not self.reported(s.text, offset + len(clause.text))
            attributes = clause_attributes(clause.text, ([pending] if pending else []) + clause_dates, plan_year,
                                           future_clause=future_lead, published=self.published_iso,
                                           goal_after=goal_after)
            # 2023年12月22日，浙江省人民政府正式批复: a date clause dates the next stage verb
            if any(a.kind == "stage" for a in attributes):
                pending = None
            elif clause_dates:
                pending = (-1, -1, clause_dates[-1][2])
            # (A项目将开拓…，建成…: the plan of the project the clause opens with goes on in the clauses after it)
            if _PLAN_LEAD.search(clause.text) or _DIRECTIVE_LEAD.search(clause.text) \
                    or any(a.kind == "stage" and a.future for a in attributes) \
                    or any(_SUBJECT_PLAN.match(clause.text, m.end) for m, _ in here if not m.listed):
                future_lead = True  # 根据计划，项目一期将于明年7月主体封顶，2024年上半年竣工
            # A项目、B项目分别投资3亿元、5亿元 (or the list in the clause before): the i-th figure is the i-th name's;
            # with as many figures as names, each gets its own, otherwise none of them (nor the project before)
            resp = _RESPECTIVELY.search(clause.text)
            listed = [f for m, f in here if m.start < resp.start()] if resp else []
            if resp and not any(m.start > resp.start() for m, _ in here):
                chain = []
                for k in range(len(here) - 1, -1, -1):
                    m, f = here[k]
                    if m.start > resp.start():
                        continue
                    if chain and not _LISTED_WITH.fullmatch(clause.text, m.end, chain[-1][0].start):
                        break
                    chain.append((m, f))
                frames = [f for _, f in reversed(chain)] if len(chain) >= 2 else (
                    prior_list if not listed else [])
                if len(frames) >= 2 or listed:
                    for kind, values in _respective(clause.text, resp.start()).items():
                        if len(values) == len(frames):
                            for frame, value in zip(frames, values):
                                frame.apply(Attribute(kind, value, resp.start()), None)
                        elif len(values) == 1 and len(frames) >= 2:  # A和B分别投资50亿元: each invests 50亿
                            for frame in frames:
                                frame.apply(Attribute(kind, values[0], resp.start()), None)
                    attributes = [a for a in attributes if not (a.kind in _OWNED_FIGURES and a.start >= resp.start())]
            for a in attributes:
                if a.kind == "stage" and not a.future and a.date is None and (lead_date or reviewed):
                    a = Attribute(a.kind, a.value, a.start, a.future, lead_date or str(reviewed), a.ongoing)
                if a.kind == "company":  # 记者来到A有限公司B项目: the company begins where the project name begins
                    cut = next((m.start for m, _ in here if a.start < m.start < a.start + len(a.value) - 4), None)
                    a = Attribute(a.kind, a.value[cut - a.start:], cut) if cut is not None else a
                if a.kind == "annual_output" and _FIRM_REVENUE.search(
                        clause.text, _part_start(clause.text, a.start), a.start + 8):
                    continue  # 建设单位A公司去年营收达50亿元: the firm's takings, no output of the works
                targets = _targets(a, here, clause.text)
                if a.kind == "stage":
                    self.own_stage.update(id(f) for f in targets)
                if targets:
                    for frame in targets:
                        frame.apply(a, None)
                elif targets is _BATCH_ONLY:
                    pass  # the batch's figure: not the project named before it either
                elif a.kind in _OWNED_FIGURES and not here and ahead is not None:
                    held.append(a)  # 计划总投资35亿元，拟入驻…的C项目: the figure of the name the piece goes on to
                elif a.kind in _OWNED_FIGURES and not here and prior_list and _EACH_FIGURE.search(clause.text):
                    for frame in prior_list:  # A项目、B项目均已开工，各投资2亿元: each member's own
                        frame.apply(a, None)
                elif a.kind in _OWNED_FIGURES and not here and listed_total:
                    pass  # A、B、C项目参加…活动，总投资超30亿元: a total after a list is the list's, no member's
                elif members and not here:
                    if a.kind == "stage":
                        for frame in members:
                            frame.apply(a, None)
                elif owner and not (a.kind in ("investment", "land", "floor_area") and _DESCRIBES_NEXT.match(clause.text)):
                    owner.apply(a, bracket.group(1) if bracket and bracket.start() <= a.start < bracket.end() else phase)
                elif a.kind == "stage":
                    unowned.append((index, offset + a.start, a))
            if here:
                prior_list = _listed_chain(here, clause.text)
                listed_total = len(here) >= 2 and _LISTED_WITH.fullmatch(clause.text, here[-2][0].end, here[-1][0].start) \
                    is not None
            named = [f for m, f in here if not m.listed]
            if named:
                owner, phase = named[-1], None
                topic = topic or named[-1]
            if here:
                members = _joined_before(here, clause.text) if len(here) >= 2 and not here[-1][0].listed \
                    and clause.text.rstrip("，,、 ").endswith(here[-1][0].name) else []
                if len(members) < 2:
                    members = []
            if here and (clause.text.endswith("等") or COUNTED_BATCH.search(clause.text) or _COUNTED_WITHIN.search(clause.text)
                         or any(m.listed and COUNTED_CLOSE.match(clause.text, m.end) for m, _ in here)):
                # A项目、B项目等，总投资45亿元 / A、B两个项目，总投资8000万元: the figures after a closed list are the list's
                owner, phase = None, None
        return owner, topic, visible, unowned

    @staticmethod
    def list_verbs(s: Sentence, unowned: list[tuple[int, int, Attribute]],
                   visible: list[tuple[NameMention, Frame]]) -> None:
        """10个重大项目集中开工, 包括A项目、B项目: a stage verb that named no project covers the names after it."""
        clauses = split_clauses(s)
        clause_starts = [c.start - s.start for c in clauses]
        for index, position, a in unowned:
            members = [f for m, f in visible if m.listed and m.start < position]
            if members and not a.future and all(m.listed and m.start < position for m, _ in visible) \
                    and not _SUBSET.search(s.text, max(m.end for m, _ in visible), position):
                for frame in members:  # A、B等6个项目，总投资13.7亿元，已完成投资0.62亿元: the list is the subject
                    frame.apply(a, None)
                continue
            for m, frame in visible:
                clause_of_m = sum(1 for c in clause_starts if c <= m.start) - 1
                if COUNTED_BATCH.search(clauses[clause_of_m].text):
                    continue  # 27个项目集中签约，投资…的A、B等21个项目…投产: a batch of its own
                if m.start > position and (not m.weak or clause_of_m <= index + 1):
                    frame.apply(a, None)  # a building only from the verb right before it (批复，同意设立X学院)

    @staticmethod
    def shared_list_verb(s: Sentence, visible: list[tuple[NameMention, Frame]]) -> None:
        """A、B等14个项目，C、D等21个项目…已复工: parallel counted lists share the verb that closes the last one."""
        waiting: list[Frame] = []
        for clause in split_clauses(s):
            offset = clause.start - s.start
            frames = [f for m, f in visible if offset <= m.start < offset + len(clause.text)]
            if not frames or not COUNTED_BATCH.search(clause.text):
                waiting = []
                continue
            stages = [a for a in clause_attributes(clause.text, [], None) if a.kind == "stage" and not a.future]
            if not stages:
                waiting += frames
                continue
            for frame in waiting:
                if not frame.stages:
                    for stage in stages:
                        frame.apply(stage, None)
            waiting = []

    @staticmethod
    def group_members(s: Sentence, visible: list[tuple[NameMention, Frame]]) -> None:
        """已有落地项目28个，…，其中A项目计划年内开工: a member of a counted group has reached the group's stage."""
        if "其中" not in s.text:
            return
        group = _COUNTED_GROUP.search(s.text)
        if not group:
            return
        among = s.text.find("其中", group.end())
        if among < 0:
            return
        stage = _GROUP_STAGE[group.group("v") or group.group("w")]
        for m, frame in visible:
            if m.start > among and max((stage_rank(x) for x in frame.stages), default=-1) < stage_rank(stage):
                frame.stages.add(stage)

    def paragraph_stage(self, s: Sentence, visible: list[tuple[NameMention, Frame]]) -> None:
        """集中开工的项目涉及…。X项目，总投资30亿元: in a notice about an event with several batches (集中开工暨集中签约),
        a project described in a paragraph about one of them took part in it, when nothing else says its stage."""
        if not (self.opening and self.opening[2]):
            return  # one batch: the notice's batch covers its projects (batch())
        if s.line != self.paragraph_line:
            self.paragraph_batch, self.paragraph_line, self.paragraph_both = None, s.line, False
        batches = sorted([(m.start(), _BATCH_STAGE[m.group("a")]) for m in _PARAGRAPH_BATCH.finditer(s.text)]
                         + [(m.start(), None) for m in _PARAGRAPH_BOTH.finditer(s.text)])
        for m, frame in visible:
            before = [start for start, _ in batches if start < m.start]
            stage = [stage for start, stage in batches if start < m.start][-1] if before else self.paragraph_batch
            if (before or self.paragraph_line == s.line and self.paragraph_both) and stage is None:
                self.undecided.add(id(frame))  # 在开竣工项目中…: a paragraph on both batches, no floor either
            if stage and not frame.stages and not _planned_before(s.text, m.start):
                frame.stages.add(stage)
                if self.opening[1]:
                    frame.dates.setdefault(stage, self.opening[1])
        if batches:
            self.paragraph_batch = batches[-1][1]
            self.paragraph_both = batches[-1][1] is None

    def taken_part(self, frame: Frame) -> bool:
        """Whether a project is described under the event (read as a project, no venue, not planned where it is named)."""
        introduced = self.first_seen.get(id(frame))
        venue = (frame.weak and not frame.series or _ZONE_NAME.search(frame.name)) \
            and not any(k in frame.values for k in ("investment", "land", "floor_area"))
        return introduced is not None and id(frame) in self.used and not venue \
            and not _planned_before(introduced[0].text, introduced[1]) and not _in_prospect(*introduced)

    def batch(self) -> None:
        """Projects described under a batch ceremony took part in it (其中，富乐德…项目…)."""
        batch = self.opening
        if not batch:
            return
        stages, day, mixed, kinds = batch
        stage = stages[0]
        for frame in self.frames.frames:
            # works seen under way (建设现场) took part in the ceremony all the same
            reached = [stage_rank(x) for x in frame.stages - (frame.ongoing - frame.firm)]
            if mixed:
                # 集中开工暨集中签约: only a project's own verb or its paragraph says which batch it was in; but where
                # every batch of the event is of works on site (集中开(竣)工, 集中开工、竣工投产), a project described
                # under it with no stage of its own was at least started
                floor = min(kinds, key=stage_rank)
                if kinds <= _ON_SITE and not frame.stages and id(frame) not in self.undecided and self.taken_part(frame):
                    frame.stages.add(floor)
                continue
            introduced = self.first_seen.get(id(frame))
            venue = (frame.weak and not frame.series or _ZONE_NAME.search(frame.name)) \
                and not any(k in frame.values for k in ("investment", "land", "floor_area"))
            if (max(reached, default=-1) < stage_rank(stage) and introduced is not None
                    and id(frame) in self.used and not venue
                    and not _planned_before(introduced[0].text, introduced[1])
                    and not _in_prospect(*introduced)):
                for reached_stage in stages:
                    frame.stages.add(reached_stage)
                    if day:
                        frame.dates.setdefault(reached_stage, day)

    def not_works(self) -> None:
        """Names that stand for no works, whatever their words: the entries under a grade heading (a contest's events
        under 银牌, the gardens under 一、优秀示范园), the label of a campaign's projects (比学树项目 beside 这些比学树重点项目),
        and the projects of an intent signing (意向签约) that reached no stage of their own."""
        sections = self.graded_sections()
        starts = [start for start, _, _ in sections]
        named_in = {sentence.start for sentence, _ in self.first_seen.values()}  # (the projects' own sentences)
        opening = "".join(s.text for s in _opening(self.sentences, 2) if s.start not in named_in)  # headline and lead
        # (every signing the opening reports is an intent one: not 签约项目5个，意向签约项目3个; nor one the notice reports
        # signed for real: 正式签订投资协议)
        intent = bool(_INTENT.search(opening)) and not _SIGNING.search(_INTENT.sub("", opening)) \
            and not _SIGNED_FOR_REAL.search(_INTENT.sub("", self.body))
        # the words before each 重点项目 / 重大项目 of the notice (这些比学树重点项目: a campaign labels its projects)
        labels = [self.body[max(0, m.start() - 20): m.start()] for m in _KEY_PROJECTS.finditer(self.body)]
        talks = self.talks_sections()
        kept = []
        for frame in self.frames.frames:
            figures = any(k in frame.values for k in ("investment", "foreign_investment", "land", "floor_area",
                                                      "annual_output"))
            reached = frame.stages | frame.planned
            seen = self.first_seen.get(id(frame))
            at = seen[0].start + seen[1] if seen else frame.span[0]
            if not (figures or frame.stages) and any(a <= at < b for a, b in talks):
                continue  # 二、跟踪在谈项目情况 …主要有A项目、B产业园等: a pipeline of talks, no works yet
            section = sections[bisect_right(starts, at) - 1] if starts and starts[0] <= at else None
            if section and at < section[1] and not (figures or reached or frame.dates) \
                    and not (section[2] and names_a_works(frame.name)):
                continue
            # (a works with a stage or a plan of its own is no label: 东湖大桥项目计划年内开工; not 加快推进比学树项目的建设
            # 进度: work to press on with, said of a campaign)
            if frame.name.endswith("项目") and not (figures or frame.stages or frame.firm_planned & _PLANNED_START) \
                    and any(label.endswith(frame.name[:-2]) for label in labels):
                continue
            if intent and reached <= {"signed"} and not (seen and self.signed_for_real(frame, seen[0].text)):
                continue
            kept.append(frame)
        self.frames.frames = kept

    def talks_sections(self) -> list[tuple[int, int]]:
        """(start, end) of each part of a notice under a heading about projects in talks (二、跟踪在谈项目情况,
        （三）洽谈项目): from the heading to the next numbered heading."""
        if not self.body or not _TALKS_WORD.search(self.body):
            return []
        headings = [m.start() for m in _LINE_HEADING.finditer(self.body)]
        found = []
        for m in _TALKS_HEADING.finditer(self.body):
            later = next((h for h in headings if h > m.start() + 1), len(self.body))
            found.append((m.start(), later))
        return found

    def graded_sections(self) -> list[tuple[int, int, bool]]:
        """(start, end, grades works) of each grade heading's entries, in a notice that grades something: from the
        heading to the next heading of another kind (二、重点项目); `grades works` when the heading or the line that
        says what is graded names projects (优秀项目, 重点项目考核结果), so that entries naming a works are works."""
        headings = list(_GRADE_HEADING.finditer(self.body)) if self.body else []
        if not headings:
            return []
        context = self.body[: headings[0].start()]
        graded = list(_GRADING.finditer(context))
        if not graded:
            return []  # 首页 新闻动态 / 优秀作品展: a menu, nothing graded
        grading = graded[-1]  # (the last: the line right above the grades says what they grade)
        line_start = context.rfind("\n", 0, grading.start()) + 1
        line_end = context.find("\n", grading.end())
        said = context[line_start: line_end if line_end >= 0 else len(context)]
        graded_at = {m.start() for m in headings}  # (二、合格示范园: a numbered grade heading goes on with the grades)
        other = [m.start() for m in _LINE_HEADING.finditer(self.body) if m.start() not in graded_at]
        sections = []
        for heading in headings:
            after = bisect_right(other, heading.end())
            later = other[after] if after < len(other) else len(self.body)
            works = bool(_GRADES_WORKS.search(heading.group(0)) or _GRADES_WORKS.search(said))
            sections.append((heading.start(), later, works))
        return sections

    @staticmethod
    def signed_for_real(frame: Frame, sentence: str) -> bool:
        """A project its own sentence reports signed (已于3月份签约, 签订投资合同), not a lead of an intent signing: a
        signing reported done, not an intent one (意向签约, 签订意向协议) nor an event attended (参加网络签约)."""
        return "signed" in frame.firm and bool(_SIGNED_DONE.search(_INTENT.sub("", sentence)))

    def placed(self) -> list[Project]:
        """The concrete projects, each placed where its name or the notice puts it (莲都纳爱斯…, a 天台县 batch, the
        洞头区 of a district's notice, the zone a headline is about)."""
        # (包含A中心、B中心等设施: parts listed, never a project of their own)
        # (a park that holds a project is still a project where another sentence gives it figures or a stage of its
        # own: X产业园总投资30亿元，一期已建成投用。X产业园内A项目…)
        kept = [f for f in self.frames.frames if f.concrete() and (id(f) in self.used or id(f) not in self.skipped)
                and (id(f) not in self.holders or id(f) in self.used and (f.stages or any(
                    k in f.values for k in ("investment", "land", "floor_area"))))]
        if not kept:  # most notices: no project, no places to look for
            return []
        places = document_places(self.body)
        notice = notice_places(self.body)  # the divisions of China it names (泉州, 南安市 …)
        county = home_county(self.body) or sole_county(self.body)  # the notice's own county (a 洞头区 batch)
        written = self.body.count(county) if county else 0
        holding = [f for f in kept if county in f.name] if written else []
        if holding and written <= sum(f.name.count(county) for f in self.frames.frames) and 2 * len(holding) < len(kept):
            county = None  # 省重点建设项目…包括花垣县十八洞…综合开发: the county only a project's name holds, not the notice's
        headline = _opening(self.sentences, 1)
        zone = _HEADLINE_ZONE.search(headline[0].text) \
            if headline and not re.search(r"[，,。；;：:]", headline[0].text) else None  # a headline: no clause in it
        # (a zone the headline is about is more precise than the county it lies in: 大观经济开发区4个项目开工 -> the zone)
        # (青山高新区召开重点项目推进会: the zone hosts a meeting on the county's projects; the county first, unless the
        # headline reports works of its own: 东湖开发区3个项目开工建设)
        zone_first = zone and (not _MEETING_HEADLINE.search(headline[0].text) or _OWN_WORKS_HEADLINE.search(headline[0].text))
        opened = opening_zone(self.sentences)
        if opened and (fuller := home_zone(self.body)) and opened in fuller:
            opened = fuller  # (高新区… then 浙江省高新区 named in full)
        elif opened and bare_zone(opened):
            opened = None  # (开发区2023年工作总结: which zone, the text does not say)
        county = (zone.group("zone") if zone_first else None) or opened or county \
            or (zone.group("zone") if zone else None) or home_zone(self.body)
        town = home_town(self.body)
        read: dict[int, SentencePlaces] = {}  # each sentence's counties, read once for all its projects
        for frame in kept:
            if "location" in frame.values:
                # 位于福建省南安市 -> 南安市, 位于泉州市丰泽区 -> 丰泽区; 位于泉州市: none (a prefecture is not where a
                # project is built)
                where = located(frame.values.pop("location"), (frame.evidence, self.body), notice, places)
                if where:
                    frame.values["location"] = where
            place = place_in_name(frame.name, places, notice)
            if not place:  # 三田产业园孔山重工项目: the zone the works' name opens with
                opens = _ZONE_OPENS.match(frame.name)
                place = opens.group("zone") if opens and len(core_name(frame.name[opens.end():])) >= 4 else None
            if place and len(core_name(frame.name)) <= len(place):
                # 美桃小镇: the project is the place, its name says nothing of where it lies, but for the county it
                # opens with (岑溪市宸龙源纺织服装集聚区项目 -> 岑溪市)
                place = county_opening(place, notice)
            # the notice's own county only for a project that names no place of its own, in its name or its clause
            # (a notice about one town: its projects are in the town, not only in the county)
            # (a notice's town, not for a project its sentence puts elsewhere: 在江苏省南通市开工)
            seen = self.first_seen.get(id(frame))
            own_town = town if town and not (seen and names_a_site(seen[0].text, town)) else None
            frame.values.setdefault("location", place or self.host or self.clause_county(frame, notice, read)
                                    or own_town or county)
            size = NAME_SIZE.search(frame.name)
            if size:
                frame.values.setdefault("capacity", size.group(0))
        built = [f.build() for f in kept]
        if not self.glossed:
            return built
        # read without glosses: names stay without them (docs/contract-conventions.md), evidence is the text as written
        return [dataclasses.replace(p, evidence=self.body[p.span[0]: p.span[1]]) for p in built]

    def clause_county(self, frame: Frame, notice: NoticePlaces, read: dict[int, SentencePlaces]) -> str | None:
        """The county the clause that introduces a project puts it in (与会人员首先在商南县观摩了A、B和C项目 -> 商南县
        for A, B and C); `read`: the sentences' counties read so far (each sentence read once, each project looked up
        by where it stands)."""
        seen = self.first_seen.get(id(frame))
        if not seen:
            return None
        sentence, start = seen
        places = read.get(id(sentence))
        if places is None:
            places = read[id(sentence)] = sentence_places(sentence.text, notice)
        return county_visited(places, start)
