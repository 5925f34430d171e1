"""Attributes of a project read from one clause: investment, land, floor area, annual output,
capacity, stage verbs with their dates, location, companies."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from warehouse.reference import project_stage_order

from ..companies import find_companies
from ..numbers import MAGNITUDE, NUMERAL, find_quantities, normalize
from ..places import ZONE_WORDS, is_upper_division

# (耗资近20亿元: what the works cost)
_INVESTMENT = re.compile(r"(?<![已累实际完成])(?:总投资额?|计划总投资|计划投资|投资总额|投资额|投资规模|投资|耗资)(?:约|达|超|近|为|逾|共|约为|均为)?$")
_BARE_MONEY = re.compile(r"(?:总投资额?|投资总额)(?:约|达|超|近|为|逾)?(?P<num>\d+(?:\.\d+)?)(?P<mag>亿|万)(?=[，,。；;]|$)")
# (新购土地50.59亩: the land a works adds to a site)
_LAND = re.compile(r"(?:总用地面积|总用地|用地面积|占地面积|规划用地|净用地|用地|占地|供地|总占地|(?:新购|新征|购置)土地)(?:约|近|达|超|为|约为)?$")
_CONVERTED_CLAUSE = re.compile(r"^\s*(?:约合|折合|合)(?:人民币)?(?:约)?")
_IN_YUAN = re.compile(r"[（(，,]?\s*(?:约合|折合|合|约)(?:人民币)?(?:约)?")
_FLOOR = re.compile(r"(?:总建筑面积|建筑面积)(?:约|近|达|超|为|约为)?$")
# what a works yields a year once built (年主营业务收入55亿元, 年开票销售将不低于1亿元, 新增营收80亿元, 年均销售收入6亿元)
_YEARLY = (r"(?<=[可将能])实现产值|年产值|年销售总额|年销售收入|年销售额|年开票销售(?:收入|额)?|年开票收入|年销售|年营业收入|年主营业务收入"
           r"|年主营收入|年营收|年产出|年工业产值|年均(?:产值|销售收入|营业收入|营收)|新增年?(?:营收|营业收入|销售收入|产值)")
# 建成后3年内产值可达100亿元: the value after completion, a yearly figure
_AFTER_BUILT = r"(?:建成|投产|达产)后[^，,。；;]{0,6}?(?:产值|销售收入|营业收入)"
_OUTPUT = re.compile(rf"(?:{_YEARLY}|{_AFTER_BUILT})(?:将|可|预计)?(?:约|超|达到?|可达|将达|近|超过|为|逾|不低于|不少于)?$")
# 实现100亿元年产值: the amount, then the yearly figure it is
_OUTPUT_AFTER = re.compile(r"的?年(?:产值|销售收入|销售额|营业收入|营收|产出)")
# (年产量预计达20万辆, 年吞吐旅客100万人次: the yearly amount with its verb of reaching)
_CAPACITY = re.compile(
    rf"年(?:产|处理|深?加工|生产|吞吐)(?:能力|能|量|旅客|货物)?(?:预计|将|可)?(?:达到?|为|约|近)?(?:{NUMERAL})(?:多|余)?(?:{MAGNITUDE})?[^，,。；;、]*?"
    rf"(?=的|生产线|项目|生产能力|产能|能力|[，,。；;、]|$)"
)
# 总装机规模为300兆瓦, 规划装机容量203兆瓦: a power plant's size
# 新增空调压缩机产能超3000万台: the capacity a works adds, in units of what it makes
_ADDED_CAPACITY = re.compile(r"新增[^，,。；;、]{0,10}?产能(?:超过?|达到?|约|近)?[\d.]+\s*(?:万|亿)?"
                            r"(?:台|吨|套|件|辆|片|只|条|平方米|千瓦|兆瓦|标箱|立方米)")
_INSTALLED = re.compile(r"(?:规划)?(?:总)?装机(?:容量|规模)(?:为|约|达|约为)?[\d.]+(?:万|亿)?(?:千瓦|兆瓦|瓦|MW|GW|kW)")
# 将建设两台100万千瓦超超临界二次再热燃煤发电机组: the generating units a plant builds (not the units a plan names for
# all its phases: 规划建设4台…机组)
_UNITS = re.compile(r"(?<!规划建设)(?<=建设)\s*(?:\d+|[两二三四五六七八])台[\d.]+(?:万千瓦|千瓦|兆瓦|MW)[\u4e00-\u9fa5]{0,16}?机组")
# units of a size a name carries, counted (2×100万千瓦: two units of 100万千瓦): one piece for the capacity a name
# gives (NAME_SIZE) and for the size a name may drop when named again (reader._SIZE_IN_NAME)
SIZE_COUNT = r"(?:[\d.]+\s*[×xX*]\s*)?"
# a size a works' name carries (20GWh锂电池项目, 100MW/200MWh储能项目, 阜丰公司50万吨氨基酸, 华银株洲2×100万千瓦扩能项目):
# its capacity, unless stated
NAME_SIZE = re.compile(rf"{SIZE_COUNT}[\d.]+(?:MWh|GWh|MW|GW|兆瓦|万千瓦)(?:/[\d.]+(?:MWh|GWh|MW|GW))?"
                       r"|[\d.]+万吨[\u4e00-\u9fa5]{1,6}?(?=项目|生产线|$)")
# 施工图 / 施工招标 / 施工许可 / 施工单位 / 施工前期准备 / 施工图审查 / 安装方案: the papers, the permit and the tender a
# works needs before work on site, not the work
_ON_PAPER = r"(?!图|招标|许可|单位|前期|准备|审查|方案|设计|合同)"
# 紧锣密鼓推进前期工作 / 土地征收 / 规划审批 / 施工许可办理 / 招商洽谈: what is pressed ahead before the works begin
_PREPARATION = r"前期|征收|征地|征迁|拆迁|审批|报批|手续|许可|招标|设计|洽谈|招商|签约"
# 投用 / 投入使用 (a park, a school put to use) completes a building; production needs 投产 / 达产
_STAGES = (
    # 察看建设进度和投产情况, 询问投产时间节点: what a visit asks about, not a stage reached
    ("in_production", re.compile(r"投产(?!率|情况|时间|节点|进度)|达产(?!率|情况|时间|节点|进度)|试生产|试产(?!品)|量产|投入运营|并网(?!率|光伏|电站|风电|型)")),
    # 集中开竣工活动: the event of two batches, not a stage of the project named with it
    # 试车成功: a trial run of what was built (not 试生产, production)
    # 通过竣工验收: the works handed over as finished (not 初步设计通过验收 / 实施方案通过验收: a paper checked before the
    # works); 预计5月底建设完成
    ("completed", re.compile(r"(?<![开(（])竣工(?!率|条件|验收)|建成(?![区率])|完工|交付使用|基本建成|投用|投入使用|(?<!试)通车"
                             r"|(?<!设计|方案|报告|图纸)通过(?:竣工)?验收|竣工验收|建设完成(?=[，,。；;]|$)"
                             # 公园一期完成预验收: the works checked as finished (not 完成设计验收: a paper)
                             r"|完成(?:预|交工)验收"
                             r"|(?:一次|联动|整体)?试车成功")),
    # 完成A、B项目主体部分: the main structure of the works named after 完成 is up
    ("topped_out", re.compile(r"封顶|结顶|合龙|完成(?=[^，,。；;]{2,30}?主体(?:部分|结构|工程)(?:[，,。；;]|$))")),  # a bridge's main span closed: its structure is up
    # 前往A项目建设现场 (a visit to works under way), A、B等一批项目落地建设
    # 小区始建于2020年5月8日: the month the works began (not 始建于1950年 or 始建于2003年: the history of an old building,
    # a year alone; _begun_lately checks the year against the notice's);
    # 项目正在紧锣密鼓推进: works under way (not 紧锣密鼓推进前期工作 / 土地征收工作 / 规划审批: the preparation)
    ("started", re.compile(r"开工(?!率)|动工|复工(?!率)|开建|始建于?(?=20\d{2}年\d{1,2}月)|桩基|加紧建设|加快建设|赶进度|落地实施|(?<=项目)落地建设|"
                           rf"紧锣密鼓地?(?:推进|建设|施工)(?![^，,。；;]{{0,6}}(?:{_PREPARATION}))|"
                           # 询问项目建设进度: a question asked on a visit, not progress reported
                           r"(?<!询问)(?<!询问项目)(?<!了解)(?<!了解项目)建设进度|"
                           r"(?:建设|施工)(?:现场|工地)|不同程度的?进展|"
                           # 来到A项目现场进行实地查看, 实地察看了A、B等项目: a visit to works under way (not the site
                           # of a ceremony: 活动在A项目现场举行)
                           r"(?<=项目)现场(?![^，,。；;]{0,10}?(?:举行|举办|召开|开幕|启动))|"
                           r"(?:察看|查看|视察|观摩)了?(?=[^，,。；;]{4,80}?(?:项目|工程))|"
                           # 主体施工完成90%, 进入生产调试阶段: work on site, not finished (not 土建施工图 / 施工招标 / 施工许可:
                           # the papers and the tender before the works, _ON_PAPER)
                           rf"(?:正在|加紧|紧张|全面|主体|有序|基础|土建)施工{_ON_PAPER}|施工{_ON_PAPER}(?:建设|中|进度|[^，,。；;]{{0,4}}推进)|"
                           # 正在进行厂房回填: work on site named by what is done (not 正在进行施工图设计 / 施工单位招标)
                           rf"正在进行[^，,。；;]{{0,12}}?(?:施工|安装|回填|浇筑|装修){_ON_PAPER}|"
                           # 已进入收尾阶段, 进场填方, 正在挖掘地下室: work on site, named by its step
                           r"进入收尾|收尾阶段|进场(?:施工|填方|作业|开挖)|填方|土方开挖|(?:挖掘|开挖)地下室|"
                           r"(?:生产|设备|安装|生产线)(?:正在|正)?调试|正(?:在)?安装|正装|完成(?:总|主体)?工程量|"
                           # 已完成投资1.4亿元, 累计完成投资: money spent on the works, so they are under way
                           r"(?:已|累计)完成了?投资")),
    # 获批国家级绿色工业园区: an honour, not an approval of the works
    ("approved", re.compile(r"获批(?!更名)(?!(?:首批)?(?:全国|国家|省级|市级|县级))|批复|核准|立项")),
    # 引进A、B等重大产业项目8个: brought in by investment promotion, i.e. signed
    ("signed", re.compile(r"签约(?!率)|签订|签署|成功签约|(?:成功|先后|累计)?引进(?=[^，,。；;]{2,60}?项目)(?!人才|外资|资金|技术)")),
)
# A项目、B项目有序推进 / 等22个项目推进较为顺利 / A项目进展顺利 / 城南大道延伸、虹三线进展顺利: the works are said to
# move, and no stage is named: no stage (docs/contract-conventions.md, "推进 is no stage"), but the works exist, so
# the name is kept as a project (Frame.concrete) with the "progress" attribute (not 前期工作推进顺利: the preparation)
_PROGRESS = re.compile(r"(?<=项目|工程|建设)(?:有序|顺利|稳步|扎实)推进(?!前期)"
                       r"|(?:(?<=项目|工程|建设)|(?<=[路线段期伸]))(?:推进|进展)(?:较为|比较|十分|总体|整体|均|都)?顺利")
# 前期推进顺利 / 前期工作已进入收尾阶段 / 征地拆迁进展顺利: the preparation is the subject of a progress word, never a
# phase of the works (前期 ends in 期 like 二期)
_PREPARATION_BEFORE = re.compile(r"(?:前期|手续|征地|拆迁|报批|审批|要素保障)(?:工作|手续)?"
                                 r"(?:已经|已|正在|正|均|都|基本|全面|目前|总体|整体)*$")
# the years before its notice within which 始建于… dates works still being built (a new estate begun in 2020, reported
# in 2022), not the founding of a building the notice's works renovate or extend
_BEGUN_WITHIN_YEARS = 3
_YEAR_AT = re.compile(r"(20\d{2})年")


def _begun_lately(text: str, at: int, published: str | None) -> bool:
    """Whether the year of 始建于 at `at` lies a few years before the notice at most."""
    year = _YEAR_AT.match(text, at)
    return bool(year) and (published is None or int(year.group(1)) >= int(published[:4]) - _BEGUN_WITHIN_YEARS)


def stage_rank(stage: str) -> int:
    """planned 0 < signed < approved < started < topped_out < completed < in_production 6: read on first use from
    the one file dbt reads too (dbt_project/seeds/project_stages.csv)."""
    return project_stage_order().index(stage)
_FUTURE = re.compile(r"计划|预计|将|拟|力争|争取|确保|有望|预期|明年|年内|年底前|可望|待|推动|促进|力促|加快推进|"
                     r"加快(?!建设)(?=[^，,。；;]{0,40}?(?:落地|开工|竣工|投产|建成|签约))|"  # 加快A等30个项目落地开工: a task
                     r"推进(?=签约|开工|落地|投产|竣工)|在谈|洽谈|意向|"
                     r"要求|(?<![主重需])要(?!素|点|事|闻|件|案)|紧盯|"
                     r"(?<!做好)(?:准备|筹备)(?!工作)|吸引(?!了)|"
                     # 为保障X项目顺利投产, 围绕Y项目尽快建成: a purpose, not a stage reached
                     r"^为了?(?!期)|^围绕|保障(?!房|性|中心)|助力|服务(?:于|保障)|早日|尽快|以便|以期")  # 准备试生产: about to, not yet; 吸引…项目签约落户: an aim
# 加快建设 / 赶进度: work under way, not a start reported on the day of a ceremony
_ONGOING = re.compile(r"加紧建设|加快建设|赶进度|紧锣密鼓|建设进度|落地建设|(?:建设|施工)?(?:现场|工地)|不同程度的?进展"
                      r"|(?:有序|顺利|稳步|扎实)推进|(?:推进|进展)(?:较为|比较|十分|总体|整体|均|都)?顺利"
                      r"|(?:察看|查看|视察|观摩)")
# 厂房主体已完工，正在安装设备 / 土建部分基本完工: a part of the works finished, the works still under way
_PART_DONE = re.compile(r"(?:主体|厂房|土建|桩基|基础|钢结构|框架|地下室|屋面|外立面|单体|车间|部分)(?:工程|结构|施工|部分)?"
                        r"(?:已经?|均已|已?基本|已?全部|顺利|提前)*$")
_EQUIPMENT = re.compile(r"技改|技术改造|生产线|设备|机组|升级")
_NEARLY = re.compile(r"(?:近|即将|接近|临近|将近|快要?)$")
_DONE = re.compile(r"已(?:经)?(?:全部|陆续|相继|先后|顺利|正式|基本|提前)?$")
# 11个计划二季度开工项目提前至一季度开工 / 10个计划投产项目实现投产7个: a batch named by what its plan said (计划…开工项目,
# a noun) plans nothing for the verb after it; only a plan word outside the noun (力争A等计划开工项目提前开工) does
# (the verb inside the noun, 计划…开工, stays planned)
# (计划开工38项市重点工程已全部实现开工: the batch counted inside the noun)
_PLAN_NAMED_BATCH = re.compile(r"计划[^，,。；;、：:]{0,8}?(?:新开工|开工|竣工|建成|投产)的?(?:\d+|[一二两三四五六七八九十百]+)?[个项]?"
                               r"(?:[省市县区]级?)?(?:重点|重大)?(?:项目|工程)")


# 提前至7月开工 / 提前到三季度竣工: the planned date brought forward to a period; reached only when that period has
# begun by the notice (提前至一季度开工 in April: reached; 现提前至7月开工 in June: still a plan, dated July)
BROUGHT_TO = re.compile(r"提前(?:至|到)(?P<period>[^，,。；;]{1,8}?)(?=(?:正式|全面)?(?:开工|竣工|完工|投产|建成))")
_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def period_begun(period: str, published: str | None) -> bool:
    """Whether the period a date was brought forward to (7月, 三季度, 明年3月, 2024年底) has begun by `published`
    (YYYY-MM-DD; unknown: begun, as a 提前 reads without a period). A period whose month cannot be told (年内) has not."""
    if not published:
        return True
    year = int(published[:4])
    explicit = re.search(r"(20\d{2})年", period)
    if explicit:
        year = int(explicit.group(1))
    elif "明年" in period:
        year += 1
    elif "去年" in period:
        year -= 1
    month = re.search(r"(\d{1,2})月", period)
    quarter = re.search(r"([一二三四1-4])季度", period)
    if month:
        start = int(month.group(1))
    elif quarter:
        start = 3 * _CN_DIGIT[quarter.group(1)] - 2
    elif "上半年" in period:
        start = 1
    elif "下半年" in period:
        start = 7
    elif re.search(r"年底|年末", period):
        start = 12
    elif explicit and period.rstrip("年").endswith(explicit.group(1)):
        start = 1
    else:
        return False
    return (year, start) <= (int(published[:4]), int(published[5:7]))


# A项目尚未开工 / 暂未投产: the stage is denied, not reached (planned at most)
_NOT_YET = re.compile(r"(?:尚未|暂未|还未|仍未|未能|没有|未)$")


# 原计划9月开工 / 原定年底竣工: what the plan said before it changed
_FORMER_PLAN = re.compile(r"原(?:计划|定|预计|拟)(?:于|在)?[^，,。；;]{0,10}$")


def _brought_to_later(text: str, start: int, published: str | None) -> bool:
    """现提前至7月开工 (published in June): a date brought forward to a period still to come plans the verb."""
    brought = next((m for m in BROUGHT_TO.finditer(text, max(0, start - 14))
                    if re.fullmatch(r"(?:正式|全面)?", text[m.end():start])), None)
    return bool(brought
                and not period_begun(brought.group("period"), published))


# 拟入驻A、B等企业的C项目正式进场施工: a plan word inside the 的-modifier of the works the verb is said of tells what the
# works is to house, not that the verb is planned (the name runs from the 的 up to the verb)
_PLAN_IN_MODIFIER = re.compile(r"(?:拟|将|计划)(?:入驻|引进|容纳|承接|落户)[^，,。；;]{1,60}?的"
                               r"(?=[^，,。；;的]{2,24}?(?:项目|工程)(?:正式|顺利|全面|已经?)?[^，,。；;]{0,4}$)")


def _plan_word_before(text: str, start: int) -> bool:
    """Whether a plan word before `start` governs it (one inside a 计划…开工项目 noun that ends before it does not),
    or the stage is denied (尚未开工)."""
    if _NOT_YET.search(text, max(0, start - 2), start):
        return True
    masked = text[:start]
    for m in list(_PLAN_NAMED_BATCH.finditer(masked)) + list(_PLAN_IN_MODIFIER.finditer(masked)):
        masked = masked[: m.start()] + "　" * (m.end() - m.start()) + masked[m.end():]
    return bool(_FUTURE.search(masked))
_STAGE_WORD = r"签约|开工|封顶|结顶|竣工|建成|投产|达产|投用"
# 从签约到开工仅用时4个月, 从开工到封顶历时约6个月: a duration between two stages, not a stage reached
_SPAN = re.compile(rf"从[^，,。；;]{{0,6}}?(?:{_STAGE_WORD})[^，,。；;]{{0,4}}?(?:到|至)[^，,。；;]{{0,6}}?(?:{_STAGE_WORD})")
# 加快建设浙西南科创产业园: a clause that opens with the verb is a task set, not work under way
_IMPERATIVE = re.compile(r"^(?:加快建设|加紧建设|加快推进|落地实施)")
# 竣工投产 / 建成并正式投产 / 竣工、投产: one event, one date
_CONNECTOR = re.compile(r"^(?:[、和及与]|并且?|同时)?(?:正式|顺利|全面|同步|即|随即|当即)?$")
# 建成后 / 建成达产后 / 全部建成达产可实现产值…: what the project will yield once built, not a stage reached
_CONDITIONAL = re.compile(r"^(?:并?(?:达产|投产|运营|投用|投入使用|投入运营|达效|达标))?(?:后|可(?!以说)|将|能够?)")
# (not 引进、落户、建设等环节: 落户 as an item of a list of steps)
# (位于柯桥区北部的滨海工业园区内: the zone within the county is where it is)
_ZONE_WORD = rf"{ZONE_WORDS}|集聚区|园区|新区"  # the zone a project is in, at or signed by
_LOCATION = re.compile(r"(?:位于|坐落于|落户|选址于?)(?P<place>[^，,。；;的、]{2,30})"
                       rf"(?:的(?P<within>[\u4e00-\u9fa5]{{2,12}}?(?:{_ZONE_WORD}))内)?"
                       rf"|在(?P<at>[\u4e00-\u9fa5]{{2,16}}?(?:{_ZONE_WORD}|街道|[县区镇乡]))"
                       r"(?=开工|动工|建设|落地|投产|签约|落户)"
                       # 长春净月高新区与万达集团签署了万达文旅项目: the zone that signs is where the project goes
                       rf"|^(?P<signer>[\u4e00-\u9fa5]{{2,16}}?(?:{_ZONE_WORD}))(?=与)")
# 主城核心区, 老城区, 中心城区: an area of a town, not a place the contract names (docs/contract-conventions.md)
_URBAN_AREA = re.compile(r"(?:主城|核心|中心|老城|城)区$")
# (星桥工业园区: the zone's whole word, not 工业园 and then 区)
_ZONE = re.compile(rf"^.*?(?:{ZONE_WORDS}|产业园区|工业园区|产业园|工业园|园区|集聚区|新区|街道|[县市区镇乡])")
# 位于永安市尼葛开发区北部新城: the county, then the zone or town in it that says more precisely where
_ZONE_IN_COUNTY = re.compile(rf"[\u4e00-\u9fa5]{{2,8}}?(?:经济技术开发区|{ZONE_WORDS}|产业园区|工业园区|产业园|工业园|园区|集聚区"
                             r"|新区|街道|镇|乡)")


# 加快A、B等项目建设 / 加快A、B等在建项目进度: works under way (a report's plan prose names them so)
# 新都区加快实施A、B等项目: the same with the place that does it and without 建设
# (not 加快建设A、B等重大平台项目: a platform to be built)
# 抓好A、B等一批项目建设: the same with 抓好
# (not 扎实推动 / 重点推进 / 积极推动A、B等项目建设: 推进…建设 on its own is no start, docs/contract-conventions.md;
# 重点推进A、B等项目 is a plan's task list, reader._PLAN_LIST)
# 全面保障A、B等重点项目进度: the progress of works under way, kept going
_UNDER_WAY = re.compile(r"^(?:[\u4e00-\u9fa5]{2,6}?[区县市])?(?:(?:加快|加速|加紧|全速|全力|抓好|(?:全面|全力)?保障(?=.+进度$))"
                        r"(?:(?:推进|推动)?.+等[^，,。；;、]{0,8}?(?:项目|工程)(?:建设|进度)"
                        r"|(?:推进|实施).+等[^，,。；;、]{0,8}?(?:项目|工程))"
                        r")$")
# A、B等续建项目顺利推进 / C等在建项目: a progress report's works under construction
# A、B等重大项目加快实施 / 加速推进: the works go on faster, so they are under way (a plan's 加快实施A等项目 is _UNDER_WAY)
_CONTINUING = re.compile(r"等[^，,。；;、]{0,6}?(?:续建|在建)(?:重点|重大)?(?:项目|工程)")
_FASTER = re.compile(r"等[^，,。；;、]{0,8}?(?:项目|工程)(?:建设)?(?:加快|加速|加紧|全速)(?:实施|推进|建设)$")
_PLANNING = re.compile(r"谋划(?:建设|实施|推进|布局)")
# A、B等项目目前均已进入设计阶段: works being designed, not begun
_DESIGNING = re.compile(r"(?:进入|处于)(?:初步|施工图|方案)?设计阶段")
# 推进A、B等项目前期 / 加快C工程前期工作: works still being prepared, not started
# (…等一批项目前期工作取得重大突破: the preparation moves on, the works have not begun)
# (…等项目通过入库审核: admitted to a pool of projects, not begun)
_PREPARING = re.compile(r"(?<![预备])前期(?:工作|手续)?(?:进展顺利|有序推进|扎实推进|稳步推进"
                        r"|取得(?:重大|积极|阶段性|实质性)?(?:突破|进展))?$|(?:项目|工程)(?:通过)?入库(?:审核)?$")


def _list_progress(text: str, future: bool, goal_after: bool = False) -> list[Attribute]:
    """The stage a plan's list of works closes with (…等项目建设 / …等项目前期), where no stage verb is written;
    `goal_after`: a goal follows in the sentence (…等项目加快实施，力争年内建成投产: what the works are pushed to do)."""
    body = text.rstrip("。；;，, ")
    if _UNDER_WAY.match(body):
        return [Attribute("stage", "started", body.rindex("等"), future, ongoing=True)]
    m = _CONTINUING.search(body)
    if m:
        return [Attribute("stage", "started", m.start(), future, ongoing=True)]
    m = _FASTER.search(body)
    if m:  # (力争A、B等项目加快实施: a goal for the works, not progress reported)
        return [Attribute("stage", "started", m.start(), future or goal_after or bool(_FUTURE.search(body, 0, m.start())),
                          ongoing=True)]
    m = _PREPARING.search(body)
    if m:
        return [Attribute("stage", "started", m.start(), True)]
    return []


# (拟入驻A、年产100万台B、C等企业的D项目: a 、-joined list of the firms a works is to house, closed by 等企业的)
_FIRMS_CLOSE = re.compile(r"等(?:类型?)?企业(?:的|$)")
_WORKS_ITEM = re.compile(r"项目|工程")


def _firm_item(text: str, start: int) -> bool:
    """Whether the capacity at `start` is in an item of a 、-joined list closed by 等企业的 (拟入驻A、年产100万台B等企业的
    C项目), the item naming no works of its own (A年产5万吨X项目、B项目等企业的扩产项目: the items are works, their
    capacities are theirs); a capacity before …等企业的 with no list (X项目为比亚迪等企业的配套项目) is the works' own."""
    clause_start = max(text.rfind(p, 0, start) for p in "，,。；;") + 1
    clause_end = min((i for i in (text.find(p, start) for p in "，,。；;") if i >= 0), default=len(text))
    close = _FIRMS_CLOSE.search(text, start, clause_end)
    if not close:
        return False
    item_start = text.rfind("、", clause_start, start) + 1 or clause_start
    item_end = text.find("、", start, close.start())
    # (溪口智造园项目拟入驻年产100万台A、…: the first item's clause names the works; its capacity is left to it)
    item = text[item_start: item_end if item_end >= 0 else close.start()]
    return "、" in text[max(item_start - 1, clause_start): close.start()] and not _WORKS_ITEM.search(item)


