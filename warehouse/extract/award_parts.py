"""Pieces of an award mention: award names after the verb, the grade, the recipient, the level."""
from __future__ import annotations

import re

GRADE = (r"(?:特等奖|一等奖|二等奖|三等奖|金奖|银奖|铜奖|优秀奖|优胜奖|最高奖|提名奖|特别奖|大奖|金牌|银牌|铜牌|"
         r"一等功|二等功|三等功)")
_GRADE_END = re.compile(rf"{GRADE}$")
_TRAILER = re.compile(r"(?:等)?(?:荣誉称号|称号|殊荣|荣誉|奖项)$|等$|[\d一二三四五六七八九十]+(?:个|家|项|名|人)$")
_LEADER = re.compile(r"^(?:了|由[^“”]*?的|为|成为|首批|第[一二三四五六七八九十\d]+批次?)+")
_QUOTED_LIST = re.compile(rf"“([^”]{{2,40}})”({GRADE})?")
_AWARDISH = re.compile(
    r"奖|称号|荣誉|名单|榜|示范|试点|样板|基地|平台|企业|城市|名城|公园|先进|优秀|标兵|模范|冠军|金牌|第一|大赛|"
    r"单位|集体|个人|县|镇|村|案例|品牌|名录|中心|星级|A级|景区|认证|小巨人|功|园区|工程|城镇|乡村"
)
_NOT_AWARD = re.compile(r"^(?:较好|显著|良好|明显|一定|新的|更|很|大量|资金|支持|资助|补助|授权|专利|批复|通过|感|成功)")
_TIME_LEAD = re.compile(
    r"^(?:去年|今年|前年|\d{4}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|近日|日前|近年来|目前|"
    r"其中|同时|此外|另外|经评审|并|且|我县|我市|我省|我区|这次|本次|在)+"
)
_TRAIL_ADVERB = re.compile(r"(?:成功|先后|分别|均|已|再次|连续\d+年|正式|共|也|还|被|又|首次|一举|顺利|同时|都|将|一并)+$")
_COMPANY = re.compile(r"[\u4e00-\u9fa5（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团)")
_COMPANY_LEAD = re.compile(r"^.*(?:企业|公司|的|由|与|和|是)")
_IS_A = re.compile(r"^(?:[^，,:：]{0,6}[:：])?([\u4e00-\u9fa5]{2,12})是一[家所个座]")
_GENERIC = re.compile(r"^(?:[\u4e00-\u9fa5]{0,6}(?:企业|公司)|学校|我们|单位|其|他|她|他们|项目|该项目|该企业|该公司|"
                      r"丽水经开区企业)$")
_LEVELS = (
    ("national", re.compile(r"国家级|全国|国家|中国|国务院|部$|部主办")),
    ("provincial", re.compile(r"省级|全省|[\u4e00-\u9fa5]{2}省|省")),
    ("municipal", re.compile(r"市级|全市|市")),
    ("county", re.compile(r"县级|全县|县|区级|区")),
)
_EXPLICIT_LEVEL = re.compile(r"(国家|省|市|县|区)级")


def split_grade(name: str) -> tuple[str, str | None]:
    """'浙江省改革突破奖铜奖' -> ('浙江省改革突破奖', '铜奖'); '二等奖' -> ('', '二等奖')."""
    m = _GRADE_END.search(name)
    if not m:
        return name, None
    return name[: m.start()].rstrip("的"), m.group(0)


def _clean_award(name: str) -> str:
    name = name.strip()
    for _ in range(3):
        name = _TRAILER.sub("", name).strip()
    return name


def award_names(text: str) -> list[str]:
    """Award names after a verb: a quoted list (“A”、“B”等殊荣) or the rest of the clause."""
    text = _LEADER.sub("", text.strip().rstrip("。！？；;!?"))
    quote_at = text.find("“")
    if quote_at >= 0 and (quote_at == 0 or text[quote_at - 1] == "的"):
        names = [q + (g or "") for q, g in _QUOTED_LIST.findall(text[quote_at:])]
        tail = text[quote_at:]
        if len(names) == 1 and not re.match(rf"^“[^”]+”(?:{GRADE})?(?:等|称号|荣誉|殊荣|$)", tail):
            names = [_clean_award(tail)]  # “科创中国”浙江省级创新基地: the quote is part of the name
        return [n for n in names if n]
    name = _clean_award(re.split(r"[（(]", text)[0])
    if name in ("名单", "名录", "称号", "榜单") or len(name) < 2 or len(name) > 40 or _NOT_AWARD.match(name) or not (_AWARDISH.search(name) or _GRADE_END.search(name)):
        return []
    return [name]


_SUBJECT_END = re.compile(r"现有|拥有|是一|作为|通过|代表|申报|积极|主动|围绕|依托|坚持|紧扣|立足")


def clean_recipient(text: str | None) -> str | None:
    if not text:
        return None
    text = _TIME_LEAD.sub("", text.strip())
    cut = _SUBJECT_END.search(text)
    if cut and cut.start() >= 2:
        text = text[: cut.start()]
    text = _TRAIL_ADVERB.sub("", text).strip()
    text = re.sub(r"同志$", "", text)
    return text if len(text) >= 2 else None


def entity_of(text: str) -> str | None:
    """A company or organisation named in `text` (浙江珏芯微电子有限公司), or X of 'X是一家…'."""
    m = _COMPANY.search(text)
    if m:
        name = _COMPANY_LEAD.sub("", m.group(0))
        if len(name) >= 4:
            return name
    m = _IS_A.match(text)
    return m.group(1) if m else None


def is_generic_recipient(text: str) -> bool:
    return bool(_GENERIC.match(text))


def level_of(text: str) -> str | None:
    """national / provincial / municipal / county from the award name or the awarding body."""
    explicit = _EXPLICIT_LEVEL.search(text)
    if explicit:
        return {"国家": "national", "省": "provincial", "市": "municipal", "县": "county", "区": "county"}[explicit.group(1)]
    best: tuple[int, str] | None = None
    for level, pattern in _LEVELS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), level)
    return best[1] if best else None
