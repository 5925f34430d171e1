"""Awards: honours, prizes, titles and selections received by a named recipient (contract § awards).

Read from a verb (荣获 / 获得 / 斩获 / 入选 / 被评为 / 创成 …) with the award after it and the
recipient before it; from 授予 X “Y”称号 and 对X各记三等功; and from rosters and assessment
tiers (award_lists). Quoted names are taken whole; a grade at the end (铜奖, 最高奖) is split
off; a bare grade takes the competition named earlier. One fact per named recipient.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lists import (assessment_awards, commended, graded_heading, graded_item, roster_heading, roster_items,
                          table_rows)
from .parts import award_names, clean_award, holders_title, is_award_like, is_conferred_title, level_of, split_grade
from .recipients import (clean_recipient, entity_of, head_entity, is_generic, persons, resolve_home,
                               split_recipients)
from ..places import document_home
from ..companies import find_companies
from ..dates import find_dates
from ..sentences import Sentence, split_clauses

_VERB = re.compile(
    r"榜上有名|名列其中|荣获|斩获|摘得|夺得|捧得|捧回|蝉联|荣膺|获评为?|获得了?|被评为|评为|被授予|被[\u4e00-\u9fa5]{1,20}?授予|"
    r"入选|入围|被认定为|被命名为|命名为|创成|成为|"
    r"获批(?=[^，,。]*?(?:试点|示范|平台|基地|称号|名单|样板)|(?:首批)?(?:国家级|省级)[^，,。]*?(?:园区|工业园|工厂|城市|企业))|获(?![得批悉取益奖])"
)
_GRANT = re.compile(r"(?<!被)授予(?P<rest>[^，,。；;]+)")
_GROUP = re.compile(r"^(?P<lead>[^“”]{2,30}?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所)"
                    r"(?:同志|开发区|单位|集体|个人|企业|村|镇|科技成果|成果|项目)?")
# 授予“A”、“B”等7项成果市科学技术进步奖一等奖: quoted recipients, then the award
_QUOTED_GROUP = re.compile(r"^(?P<lead>(?:“[^”]{2,40}”[、和及]?)+)(?:等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所)"
                           r"(?:同志|单位|集体|个人|企业|科技成果|成果|项目)?)(?P<award>[^“”]*)$")
_MERIT = re.compile(r"对(?P<recipient>[^，,。]{2,40}?)各?记(?P<award>个人|集体)?(?P<grade>[一二三]等功)")
_ISSUER = re.compile(r"国务院|国家[\u4e00-\u9fa5]{0,4}部|国家[\u4e00-\u9fa5]{2,6}局|(?:工信|工业和信息化|科技|商务|教育|财政|民政|水利|"
                     r"农业农村|生态环境|交通运输|自然资源|文化和旅游|住房和城乡建设|人力资源和社会保障|应急管理)部|省政府|省人民政府|"
                     r"省级有关部门|省[\u4e00-\u9fa5]{1,6}(?:厅|办|委)|市政府|市人民政府|[\u4e00-\u9fa5]{2}市总工会|县政府|县人民政府|区政府|"
                     r"管委会|管理委员会")
# a development zone's management committee confers at the rank of a county (丽水经开区管委会 表彰决定)
_ZONE_BOARD = re.compile(r"管委会|管理委员会")
# the date line that closes a decision: 丽水经济技术开发区管理委员会 / 2021年2月24日
_SIGNATURE = re.compile(r"(?:委员会|政府|办公室|局|厅|委|总工会|院|部|办)\s*\n\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*$")
_BOOK_TITLE = re.compile(r"《[^》]*》")
_PARTICIPLE = re.compile(r"^的")
_SELECTED_ONES = re.compile(r"^(?:(?:企业|单位|项目|对象|者|成果)(?=的|将|可|须|应|需|要|在|按|给予|享受|获得|和|及|[，,。；;]|$)"
                            r"|后|以来|数量|情况|名单的|范围)")
_COMMENTARY = re.compile(r"^(?:这是|这也是|此为|此次是|这标志着)")
# 获评优秀单位 after …“争先创优”考核结果: the tier takes the assessment's name
_TIER_TITLE = re.compile(r"^(?:优秀|先进)(?:单位|集体|个人)?$")
_ASSESSMENT_NAMED = re.compile(r"(?:\d{4}年度?)?(?P<name>[\u4e00-\u9fa5“”]{4,30}?)考核(?:结果)?")
_GROUP_LABEL = re.compile(r"[\u4e00-\u9fa5]{1,8}(?:组|组别|赛道)")  # 产品设计组铜奖: the grade of a group
_TITLE = re.compile(r"关于.*(?:决定|通报|通知|公示|公告)$")
_TITLE_HONOUR = re.compile(r"表彰(?:(?P<year>\d{4})年度)?(?P<honour>[^，,。]{4,40}?)的(?:通报|决定)")
_COMPETITION = re.compile(r"“([^”]{2,30})”|([\u4e00-\u9fa5\d]{2,30}(?:大赛|比赛|竞赛|评选|评比|博览会|挑战赛))")
_LOOK_BACK = re.compile(r"[\u4e00-\u9fa5\d]{0,12}“[^”]+”[^，,。、“”]{0,30}"
                        r"(?:基地|名单|榜单|称号|奖|试点|样板|示范区|企业)")
# what introduces a list named before its members: 工信部公布…, 共认定4家…
_LIST_LEAD = re.compile(r"^.*?(?:公布|发布|认定|命名|公示|印发|确定|评选出?)了?的?|^(?:共|新)?\d+[家个项]")
_UNNAMED = re.compile(r"[\d一二三四五六七八九十两]+(?:个|家|名|镇|人|项|所|位|地)")
_AGGREGATE = re.compile(r"^(?:全市|全县|全省|全区|全镇|各地|各县|各单位)")  # a total, not a recipient
_YEAR_LABEL = re.compile(r"(?:\d{4}[—\-–])?(\d{4})年度")


@dataclass(frozen=True)
class Award:
    award: str
    grade: str | None
    recipient: str | None
    level: str | None
    date: str | None
    evidence: str
    span: tuple[int, int]

    def to_contract(self) -> dict:
        return {"award": self.award, "grade": self.grade, "recipient": self.recipient, "level": self.level,
                "date": self.date, "evidence": self.evidence, "span": list(self.span)}


class _Reader:
    """Reads the awards of one notice; remembers what earlier sentences established."""

    def __init__(self, body: str, sentences: list[Sentence], published: dt.date | None) -> None:
        self.body, self.sentences, self.published = body, sentences, published
        self.lines = body.split("\n")
        self.year_label: str | None = None
        self.line_opening: Sentence | None = None  # the sentence a line opens with: 去年11月，A入选…；B入选…
        closing = re.sub(r"(?:\s*[（(]此件[^）)\n]*[）)]|\s*抄送[:：][^\n]*)+\s*$", "", body.rstrip())
        signature = _SIGNATURE.search(closing[-80:])
        self.signed = _day(signature.group("date")) if signature else None
        self.last_entity: str | None = None
        self.graded_awards: list[str] = []  # awards named with a grade so far (市科学技术进步奖): what a bare grade takes
        self.home = document_home(body)
        honour = _TITLE_HONOUR.search(body)
        self.title_honour = (honour.group("honour"), honour.group("year")) if honour else None

    def make(self, s: Sentence, name: str, grade: str | None, recipient: str, position: int,
             date: str | None = None, level: str | None = None) -> Award:
        m = re.match(r"^(?:\d{4}[—\-–])?(\d{4})年?度?", name)
        award_year = m.group(1) if m and m.end() < len(name) else None
        name = re.sub(r"\s+", "", name[m.end():] if award_year else name)
        if date is None:
            date = event_date(s.text[:position], self.published)
            if date is None and self.line_opening not in (None, s) and self.line_opening.line == s.line:
                opening = find_dates(split_clauses(self.line_opening)[0].text, self.published)
                date = opening[0].value if opening and opening[0].start == 0 else None
            date = date or self.signed or award_year or self.year_label
        if level is None:
            line_prefix = self.body[self.body.rfind("\n", 0, s.start) + 1: s.start + position]
            issuers = _ISSUER.findall(s.text[:position]) or _ISSUER.findall(line_prefix)
            issuer_level = None
            if issuers:
                issuer_level = "county" if _ZONE_BOARD.fullmatch(issuers[-1]) else level_of(issuers[-1])
            level = level_of(name) or issuer_level
        return Award(name, grade, resolve_home(recipient, self.body), level, date, s.text, (s.start, s.end))

    def read(self) -> list[Award]:
        found: list[Award] = []
        table_lines: set[int] = set()
        first_of_line = {}
        for s in self.sentences:
            first_of_line.setdefault(s.line, s)
        for row in table_rows(self.lines):
            s = first_of_line.get(row.line)
            if s is None:
                continue
            table_lines.add(row.line)
            level = level_of(row.award) or (level_of(row.issuer) if row.issuer else None)
            found.append(self.make(s, row.award, None, row.recipient, 0, level=level))
        roster = None
        graded: tuple[str | None, str] | None = None  # (award, grade) of an annex list of winners by grade
        for i, s in enumerate(self.sentences):
            if s.line in table_lines:
                continue
            line = self.lines[s.line]
            heading = roster_heading(s, line)
            if heading:
                roster, graded = heading, None
                continue
            grade_heading = graded_heading(s, line)
            if grade_heading:  # 科学技术进步奖一等奖（2项）: a heading, the award named earlier in full
                award, grade = grade_heading
                named = [a for a in reversed(self.graded_awards) if not award or a.endswith(award)]
                graded, roster = ((named[0] if named else award) or None, grade), None
                continue
            if graded:
                item = graded_item(s)
                if item is not None:
                    if item and graded[0]:
                        found.append(self.make(s, graded[0], graded[1], item, 0))
                    continue
                graded = None
            items = roster_items(s) if roster else None
            if roster and items is not None:
                award, grade, year = roster
                found += [self.make(s, award, grade, item, 0, date=year) for item in items]
                continue
            roster = None
            if i == 0 or self.sentences[i - 1].line != s.line or not self.sentences[i - 1].text.endswith(("；", ";")):
                self.line_opening = s  # its opening date carries over the ；-sentences that follow
            if not _TITLE.search(s.text) and not re.search(r"拟(?:评定|认定|命名|授予)|公示", s.text):
                found += self.sentence_awards(s)
            for m in _YEAR_LABEL.finditer(s.text):
                self.year_label = m.group(1)
            self.last_entity = entity_of(s.text) or self.last_entity
            if i + 1 < len(self.sentences) and self.sentences[i + 1].line != s.line:
                self.last_entity = None
        return _merge(found)

    def sentence_awards(self, s: Sentence) -> list[Award]:
        found: list[Award] = []
        covered: list[tuple[int, int]] = []
        for m in _GRANT.finditer(s.text):
            found += self.granted(s, m)
            covered.append((m.start(), m.end()))
        for m in _MERIT.finditer(s.text):
            award = (m.group("award") or "") + m.group("grade")
            for recipient in split_recipients(m.group("recipient")):
                if clean_recipient(recipient):
                    found.append(self.make(s, award, None, clean_recipient(recipient), m.start()))
            covered.append((m.start(), m.end()))
        for award, recipient, position in commended(s):
            found.append(self.make(s, award, None, recipient, position))
        earlier = self.body[: s.start]
        for a in assessment_awards(s, earlier):
            found.append(self.make(s, a.award, a.grade, a.recipient, 0, date=a.date, level=a.level))
        found += self.verb_awards(s, covered)
        return found

    def granted(self, s: Sentence, m: re.Match) -> list[Award]:
        rest = m.group("rest")
        quote = rest.find("“")
        group = _GROUP.match(rest)
        titled: set[str] = set()
        quoted = _QUOTED_GROUP.match(rest)
        if quote == 0 and quoted and quoted.group("award"):
            # 授予“高效节能电机关键技术”等2项成果市科学技术进步奖一等奖: the quoted 成果 are the recipients
            recipients = [r for r in (clean_recipient(q) for q in re.findall(r"“([^”]{2,40})”", quoted.group("lead"))) if r]
            return self.graded(s, clean_award(quoted.group("award")), recipients, m.start())
        if 0 < quote:
            recipient = group.group("lead") if group and group.end() <= quote else rest[:quote]
            names = re.findall(r"“([^”]{2,40})”", rest)
            titled = set(re.findall(r"“([^”]{2,40})”(?:荣誉)?称号", rest))  # 授予X“Y”称号: Y is a title
        elif group:
            recipient, names = group.group("lead"), [clean_award(n) for n in re.split(r"、|和|及", rest[group.end():])]
        else:
            return []
        recipient = clean_recipient(recipient)
        names = [n for n in names if is_award_like(n) or n in titled]
        if not recipient or not names:
            return []
        if len(names) > 1 and "分别" in s.text[: m.start()]:
            if not self.title_honour:
                return []  # which recipient got which award is not said
            honour, year = self.title_honour
            return [self.make(s, honour, None, recipient, m.start(), date=year)]
        found = []
        for n in names:
            found += self.graded(s, n, [recipient], m.start())
        return found

    def graded(self, s: Sentence, name: str, recipients: list[str], position: int) -> list[Award]:
        """One award per recipient; a bare grade (授予…等5项成果二等奖) takes the award granted just before."""
        bare, grade = split_grade(name)
        if grade and not bare:
            bare = self.graded_awards[-1] if self.graded_awards else ""
        elif grade and bare:
            self.graded_awards.append(bare)
        if not bare:
            return []
        return [self.make(s, bare, grade, r, position) for r in recipients]

    def verb_awards(self, s: Sentence, covered: list[tuple[int, int]]) -> list[Award]:
        found: list[Award] = []
        if not _VERB.search(s.text) or _COMMENTARY.match(s.text):
            return found  # 这是丽水经开区企业首次牵头获得省科学技术进步奖: a comment on an award already read
        subject = None  # the sentence's topic: its first clause that is neither a label nor only a date
        carried: list[str] = []  # who received the honour of the clause before
        for clause in split_clauses(s):
            offset = clause.start - s.start
            verb = _VERB.search(clause.text)
            if not verb or any(a <= offset + verb.start() < b for a, b in covered):
                label = s.text[offset + len(clause.text): offset + len(clause.text) + 1] in (":", "：")
                if subject is None and not (label and len(clause.text) <= 8):
                    whole = clean_recipient(clause.text)
                    # a clause that is all subject (X申报的Y…) is taken whole; else its leading place
                    subject = whole if whole and whole == clause.text.strip("“”") else head_entity(clause.text) or whole
                continue
            obj = clause.text[verb.end():]
            if _PARTICIPLE.match(obj) or (verb.group(0) in ("入选", "入围", "获评") and _SELECTED_ONES.match(obj)):
                continue  # 此次入选的企业将…, 加强对入选企业的指导: the selected ones, not a selection reported
            if verb.group(0) == "成为" and (not is_conferred_title(obj)
                                           or re.search(r"(?:建设|打造|努力|争取|力争|将|要)$", clause.text[: verb.start()])):
                continue
            names = award_names(obj) if obj.strip("。；;，, ") else self.look_back(s.text[:offset])
            before = clause.text[: verb.start()]
            if carried and not before.strip("，, ") :
                recipients = list(carried)  # 舟山市蝉联省“平安市”，捧回“长安杯”: the same subject goes on
            else:
                recipients = self.recipients(before, subject, s.text[:offset])
            if recipients:
                carried = recipients
            position = offset + verb.start()
            for name in names:
                bare, grade = split_grade(name)
                if grade and (not bare or _GROUP_LABEL.fullmatch(bare)):
                    # a bare grade (获金奖, 获产品设计组铜奖): the competition named before, in this sentence or earlier
                    bare = self.competition(s.text[:position]) or self.competition(self.body[: s.start]) \
                        or (self.graded_awards[-1] if self.graded_awards and not bare else None)
                elif _TIER_TITLE.match(bare):
                    assessed = list(_ASSESSMENT_NAMED.finditer(s.text[:position]))
                    if assessed:
                        bare = assessed[-1].group("name") + bare
                if bare and _PLACE_HONOUR.search(bare) and self.home \
                        and not any(_PLACE_NAME.search(r) for r in recipients):
                    # 全域创成全国文明城市: a city's title, and the notice's city took it; a 先进县 / 百强区 a county's
                    county_level = re.search(r"[县区]$|县域", bare)
                    recipients = [(document_home(self.body, ("区", "县")) if county_level else None) or self.home]
                    carried = recipients
                issuers = _ISSUER.findall(obj)  # 入选工业和信息化部第三批…名单: the list's publisher ranks it
                level = None if level_of(bare or "") or not issuers else \
                    ("county" if _ZONE_BOARD.fullmatch(issuers[0]) else level_of(issuers[0]))
                for recipient in recipients if bare else []:
                    found.append(self.make(s, bare, grade, recipient, position, level=level))
        return found

    @staticmethod
    def competition(text: str) -> str | None:
        """The last competition named in `text`, with its division (中国创新创业大赛（浙江赛区）)."""
        named = [m for m in _COMPETITION.finditer(text)
                 if m.group(2) or re.search(r"赛|奖|评选|评比", m.group(1) or "")]
        if not named:
            return None
        m = named[-1]
        name = m.group(1) or m.group(2)
        division = re.match(r"[（(][\u4e00-\u9fa5]{2,8}赛区[）)]", text[m.end():])
        name = re.sub(r"^(?:在|于)?(?:第[一二三四五六七八九十百\d]+届)?", "", name)
        return name + (division.group(0) if division else "")

    def recipients(self, before: str, subject: str | None, earlier: str = "") -> list[str]:
        return [r for r in self._recipients(before, subject, earlier) if not _AGGREGATE.match(r)]

    def _recipients(self, before: str, subject: str | None, earlier: str = "") -> list[str]:
        people = persons(before)
        if people:
            return people
        companies = [name for _, name in find_companies(before)]
        if len(companies) > 1 and "、" in before:
            # 浙江华屹精工科技有限公司、浙江丽锋机械股份有限公司等14家企业入选; but a list of people at their
            # employers (X研究院陈强、Y有限公司陆云峰8人获得…) names more than its companies
            listed = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
            return listed if len(listed) > len(companies) else companies
        entity = entity_of(before)
        if entity:
            return [entity]
        named = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
        if not named and subject and not _UNNAMED.search(before):
            named = [subject]  # the clause has no subject of its own: the sentence's topic
        if not named or all(is_generic(r) for r in named):
            # 该企业曾于2021年入选…: the company the sentence named before, else the paragraph's
            referent = entity_of(earlier) if earlier and re.match(r"^(?:该|本|此)?(?:企业|公司)$", named[0] if named else "") \
                else None
            if referent:
                return [referent]
            return [self.last_entity] if self.last_entity else named
        return named

    @staticmethod
    def look_back(prefix: str) -> list[str]:
        """丽水经开区成功入围, after 共认定4家2023“科创中国”浙江省级创新基地: the award named before."""
        found = _LOOK_BACK.findall(prefix)
        if not found:
            return []
        name = found[-1]
        for _ in range(2):
            name = _LIST_LEAD.sub("", name)
        name = re.sub(r"^(?:第[一二三四五六七八九十\d]+批)?(?=\d)", "", name)
        title = holders_title(name)  # 第三批专精特新“小巨人”企业名单 -> 专精特新“小巨人”企业
        return [title or name]


# titles only places hold (全国文明城市, 国家森林城市, 平安县), and the names of places
_PLACE_HONOUR = re.compile(r"(?:城市|示范市|安全市|模范市|[^企公]市|示范县|强县|先进县|百强县|示范区|强区|百强区|强镇|名镇|"
                           r"名村|卫生乡镇|平安[市县区])[”\"]?$")
_PLACE_NAME = re.compile(r"(?:省|市|县|区|镇|乡|村|州|街道|社区|新区|开发区|经开区|高新区|园区)$")


def awards_in(sentences: list[Sentence], body: str, published: dt.date | None) -> list[Award]:
    return _Reader(body, sentences, published).read()


def _key(award: str) -> str:
    """浙江省级创新基地 and 省级创新基地 name the same award."""
    return re.sub(r"浙江|[“”\"]", "", award)


def _merge(awards: list[Award]) -> list[Award]:
    """One fact per (award, grade, recipient); a generic recipient (丽水经开区企业) gives way to a
    named one for the same award and grade."""
    merged: list[Award] = []
    for a in awards:
        if not a.recipient:
            continue
        same = [b for b in merged if _key(b.award) == _key(a.award) and b.grade == a.grade]
        if any(b.recipient == a.recipient for b in same):
            continue
        generic = next((b for b in same if is_generic(b.recipient)), None)
        if generic and not is_generic(a.recipient):
            date = a.date or generic.date
            if a.date and generic.date and generic.date.startswith(a.date):
                date = generic.date  # the group's 9月 dates the named winner of 2025年…大赛
            merged[merged.index(generic)] = Award(a.award, a.grade, a.recipient, a.level or generic.level,
                                                  date, generic.evidence, generic.span)
        elif is_generic(a.recipient) and same:
            continue
        else:
            merged.append(a)
    return merged


def _day(text: str) -> str | None:
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def event_date(text: str, published: dt.date | None) -> str | None:
    """The date an award is dated by in the text before it: the last date named, or an earlier one that
    says the same more precisely (12月10日，…公布2021年度…名单 -> 2021-12-10); a 年度 label only when no
    event date is named, and never a date inside a document title (《关于2024年度…的决定》)."""
    titles = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)]
    mentions = [d for d in find_dates(text, published)
                if d.value and not any(a <= d.start < b for a, b in titles)]
    events = [d for d in mentions if not text[d.start:d.end].endswith("度")]
    chosen = events or mentions
    if not chosen:
        return None
    best = chosen[-1].value
    for d in chosen[:-1]:
        if d.value.startswith(best) and len(d.value) > len(best):
            best = d.value
    return best