@dataclass(frozen=True)
class Attribute:
    kind: str  # investment | land | floor_area | annual_output | capacity | stage | location | company
    value: object
    start: int  # offset in the clause text
    future: bool = False
    date: str | None = None
    ongoing: bool = False  # 加快建设 / 等续建项目: work under way, not the start reported that day


def _money_after(text: str, quantities, pattern: re.Pattern, kinds: tuple[str, ...]) -> list[tuple[int, object]]:
    found = []
    for q in quantities:
        if q.kind in kinds and pattern.search(text[max(0, q.start - 12): q.start].rstrip()):  # 总投资 12 亿元
            found.append((q.start, q))
    return found


def land_mu(q) -> Decimal | float:
    if q.kind == "land":
        return q.value
    if q.kind == "area":  # land given in 平方米: the contract's ÷ 666.67, unrounded
        return float(q.value) / 666.67
    return q.value * 1500  # 平方公里


def _precise(candidates: list[tuple[int, int, str | None]]) -> tuple[int, int, str | None] | None:
    """The last date before a verb, or an earlier one that says the same more precisely:
    5月27日，…2024年二季度重大项目集中开工 -> 2024-05-27."""
    dated = [d for d in candidates if d[2]]
    if not dated:
        return None
    best = dated[-1]
    for d in dated[:-1]:
        if d[2].startswith(best[2]) and len(d[2]) > len(best[2]):
            best = d
    return best


