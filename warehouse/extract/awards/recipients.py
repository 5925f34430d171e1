"""Who received an award: cleaned, split into one name per recipient, resolved (我市 -> 龙泉市)."""
from __future__ import annotations

import re
from collections import Counter

from ..companies import find_companies
from ..places import document_home, gazetteer, home_place, known_place_at

_TIME_LEAD = re.compile(
    r"^(?:(?:本报|[\u4e00-\u9fa5]{2,6}网)讯\s*|去年|今年|前年|\d{4}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|近日|日前|近年来|目前|"
    r"其中|同时|此外|另外|经评审|并|且|这次|本次|此次|在|对|经过|由)+"
)
_TRAIL = re.compile(r"(?:成功|以高分|高分|喜|同样|再次|光荣|以优异成绩|以全省第一|先后|分别|均|已|再次|连续\d+年|正式|共|也|还|被|又|首次|一举|顺利|同时|都|将|一并|并列|"
                    r"各|曾经?(?:于|在)?|(?:曾经?|已|先后)?(?:于|在)?\d{4}年度?(?:\d{1,2}月)?(?:\d{1,2}日)?)+$")
_SUBJECT_END = re.compile(r"现有|拥有|缘何|为何|如何|以(?=争创|创建|打造|优异|全省|全市|第一|高分|总分|综合|获评)|是|作为|通过|凭借|依靠|在|位列|位居|排名|积极|主动|围绕|依托|坚持|紧扣|立足|GDP|增速|城镇化率|总投资|计划投资|占地|用地|[^\u4e00-\u9fa5“”()（）]")
# 苍南县2镇 / 3个产业集群 / 福州三家企业: a count of holders, nobody named
_COUNT_ONLY = re.compile(r"(?<!\d)\d+\s*(?:个|家|名|镇|人|项|所|位|地)|[一二三四五六七八九十两]+(?:个|家|名|位)(?:同志)?$"
                         r"|[一二三四五六七八九十两多]+(?:个|家|名|位|所|户)(?:企业|单位|公司|乡镇|村|镇|项目|集体|个人|学校|园区|产品)$")
_LEAD_OF_GROUP = re.compile(r"^(?P<lead>.+?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所)")
_IS_A = re.compile(r"^(?:[^，,:：]{0,6}[:：])?([\u4e00-\u9fa5]{2,12})是一[家所个座]")
# 丽水经开区企业 / 该公司: no name; 县供电公司 is one body (a county's utility, named by what it supplies)
_GENERIC = re.compile(r"^(?:(?!.*(?:有限|股份)公司)(?![县市区](?:供电|供水|自来水|燃气|公交|邮政|烟草|电信|移动|联通|城投))"
                      r"[\u4e00-\u9fa5]{0,6}(?:企业|公司)|学校|我们|单位|其|他|她|他们|项目|该项目)$")
_PLACE_TAIL = re.compile(r"^[\u4e00-\u9fa5]{2,8}(?:市|县|区|镇|乡|街道)$")
# annex labels, publication notes and date lines of a decision: never a recipient
_FURNITURE = re.compile(r"^(?:附件[\d一二三四五六七八九十]*|[（(]?此件.*|\d{4}年\d{1,2}月\d{1,2}日)$")
_HOME = {"我市": "市", "我县": "县", "我区": "区"}


# words that open a clause or sum up, never the name of who received an honour
_NOT_A_NAME = re.compile(r"^(?:据了解|据悉|据介绍|总计|共计|合计|其中|此外|另外|同时|目前|近期|近日|日前|今年|去年|全年|"
                         r"连续[\d一二三四五六七八九十两]*年|辖区)$")


# 社会大局保持稳定 / 都市区建设提速推进: a statement about the place, not its name
_PREDICATE = re.compile(r"保持|稳定|雄厚|传来|捷报|佳绩|公布了|发布了|角逐|比拼|提升|提速|推进|加快|实现|取得|持续|不断|显著|明显|全面|深入|进一步|大幅|改善|优化|增强")
# 在城市能级方面 / 今年全市: a topic or a total, never who received an honour
_TOPIC = re.compile(r"(?:方面|领域)$|(?<=建设|工作|发展|管理|服务)上$|(?:获奖|评选|评审|考核|比赛|活动)中$|(?:^|年)全(?:市|县|区|省|镇)$|增长|增速|下降|比重|总量|总值|产量|产值|总产")


