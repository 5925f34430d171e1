"""Who received an award: cleaned, split into one name per recipient, resolved (我市 -> 龙泉市)."""
from __future__ import annotations

import re
from collections import Counter

from ..companies import find_companies
from ..places import document_home, gazetteer, home_place, known_place_at

_TIME_LEAD = re.compile(
    r"^(?:去年|今年|前年|\d{4}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|近日|日前|近年来|目前|"
    r"其中|同时|此外|另外|经评审|并|且|这次|本次|此次|在|对|经过|由)+"
)
_TRAIL = re.compile(r"(?:成功|以高分|以优异成绩|以全省第一|先后|分别|均|已|再次|连续\d+年|正式|共|也|还|被|又|首次|一举|顺利|同时|都|将|一并|并列|"
                    r"各|曾经?(?:于|在)?|(?:曾经?|已|先后)?(?:于|在)?\d{4}年度?(?:\d{1,2}月)?(?:\d{1,2}日)?)+$")
_SUBJECT_END = re.compile(r"现有|拥有|是|作为|通过|凭借|依靠|在|位列|位居|排名|积极|主动|围绕|依托|坚持|紧扣|立足|GDP|增速|城镇化率|总投资|计划投资|占地|用地|[^\u4e00-\u9fa5“”()（）]")
_COUNT_ONLY = re.compile(r"(?<!\d)\d+\s*(?:个|家|名|镇|人|项|所|位|地)|[一二三四五六七八九十两]+(?:个|家|名|位)(?:同志)?$")
_LEAD_OF_GROUP = re.compile(r"^(?P<lead>.+?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所)")
_IS_A = re.compile(r"^(?:[^，,:：]{0,6}[:：])?([\u4e00-\u9fa5]{2,12})是一[家所个座]")
_GENERIC = re.compile(r"^(?:(?!.*(?:有限|股份)公司)[\u4e00-\u9fa5]{0,6}(?:企业|公司)|学校|我们|单位|其|他|她|他们|项目|该项目)$")
_PLACE_TAIL = re.compile(r"^[\u4e00-\u9fa5]{2,8}(?:市|县|区|镇|乡|街道)$")
# annex labels, publication notes and date lines of a decision: never a recipient
_FURNITURE = re.compile(r"^(?:附件[\d一二三四五六七八九十]*|[（(]?此件.*|\d{4}年\d{1,2}月\d{1,2}日)$")
_HOME = {"我市": "市", "我县": "县", "我区": "区"}


# words that open a clause or sum up, never the name of who received an honour
_NOT_A_NAME = re.compile(r"^(?:据了解|据悉|据介绍|总计|共计|合计|其中|此外|另外|同时|目前|近期|近日|日前|今年|去年|全年|"
                         r"连续[\d一二三四五六七八九十两]*年|辖区)$")


# 社会大局保持稳定 / 都市区建设提速推进: a statement about the place, not its name
_PREDICATE = re.compile(r"保持|稳定|提升|提速|推进|加快|实现|取得|持续|不断|显著|明显|全面|深入|进一步|大幅|改善|优化|增强")
# 在城市能级方面 / 今年全市: a topic or a total, never who received an honour
_TOPIC = re.compile(r"(?:方面|领域)$|(?:^|年)全(?:市|县|区|省|镇)$|增长|增速|下降|比重|总量|总值")


def clean_recipient(text: str | None) -> str | None:
    """Strip dates, adverbs and trailing verbs around a recipient; None when nothing named is left."""
    if not text or len(text) > 120:
        return None  # nobody's name runs that long: a clause, not a recipient
    text = _TIME_LEAD.sub("", _unquote(text))
    # X研究院陈强2人 (the last of a list, with the list's head count): the count is not part of the name
    text = re.sub(r"(?<=[\u4e00-\u9fa5]{4})[\d一二三四五六七八九十两]+(?:人|名|位)$", "", text)
    text = re.sub(r"^(?:我县|我市|我区|我省)(?=[\u4e00-\u9fa5]{2,}(?:镇|乡|街道|村)$)", "", text)
    text = re.sub(r"(?:[一二三四五六七八九十两\d]+[位名个])?同志$", "", text)
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
    text = re.sub(r"(?:[一二三四五六七八九十两\d]+[位名个])?同志$", "", text)
    # 我市连续四年 / 辖区经济连续第: how often, not who
    text = re.sub(r"(?:经济)?连续(?:第)?[\d一二三四五六七八九十两]*(?:年|届|次|轮)?(?:第)?$", "", text).strip()
    if len(text) < 2 or _COUNT_ONLY.search(text) or _FURNITURE.match(text) or _NOT_A_NAME.match(text) \
            or _TOPIC.search(text) or _PREDICATE.search(text):
        return None
    return text


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


def outside_quotes_split(text: str) -> list[str]:
    """Split at 、 (and at 和 between two quoted titles, or between “A”“B”) where no quote is open:
    “A、B研究” is one title."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "“《") - (ch in "”》")
        if depth <= 0 and (ch == "、" or ch in "和及与" and text[i - 1: i] == "”" and text[i + 1: i + 2] == "“"):
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


def city_home(body: str) -> str | None:
    """The city a notice is about when it never writes its full name: 温州网讯 … 温州大都市区 -> 温州市."""
    home = document_home(body)
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
    home = document_home(body, ("区", "县"))
    if home:
        return home
    named = {m.group("county") for m in _CITY_COUNTY.finditer(body) if not re.match(r"[全辖市城主老新]", m.group("county"))}
    return named.pop() if len(named) == 1 else None


def resolve_home(recipient: str, body: str) -> str:
    """我市 -> the city the notice names most (龙泉市); kept as written when unclear."""
    suffix = _HOME.get(recipient)
    if not suffix:
        return recipient
    return home_place(body, suffix) or recipient


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
    return m.group(0) if m else None


def is_statement(text: str) -> bool:
    """社会大局保持稳定 / 都市区建设提速推进: a clause that says how things went, not who did."""
    return bool(_PREDICATE.search(text))


def is_generic(text: str) -> bool:
    return bool(_GENERIC.match(text))


# 浙江明泰轴承有限公司技师周丽萍: a person named after the job title that follows the employer
_PERSON = re.compile(r"(?:高级技师|技师|高级工程师|工程师|高级工|技术员|职工|员工|工人|教师|医生|护士|主任|经理|厂长|"
                     r"董事长|总经理|班组长|组长)(?P<name>[\u4e00-\u9fa5]{2,3})$")


def persons(text: str) -> list[str]:
    """People listed before a verb, each after an employer and a job title; [] unless every item is one."""
    parts = [re.sub(r"(?:等)?[\d一二三四五六七八九十两]+(?:人|名|位)(?:同志)?$", "", p.strip())
             for p in re.split(r"[、，,]", _TIME_LEAD.sub("", text.strip())) if p.strip()]
    found = [_PERSON.search(p) for p in parts]
    return [m.group("name") for m in found] if found and all(found) else []