def _after(date: str | None, published: str | None) -> bool:
    """True when a date lies after the document date at the date's own precision."""
    return bool(date and published and date > published[: len(date)])


def clause_attributes(clause: str, dates: list[tuple[int, int, str | None]], plan_year: int | None,
                      future_clause: bool = False, published: str | None = None,
                      goal_after: bool = False) -> list[Attribute]:
    """All attributes in a clause; `dates` are (start, end, value) of dated expressions in it;
    `plan_year` is set in a goals section, where every stage verb is a plan for that year;
    `future_clause` when the sentence put it under a plan (根据计划，…); `published` (YYYY-MM-DD)
    makes a stage dated after the document a plan; `goal_after` when a goal (力争/确保/争取) follows the clause in its
    sentence."""
    text = normalize(clause)
    found: list[Attribute] = []
    quantities = find_quantities(text)
    for start, q in _money_after(text, quantities, _INVESTMENT, ("money",)):
        if q.unit == "元":
            found.append(Attribute("investment", q.value, start))
            continue
        # 总投资1.2亿美元（约合人民币8.6亿元）: the yuan the text gives; else only that money is stated
        yuan = _IN_YUAN.match(text, q.end)
        converted = [c for c in quantities if yuan and c.start == yuan.end() and c.kind == "money" and c.unit == "元"]
        if converted:
            found.append(Attribute("investment", converted[0].value, start))
        else:
            found.append(Attribute("foreign_investment", f"{q.raw}", start))
    for m in _BARE_MONEY.finditer(text):  # 总投资达10亿: news copy drops the 元
        found.append(Attribute("investment", Decimal(m.group("num")) * (10**8 if m.group("mag") == "亿" else 10**4),
                               m.start("num")))
    converted_lead = _CONVERTED_CLAUSE.match(text)
    if converted_lead:  # …总投资1.2亿美元，折合人民币8.6亿元: the yuan of the money just stated
        q = next((q for q in quantities if q.start == converted_lead.end() and q.kind == "money" and q.unit == "元"), None)
        if q:
            found.append(Attribute("converted_investment", q.value, q.start))
    for start, q in _money_after(text, quantities, _LAND, ("land", "area", "area_km")):
        found.append(Attribute("land", land_mu(q), start))
    for start, q in _money_after(text, quantities, _FLOOR, ("area",)):
        found.append(Attribute("floor_area", q.value, start))
    for start, q in _money_after(text, quantities, _OUTPUT, ("money",)):
        if q.unit != "元":
            continue  # the contract's field is 元
        found.append(Attribute("annual_output", q.value, start))
    for q in quantities if "年" in text else ():
        # (not 总投资5亿元年产值10亿元: an amount read as the investment already, with the output after it)
        if q.kind == "money" and q.unit == "元" and _OUTPUT_AFTER.match(text, q.end) \
                and not any(a.start == q.start for a in found):
            found.append(Attribute("annual_output", q.value, q.start))
    for m in _CAPACITY.finditer(text):
        if "企业" in text and _firm_item(text, m.start()):
            continue  # 拟入驻A制造、年产100万台B等企业的C项目: what a firm to be housed makes, no works' capacity
        found.append(Attribute("capacity", clause[m.start():m.end()], m.start()))
    for m in _ADDED_CAPACITY.finditer(text) if "产能" in text else ():
        found.append(Attribute("capacity", clause[m.start():m.end()], m.start()))
    for m in _INSTALLED.finditer(text) if "装机" in text else ():
        found.append(Attribute("capacity", clause[m.start():m.end()], m.start()))
    for m in _UNITS.finditer(text) if "机组" in text else ():
        found.append(Attribute("capacity", clause[m.start():m.end()].strip(), m.start()))
    spans = [(m.start(), m.end()) for m in _SPAN.finditer(text)]
    verbs = []
    for stage, pattern in _STAGES:
        for m in pattern.finditer(text):
            if _CONDITIONAL.match(text[m.end():]):
                continue  # 建成后 / 建成达产后: a condition, not a stage reached
            if text[m.end():].startswith("仪式") and "举行" not in text:
                continue  # 出席签约仪式: the ceremony is named, not held here
            if any(a <= m.start() < b for a, b in spans):
                continue
            if stage == "started" and _PREPARATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # 前期推进顺利, 前期工作已进入收尾阶段: the preparation goes on or closes, not the works
            if text.startswith("始建", m.start()) and not _begun_lately(text, m.end(), published):
                continue  # 该医院始建于2003年5月: the founding of the building a works renovates, years before the notice
            verbs.append((m.start(), m.end(), stage))
    verbs.sort()
    previous: tuple[int, int, str | None] | None = None
    for start, end, stage in verbs:
        if previous and start < previous[1]:
            continue  # 成功签约 inside 签约
        if previous is None:
            chosen = _precise([d for d in dates if d[0] < start])
        else:  # 6月开工、二季度投产 / 去年8月竣工、10月投产: each verb takes the date after the one before it
            chosen = _precise([d for d in dates if previous[1] <= d[0] < start])
        date = chosen[2] if chosen else None
        if chosen and chosen[1] >= 0 and re.match(r"^或\d{1,2}月", text[chosen[1]:]):
            date = date[:4]  # 7月或8月: only the year is certain
        if chosen is None and previous is not None and _CONNECTOR.match(text[previous[1]:start]):
            date = previous[2]  # 竣工投产: one event
        if stage == "completed" and text.startswith(("投用", "投入使用"), start) and _EQUIPMENT.search(text):
            stage = "in_production"  # 等技改项目完工投用, 生产线投入使用: equipment in use is production
        if stage == "completed" and _NEARLY.search(text, max(0, start - 3), start):
            stage = "started"  # 近完工, 即将完工: still under way
        elif stage == "completed" and _PART_DONE.search(text, max(0, start - 10), start):
            stage = "topped_out" if _PART_DONE.search(text, max(0, start - 10), start).group(0).startswith("主体") \
                else "started"
        done = bool(_DONE.search(text, max(0, start - 6), start))  # 争取开工项目中A等15个项目已开工建设: reached
        future = not done and (plan_year is not None or future_clause or _plan_word_before(text, start)
                  or bool(not text[:start].strip() and _IMPERATIVE.match(text[start:])) or _after(date, published)
                  or _brought_to_later(text, start, published))
        if date and _FORMER_PLAN.search(text, max(0, start - 16), start):
            date = None  # 原计划9月开工，现提前至7月开工: the date the plan had, superseded (the new one is the work's)
        if date is None and plan_year:
            date = str(plan_year)
        found.append(Attribute("stage", stage, start, future, date,
                               ongoing=stage == "started" and bool(_ONGOING.match(text, start))))
        previous = (start, end, date)
    for m in _PROGRESS.finditer(text):
        if not _PREPARATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            found.append(Attribute("progress", True, m.start()))
    if "等" in text or "前期" in text:
        found += _list_progress(text, plan_year is not None or future_clause, goal_after)
    if "谋划" in text:  # 谋划建设东部综合交通枢纽中心: a works being planned
        found += [Attribute("stage", "started", m.end(), True) for m in _PLANNING.finditer(text)]
    if "设计阶段" in text:
        found += [Attribute("stage", "started", m.start(), True) for m in _DESIGNING.finditer(text)]
    for m in _LOCATION.finditer(text):
        place = m.group("place") or m.group("at") or m.group("signer")
        zone = _ZONE.match(place)
        if not zone and m.group("place") and text.startswith("的", m.end()):
            continue  # 位于城东的A / 位于青山湖畔的A: a clause of the site before a name, no zone, town or county in it
        where = zone.group(0) if zone else place
        # (not after a prefecture: 南平市建阳区麻沙镇 is read past the prefecture where the notice is placed)
        inner = _ZONE_IN_COUNTY.match(place, zone.end()) \
            if zone and where[-1] in "市县区" and not is_upper_division(where) else None
        value = m.group("within") or (place[: inner.end()] if inner else where)
        if _URBAN_AREA.search(value):
            continue  # 位于安溪主城核心区: a part of a town, no town, zone or county (the notice's own county, if any)
        found.append(Attribute("location", value, m.start()))
    for start, name in find_companies(text):
        found.append(Attribute("company", name, start))
    return sorted(found, key=lambda a: a.start)