def clean_recipient(text: str | None) -> str | None:
    """Strip dates, adverbs and trailing verbs around a recipient; None when nothing named is left."""
    if not text or len(text) > 120:
        return None  # nobody's name runs that long: a clause, not a recipient
    text = re.sub(r"[（(](?:女|男|已故|追授)[）)]$", "", _TIME_LEAD.sub("", _unquote(text)))  # 陈薇（女）
    # X研究院陈强2人 (the last of a list, with the list's head count): the count is not part of the name
    text = re.sub(r"(?<=[\u4e00-\u9fa5]{4})[\d一二三四五六七八九十两]+(?:人|名|位)$", "", text)
    text = re.sub(r"^(?:我县|我市|我区|我省)(?=[\u4e00-\u9fa5]{2,}(?:镇|乡|街道|村)$)", "", text)
    if re.match(r"^(?:我县|我市|我区|我省)(?:\d+家|两家)?(?:国家级|省级|市级)", text):
        return None  # 我市国家级科技企业孵化器: the place's holders of a rank, none named
    text = re.sub(r"(?:[一二三四五六七八九十两\d]+[位名个])?同志$", "", text)
    text = re.sub(r"^包括(.{2,40}?)在内.*$", r"\1", text)  # 包括A景区在内的20家景区: A
    text = without_place_lead(text)
    group = _LEAD_OF_GROUP.match(text)
    if group:
        text = group.group("lead")  # 嘉善县姚庄镇等23个单位: only the named lead
    elif _COUNT_ONLY.search(text):
        return None  # 苍南县2镇, 3个产业集群: nobody is named
    cut = next((m for m in _SUBJECT_END.finditer(text) if text.count("“", 0, m.start()) <= text.count("”", 0, m.start())),
               None)  # inside a quoted title (“2.0MW全功率…”) nothing ends the name
    if cut and cut.start() >= 2:
        text = text[: cut.start()]
    text = _TRAIL.sub("", text).strip()
    text = re.sub(r"^(?:我县|我市|我区)(?=[\u4e00-\u9fa5]{2,3}$)(?![\u4e00-\u9fa5]*[镇乡村区县市])", "", text)  # 我县王青    text = re.sub(r"(?:[一二三四五六七八九十两\d]+[位名个])?同志$", "", text)
    # 我市连续四年 / 辖区经济连续第: how often, not who
    text = re.sub(r"(?:经济)?连续(?:第)?[\d一二三四五六七八九十两]*(?:年|届|次|轮)?(?:第)?$", "", text).strip()
    bare = re.sub(r"“[^”]*”", "", text)  # 化工院的“…综合优化…研究”: words inside a quoted title say nothing
    if len(text) < 2 or _COUNT_ONLY.search(bare) or _FURNITURE.match(text) or _NOT_A_NAME.match(text) \
            or _TOPIC.search(bare) or _PREDICATE.search(bare):
        return None
    return text


_PLACE_HAS = re.compile(r"^[\u4e00-\u9fa5]{2,8}?[省市县区镇乡]共?有(?![色限机])(?=[\u4e00-\u9fa5“]{4,})")


def without_place_lead(text: str) -> str:
    """石门县有湖南A有限公司 -> 湖南A有限公司: the place that has the holder leads into its name."""
    return _PLACE_HAS.sub("", text)


def _unquote(text: str) -> str:
    """Drop an unbalanced quote left at either end by a sentence quoted as a whole."""
    text = text.strip()
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    if text.endswith("”") and "“" not in text:
        text = text[:-1]
    return text.strip()


# …、B陈强2人 / …、E申报的“Y”5个项目: a list that counts its own members names every one of them
_COUNTED_LIST = re.compile(r"(?<=[”\u4e00-\u9fa5A-Za-z)）])[\d一二三四五六七八九十两]+(?:个|名|人|家|位|项|所|地|县|镇|村)"
                           r"[\u4e00-\u9fa5]{0,4}$")


def counted_list(text: str) -> list[str]:
    """The members of a list that ends with its own head count (A、B2人; A、B、C3个项目), as written; [] else."""
    text = _TIME_LEAD.sub("", text.strip())
    m = _COUNTED_LIST.search(text)
    if not m or "等" in text[max(0, m.start() - 1): m.start()]:
        return []
    parts = outside_quotes_split(text[: m.start()])
    return parts if len(parts) > 1 else []


# …的“B工艺开发”和青河公司（的）“C系统集成”: after a quoted title, 和 opens the next owner's title
_OWNED_TITLE = re.compile(r"^[\u4e00-\u9fa5（）()]{2,24}“[^”]+”")


_TITLE_BEFORE = re.compile(r"”(?:项目|成果)?$")


