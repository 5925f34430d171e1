"""What an award mention leaves to the text before it: the competition or graded prize a bare grade
(获一等奖) belongs to, and the list an object-less verb (…成功入选 / 榜上有名) refers to."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..before import matches_before
from .parts import GRADE, PROVINCES, clean_award, holders_title, is_award_like

# (第十三届中国国际农产品交易会: a fair's prizes, 金奖 among them)
_COMPETITION = re.compile(r"“([^”]{2,30})”|([\u4e00-\u9fa5\d]{2,30}(?:选拔赛|大赛|比赛|竞赛|评选|评比|博览会|交易会|挑战赛))")
# 金普新区在企业组比赛中 / 我县选手在全省技能大赛: who took part, then the contest
_SUBJECT_IN = re.compile(r"^[\u4e00-\u9fa5]{1,20}?(?<=[县市区镇乡村司校院者手队业位品])(?:在|于)(?=[\u4e00-\u9fa5\d]{4,})"
                         r"|^[\u4e00-\u9fa5]{0,20}?(?:学生|选手|教师|老师|同学|职工|队员|运动员|员工|技师)[\u4e00-\u9fa5]{2,3}?(?:在|于)(?=[\u4e00-\u9fa5\d]{4,})")  # 丰溪县第一中学学生王明在全国…大赛上: a person at a post
_GROUP_ROUND = re.compile(r"[\u4e00-\u9fa5]{1,6}组(?:比赛|决赛|竞赛)|(?:初赛|复赛|半决赛|总决赛|决赛)"
                          r"|.*[对将为从与和把给向参][本此该这]?届?(?:大赛|比赛|竞赛)"
                          r"|(?:参与|参加)?[\u4e00-\u9fa5]{1,10}项目(?:比赛|决赛|竞赛)")
# (公证处对比赛进行监督: the contest, pointed at; 参与智慧安防项目比赛: an event of it)
# 本次评选 / 此次大赛: a pointer to the competition, not its name
_DEICTIC = re.compile(r"^(?:本次|此次|这次|该|本届|此届|今年|去年|上述|各类|各项)")
# a prize counted by grade: 科学技术进步奖获奖项目共95项，包括一等奖5项 / 自然科学奖一等奖1项
_GRADED_PRIZE = re.compile(rf"(?P<name>[\u4e00-\u9fa5“”]{{2,24}}?奖)(?:获奖(?:项目|成果|人员|单位))?(?:共?\d+[项个名])?"
                           rf"[，,、]?(?:包括|其中|含|分别为|设)?{GRADE}")
_PRIZE = re.compile(r"[\u4e00-\u9fa5“”\d]{3,30}?奖(?![励金品项状章牌杯])")
# (“2025镇域经济500强”: a ranking's list named in quotes, which 上榜 enters)
# (“小巨人”企业是…中小企业中的佼佼者: a definition, its copula no part of a name; the title before it is no list)
_QUOTED_LIST = re.compile(r"[\u4e00-\u9fa5\d]{0,12}“[^”]+”[^，,。、“”是]{0,30}(?:基地|名单|榜单|称号|奖|试点|样板|示范区|企业)(?!是)"
                          r"|“[^“”]{2,30}(?:百强|千强|\d+强)”")
# 公布第四批国家级夜间文化和旅游消费集聚区名单 / 2023年度浙江省科学技术奖获奖名单
_NAMED_LIST = re.compile(r"[\u4e00-\u9fa5\d“”（）()]{4,50}?(?:名单|榜单|名录|排行榜|榜|奖获奖(?:项目|成果|作品))(?!位|样|上)")
# what introduces a list named before its members: 工信部公布…, 共认定4家…
_LIST_LEAD = re.compile(r"^.*?(?:公布|发布|认定|命名|公示|印发|确定|评选出?|评出|揭晓|出炉|纳入|列入|入选|入围)了?的?|^(?:共|新)?\d+[家个项]|^(?:现将|现把|特将|将|把)")
_WINNERS_LIST = re.compile(r"(?<=[奖赛选比])(?:获奖(?:企业|单位|项目|对象|成果|人员|作品|者)(?:名单|榜单|名录)?|"
                           r"(?:获奖|评选结果|评审结果|评比结果)?(?:企业|单位|项目|对象|成果|人员|作品|者)?(?:名单|榜单|名录))$")


def competition(text: str, end: int | None = None) -> str | None:
    """The last competition named in `text`, with its division (中国创新创业大赛（浙江赛区）); with `end`, in
    text[:end], read from one scan of the text (a notice's prefix before each of thousands of winners stays linear)."""
    found = list(_COMPETITION.finditer(text)) if end is None else matches_before(_COMPETITION, text, end, 40)
    end = len(text) if end is None else end
    named = []
    for m in reversed(found):  # (the last two kept: all that is read of them)
        if _a_competition(m, text, end):
            named.insert(0, m)
            if len(named) == 2:
                break
    if not named:
        return None
    m = named[-1]
    if len(named) > 1 and re.match(r"^(?:[（(][^）)]{2,10}[）)])?暨", text[named[-2].end(): m.start()]):
        m = named[-2]  # A大赛（浙江赛区）暨第十届B大赛: the contest is A, B the name it is held under too
    name = m.group(1) or m.group(2)
    division = re.match(r"[（(][\u4e00-\u9fa5]{2,8}赛区[）)]", text[m.end():end])
    name = re.sub(r"^[\u4e00-\u9fa5]{0,8}?(?:结束|举行|举办|闭幕|落幕|召开|开幕)的", "", name)  # 日前结束的X大赛: X
    # 在北校区举行第二届全国技能大赛表彰大会: where and what was held, then the contest
    name = re.sub(r"^[\u4e00-\u9fa5]{0,24}?(?:举行|举办|召开)(?=第[一二三四五六七八九十百\d]+届|\d{4}|“|全国|全省|中国)", "", name)
    name = re.sub(r"^(?:暨|及|和|与)?(?:在|于)?(?:第[一二三四五六七八九十百\d]+届)?", "", _SUBJECT_IN.sub("", name))
    name = re.sub(r"(?<=奖)评选$", "", name)  # 优秀工业新产品奖评选: the prize is the award
    return name + (division.group(0) if division else "")


def _a_competition(m: re.Match, text: str, end: int) -> bool:
    """Whether a match of _COMPETITION in text[:end] names a competition (not a verb, a pointer, a host)."""
    return bool((m.group(2) or re.search(r"赛|奖|评选|评比", m.group(1) or ""))
             and not (m.group(2) and text[m.end(): min(m.end() + 1, end)] in ("出", "为"))  # 最终评选出一等奖2名: a verb
             and not (m.group(2) and re.search(r"(?:在|于|的|参加|获得?|荣获|夺得|宣布|出席|观摩|主持)(?:本次|此次|该)?(?:大赛|比赛|竞赛|评选)$", m.group(2)))
             and not _DEICTIC.match(re.sub(r"^(?:在|于)", "", m.group(1) or m.group(2)))
             and not (m.group(2) and re.match(r"^经过?", m.group(2)))  # 经本届农交会组委会严格评选: how, not what
             and not (m.group(2) and "赛为" in m.group(2))  # 专项赛为大学生创业明星评选: what a part of the contest is
             # 承办第二届全国技能大赛的天津市: the host of another contest, not the one whose prizes are read
             and not (m.group(2) and re.match(r"^(?:承办|申办|筹办)", m.group(2))
                      and text[m.end(): min(m.end() + 1, end)] == "的")
             and not _GROUP_ROUND.fullmatch(_SUBJECT_IN.sub("", m.group(2) or "")))


def graded_prize(text: str, end: int | None = None) -> str | None:
    """The last prize `text` counts by grade (…科学技术进步奖获奖项目共95项，包括一等奖5项): what a later
    bare grade (5个项目获得一等奖) was awarded in; with `end`, in text[:end], read from one scan of the text."""
    found = list(_GRADED_PRIZE.finditer(text)) if end is None else matches_before(_GRADED_PRIZE, text, end, 120)
    return next((_after_verb(m.group("name")) for m in reversed(found)
                 if not _DEICTIC.match(m.group("name")) and not re.search(rf"{GRADE}|包括|其中|获奖", m.group("name"))),
                None)


def _after_verb(name: str) -> str:
    """评定2014年度科学技术进步奖 / “X”获国家科学技术进步奖: the prize's name, without what led to it."""
    name = re.split(r"获得?|荣获|授予|评出|颁发|颁出", _LIST_LEAD.sub("", name))[-1]
    name = re.sub(r"^[\u4e00-\u9fa5（）()]{1,20}?(?:企业|单位|选手|项目|作品|团队)(?:[（(][^）)]*[）)])?在", "", name)  # 以下企业在…中
    return re.sub(r"^(?:近日|日前|在|于|据悉|其中)+", "", name).lstrip("”")


def named_prize(text: str) -> str | None:
    """The last prize `text` names (2023年度丽水市科学技术奖揭晓。): what a later bare grade was awarded in,
    when no competition or graded prize is named."""
    return NamedPrizes(text).before(len(text))


def _prize_name(mention: str) -> str | None:
    name = re.sub(r"^第[一二三四五六七八九十百\d]+届", "", _after_verb(mention))  # 第二十三届中国专利奖: the prize
    return name if len(name) >= 4 and not re.search(rf"{GRADE}$|获奖$|颁奖$|大奖$", name) and not _DEICTIC.match(name) \
        else None


class NamedPrizes:
    """named_prize of each start of one text (body[:cut]), the text scanned once: a bare grade in every line of a
    long notice would rescan all the lines before it.

    The prizes named before `cut` are the whole text's mentions that end before it, and at most one more that the cut
    itself ends (科技奖|励: 奖 right at the cut, the text that follows it out of sight): a mention of at most 31
    characters, found by scanning the last 32 only."""

    def __init__(self, text: str):
        self.text = text
        self.ends: list[int] = []  # where each mention ends
        self.last: list[str | None] = []  # the last prize named up to that mention
        last = None
        for m in _PRIZE.finditer(text):
            last = _prize_name(m.group(0)) or last
            self.ends.append(m.end())
            self.last.append(last)

    def before(self, cut: int) -> str | None:
        k = bisect_left(self.ends, cut)  # mentions ending before the cut read the same in text[:cut]
        at_cut = _PRIZE.search(self.text, max(self.ends[k - 1] if k else 0, cut - 32), cut)
        return (_prize_name(at_cut.group(0)) if at_cut else None) or (self.last[k - 1] if k else None)


# 2023年度清州市“金牌工匠”评选活动落下帷幕，我县A、B获评: the quoted title a selection awards
_SELECTION = re.compile(r"(?:\d{4}年度?)?[\u4e00-\u9fa5]{0,8}“[^”]{2,15}”(?=(?:[\u4e00-\u9fa5]{0,4})评选)")


_SELECTED = r"(?:工程|项目|企业|单位|作品|成果)(?=名单|名录)"
# 第七批…中小企业认定通过名单 / …企业认定名单: the step that made the list is no part of the title it lists
LIST_RESULT = re.compile(r"(?:(?:认定|评定|审核|评审|复核|审定)(?:通过|结果)?|通过)(?=(?:名单|名录)$)")


def named_list(prefix: str) -> list[str]:
    """丽水经开区成功入围, after 共认定4家2023“科创中国”浙江省级创新基地 / 公布第四批…集聚区名单, 我市…入选:
    the list or award named before."""
    # 共有769家企业荣登榜单 / 我市6家企业榜上有名: those who entered a list, not its name
    # (…鲁班奖第二批入选工程名单: the list of the works selected, 入选 no verb of it)
    named = [n for n in _NAMED_LIST.findall(prefix) if not re.search(r"荣登|登上|入选(?!" + _SELECTED + r")|进入|上榜", n)]
    found = _QUOTED_LIST.findall(prefix) or named or _SELECTION.findall(prefix)
    if not found:
        return []
    title = re.search(r"“([^”]{2,40})”(?:荣誉)?称号$", found[-1])
    if title:
        return [title.group(1)]  # 授予A等20个集聚区“2017年度优秀产业集聚区”称号: the quoted title, not who it went to
    if _WITHDRAWN.search(found[-1]):
        return []  # 复查不合格的省级文明单位名单 / 被撤销称号的…名单: those who lost or were warned, no honour
    name = _list_name(found[-1])
    short = _BACK_REFERENCE.match(name)
    if short:  # X省第一批…创建名单正式公布，…列入首批创建名单: the list named in full just before
        fuller = [f for f in map(_list_name, found[:-1]) if f.endswith(short.group("rest")) and len(f) > len(name)]
        name = fuller[-1] if fuller else name
    name = name[1:-1] if re.fullmatch(r"“[^“”]+”", name) else name
    return [name] if len(name) >= 4 else []


# a list of those whose title a review took away, warned about or sent back (docs/contract-conventions.md: no award)
_WITHDRAWN = re.compile(r"不合格|未通过|未达标|撤销|取消|整改|降级|摘牌|警告|黄牌|通报批评")
# 首批创建名单 / 该名单 / 上述榜单: a list the sentence named in full a clause before, pointed at
_BACK_REFERENCE = re.compile(r"^(?:首批|该|此|这一?|上述)(?P<rest>[\u4e00-\u9fa5]{0,8}(?:名单|榜单|名录))$")


def _list_name(name: str) -> str:
    """The honour a list's mention names: its lead (公布…, 共认定4家) set aside, a holders' list as their title."""
    name = LIST_RESULT.sub("", name)  # …中小企业认定通过名单: the list of those who passed, the title's holders
    # 2015年度中国建设工程鲁班奖（国家优质工程）第二批入选工程名单: the prize, its batch and its selected works set aside
    name = re.sub(r"(?<=[奖）)])(?:第[一二三四五六七八九十\d]+批)?入选" + _SELECTED + r"(?:名单|名录)$", "", name)
    name = re.sub(r"^[和及与]", "", name)  # 会议发布了A名单和B名单: the second list, its conjunction left
    name = re.sub(r"^[在于](?=[\u4e00-\u9fa5“\d]{4})", "", name)  # 在第六届X名单中 / 在2017年X榜单中: the list, not where in it
    for _ in range(2):
        name = _LIST_LEAD.sub("", name)
    # 第一批127个中国特色小镇名单 / 首批71家X名单: the count no part of the name, the batch its own
    name = re.sub(r"^(首批|第[一二三四五六七八九十\d]+批)\d+[个家项所](?=[\u4e00-\u9fa5“]{4})", r"\1", name)
    name = re.sub(r"^(?:第[一二三四五六七八九十\d]+批)?(?=\d)", "", name)
    name = re.sub(r"^\d+[个家项所](?=[\u4e00-\u9fa5“]{4})", "", name)
    name = re.sub(r"^(?:最新一?批?的?|新一[批轮]的?)", "", name)  # 公布了最新的X名单: X
    # 此次复查确认继续保留荣誉称号的往届X名单: the title X, the clause that says it was kept set aside
    name = re.sub(r"^[^“”的]{0,30}(?:保留|确认|复查|复核|复评)[^“”的]{0,12}的(?:往届|历届|本届)?(?=[\u4e00-\u9fa5“]{4})", "", name)
    return holders_title(name) or prize_of_list(name) or name  # 第三批专精特新“小巨人”企业名单 -> 专精特新“小巨人”企业


def prize_of_list(name: str) -> str | None:
    """The prize a list of its winners names: 2023年度浙江省科学技术奖获奖名单 -> 2023年度浙江省科学技术奖,
    第二届丽水市工业设计大赛获奖名单 -> 第二届丽水市工业设计大赛; None for a list that names no prize."""
    m = _WINNERS_LIST.search(name)
    return name[: m.start()] if m and m.start() >= 4 else None


# 2018年度福建省政府质量奖 … 荣获省政府质量奖 / 命名第三批国家生态文明建设示范市县 … 被命名为生态文明建设示范市县: the
# level or province a later mention leaves out, written just before the honour's first mention (with its year)
_LEVEL_BEFORE = re.compile(rf"(?:(?P<year>\d{{4}})年度?)?(?:第[一二三四五六七八九十\d]+批)?"
                           rf"(?P<lead>国家级?|全国|中国|省级|(?:{PROVINCES})(?:省|自治区)?)$")
_LEVEL_LEAD = re.compile(rf"^(?:国家|全国|中国|省级|(?:{PROVINCES})|[\u4e00-\u9fa5]{{1,4}}(?:省|市|县|区)(?!政府))")


def fuller_name(name: str, text: str, end: int) -> tuple[str, str | None] | None:
    """(the honour's full name, the year it was named with) when the text before `end` names `name` with a level or a
    province just before it; None when it does not, or `name` leads with a level or place of its own."""
    if len(name) < 4 or _LEVEL_LEAD.match(name):
        return None
    # 第二批名镇名村, after 入选第二批广东省名镇名村: the level or province stands between the batch and the title
    batch = BATCH_LEAD.match(name)
    rest = name[batch.end():] if batch else name
    at = end
    for _ in range(20):  # the last few mentions are enough
        at = text.rfind(rest, 0, at)
        if at <= 0 or len(rest) < 4:
            return None
        m = _LEVEL_BEFORE.search(text, max(0, at - 16), at) or _PROVINCE_SHORT.search(text, max(0, at - 2), at)
        if m and m.group("lead") == "省" and not rest.startswith("“"):
            m = None  # 省“百千万工程”典型县: the province's bare 省 only before a quoted name (not 节省, 各省)
        if m and not batch:
            return m.group("lead") + name, m.group("year")
        if m and text.endswith(batch.group(0) + m.group("lead"), 0, at):
            return batch.group(0) + m.group("lead") + rest, m.group("year")
    return None


def full_title(short: str, text: str) -> str | None:
    """The full name of a title a heading names by its head alone (示范乡), as `text` last named it: the title itself
    (乡村振兴“十百千”示范县), or the title with the kinds of its holders listed after it (乡村振兴“十百千”示范县、乡、村
    names 示范乡 too); None when `text` names no longer title of that head."""
    stem, kind = short[:-1], short[-1]
    for m in reversed(list(re.finditer(re.escape(stem) + r"(?P<kinds>[县乡镇村区市](?:[、和及][县乡镇村区市])*)", text))):
        if kind not in m.group("kinds")[::2]:
            continue
        lead = _TITLE_LEAD.search(text, max(0, m.start() - 24), m.start())
        name = _TITLE_VERB.sub("", lead.group(0)) if lead else ""
        if len(name) >= 2:
            return name + short
        return None
    return None


# the words of a title's name before its head, up to a 的 or a verb (此次筛选的乡村振兴“十百千”示范县: 乡村振兴“十百千”)
_TITLE_LEAD = re.compile(r"(?:(?:“[^“”]{1,12}”)|(?![的了为是在和与及])[\u4e00-\u9fa5]){2,16}$")
# 确定乡村振兴“十百千”示范县 / 决定表彰先进县 / 开展…试点县建设: the verb that decided, honoured or set to work on the
# title is no part of its name (outside quotes)
# (创建 / 推进 stay: 森林城市创建先进县 names a title with them)
_TITLE_VERB = re.compile(r"^(?:[^“”]*?(?:确定|公布|发布|认定|命名|表彰|开展|评选出?|评出|决定|授予|揭晓|筛选出?|遴选出?))+了?")


_PROVINCE_SHORT = re.compile(r"(?:^|(?<=[^\u4e00-\u9fa5]|[了的和及与在全本我]))(?P<year>)(?P<lead>省)$")
def other_batch(name: str, other: str) -> bool:
    """Whether `other` is another batch of the title `name` names (第一批名镇名村 / 第二批广东省名镇名村): both lead with a
    batch, and what follows the other's batch is this one's title, a level or a province before it at most."""
    mine, theirs = BATCH_LEAD.match(name), BATCH_LEAD.match(other)
    if not mine or not theirs or mine.group(0) == theirs.group(0):
        return False
    rest, other_rest = name[mine.end():], other[theirs.end():]
    lead = other_rest[: len(other_rest) - len(rest)]
    return len(rest) >= 4 and other_rest.endswith(rest) and (not lead or bool(_LEVEL_BEFORE.fullmatch(lead)))


BATCH_LEAD = re.compile(r"^(?:第[一二三四五六七八九十\d]+批|首批)(?![\u4e00-\u9fa5]?(?:名单|榜单|名录)$)")


# “绿水青山就是金山银山”实践创新基地（“两山”基地）: a short form in brackets after the honour's full name, with its head noun
_SHORT_FORM = re.compile(r"[（(](?:以下)?(?:简称)?(?P<short>[^（()）“”，,。；;]{0,6}“[^”（()）]{1,10}”[^（()）“”，,。；;]{0,8})[）)]")
_NOT_IN_NAME = re.compile(r"[，,。；;：:（()）\n]")
_OPEN_LIST = re.compile(r"[和及、](?=[^“”]*(?:“|$))")  # 和 / 及 / 、 outside quotes: where the last name of a list starts


def short_forms(body: str) -> dict[str, str]:
    """{short form: full name} for each honour a notice names in full with its short form in brackets after it."""
    found: dict[str, str] = {}
    for m in _SHORT_FORM.finditer(body):
        lead = body[max(0, m.start() - 60): m.start()]
        lead = _NOT_IN_NAME.split(lead)[-1]
        full = clean_award(_OPEN_LIST.split(_after_verb(lead))[-1])
        short = m.group("short")
        if len(short) < len(full) and short[-2:] == full[-2:] and is_award_like(full):
            found[short] = full
    return found