def outside_quotes_split(text: str) -> list[str]:
    """Split at 、 (and at 和 between two quoted titles, or between “A”“B”) where no quote is open:
    “A、B研究” is one title."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "“《") - (ch in "”》")
        if depth <= 0 and (ch == "、" or ch in "和及与" and text[i - 1: i] == "”" and text[i + 1: i + 2] == "“"
                           or ch in "和及与" and _TITLE_BEFORE.search(text[max(0, i - 3): i]) and _OWNED_TITLE.match(text[i + 1:])):
            parts.append(text[start:i])
            start = i + 1
        elif ch == "“" and depth == 1 and text[i - 1: i] == "”" and i > start:  # “A”“B”: two titles side by side
            parts.append(text[start:i])
            start = i
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def split_recipients(text: str) -> list[str]:
    """'矾山镇、藻溪镇' -> two recipients; 'A(…)与杭州市滨江区、…等' -> each named one."""
    parts = outside_quotes_split(text)
    if parts:
        head = parts[0]
        m = re.match(r"^(.{4,}?(?:\)|）)?)[与和](?P<place>[\u4e00-\u9fa5]{2,10})$", head)
        if m and _PLACE_TAIL.match(m.group("place")):
            parts = [m.group(1), m.group("place")] + parts[1:]
    parts = [re.sub(r"等.*$", "", p) for p in parts]
    return [p for p in parts if len(p) >= 2]


_CITY_COUNTY = re.compile(r"[\u4e00-\u9fa5]{2}市(?P<county>[\u4e00-\u9fa5]{2}[区县])")


# 文明县城 / 全国文明城市 / 工作先进县: a title's words read as a place (文明县, 明城市, 先进县)
_TITLE_STEM = re.compile(r"^(?:先进|文明|示范|百强|卫生|园林|森林|生态|模范|标兵|明城|自治区$|[冠亚季]军)|城市$|县市|市县|县区")


def _place_like(name: str | None, body: str) -> str | None:
    """`name` unless it is only a piece of a title (文明县 of 全国文明县城, 明城市 of 全国文明城市)."""
    if not name or name in gazetteer().known:
        return name
    if _TITLE_STEM.search(name) or all(body[m.end(): m.end() + 1] == "城" for m in re.finditer(re.escape(name), body)):
        return None
    return name


def city_home(body: str) -> str | None:
    """The city a notice is about when it never writes its full name: 温州网讯 … 温州大都市区 -> 温州市."""
    home = _place_like(document_home(body), body)
    if home:
        return home
    counts = Counter()
    for city in gazetteer().cities:
        counts[city] = body.count(city[:-1])
    named = [(n, c) for c, n in counts.items() if n >= 2]
    return max(named)[1] if named and sum(1 for n, _ in named if n == max(named)[0]) == 1 else None


def county_home(body: str) -> str | None:
    """The county-level place a notice is about: the one it names most, else the one it names under its
    city (绵阳市涪城区 named once in a district's work report)."""
    home = _place_like(document_home(body, ("区", "县")), body)
    if home:
        return home
    named = {m.group("county") for m in _CITY_COUNTY.finditer(body) if not re.match(r"[全辖市城主老新]", m.group("county"))}
    return named.pop() if len(named) == 1 else None


def resolve_home(recipient: str, body: str) -> str:
    """我市 -> the city the notice names most (龙泉市); kept as written when unclear."""
    suffix = _HOME.get(recipient)
    if not suffix:
        return recipient
    return _place_like(home_place(body, suffix), body) or recipient


def entity_of(text: str) -> str | None:
    """A company named in `text` (浙江珏芯微电子有限公司), or X of 'X是一家…'."""
    companies = find_companies(text)
    if companies:
        return companies[0][1]
    m = _IS_A.match(text)
    return m.group(1) if m else None


def head_entity(clause: str) -> str | None:
    """The place or body a clause starts with: '景宁GDP增速全省第二' -> 景宁, '我市城镇化率…' -> 我市."""
    clause = _TIME_LEAD.sub("", _unquote(clause))
    m = re.match(r"^(?:我市|我县|我区|我省)", clause) or known_place_at(clause)
    if m:
        return m.group(0)
    m = re.match(r"^[\u4e00-\u9fa5]{2,10}?(?:经开区|开发区|高新区|(?<!都)市|县|区|镇)", clause)
    # 高邮通过全市上下…: the clause goes on past the place (全市 is a total, 通过 a verb)
    return m.group(0) if m and not re.search(r"全[市县区镇]$|通过|作为|凭借|依托", m.group(0)) else None


def is_statement(text: str) -> bool:
    """社会大局保持稳定 / 都市区建设提速推进: a clause that says how things went, not who did."""
    return bool(_PREDICATE.search(text))


def is_generic(text: str) -> bool:
    return bool(_GENERIC.match(text))


# 浙江明泰轴承有限公司技师周丽萍: a person named after the job title that follows the employer
_PERSON = re.compile(r"(?:高级技师|技师|高级工程师|工程师|高级工|技术员|职工|员工|工人|教师|医生|护士|主任|经理|厂长|"
                     r"董事长|总经理|班组长|组长|完成人|负责人|教授|研究员|运动员|教练员|所长|站长|局长|科长|校长|院长|"
                     r"总监|班长|队长|书记|支书|车工|焊工|钳工|调解员|网格员|民警|护士长|主任医师|医师|"
                     r"学院|学校|大学|中学|小学)(?P<name>[\u4e00-\u9fa5]{2,3})$(?<![部科处室组站队所厂院局校])")


def persons(text: str) -> list[str]:
    """People listed before a verb, each after an employer and a job title; [] unless every item is one."""
    parts = [re.sub(r"(?:等)?[\d一二三四五六七八九十两]+(?:人|名|位)(?:同志)?$", "", p.strip())
             for p in re.split(r"[、，,]", _TIME_LEAD.sub("", text.strip())) if p.strip()]
    found = [_PERSON.search(p) for p in parts]
    return [m.group("name") for m in found] if found and all(found) else []
