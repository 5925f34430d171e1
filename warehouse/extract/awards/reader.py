"""Awards: honours, prizes, titles and selections received by a named recipient (contract § awards).

Read from a verb (荣获 / 获得 / 斩获 / 入选 / 被评为 / 创成 …) with the award after it and the
recipient before it; from 授予 X “Y”称号 and 对X各记三等功; from rosters, grade lists and assessment
tiers (lists), and pasted tables (tables). Quoted names are taken whole; a grade at the end (铜奖, 最高奖)
is split off; a bare grade takes the competition or prize named earlier (earlier). A review's honours with
no subject are its place's. One fact per named recipient (facts).
"""
from __future__ import annotations

import datetime as dt
import re

from .dating import day_of, event_date
from .earlier import competition, graded_prize, named_list, named_prize
from .facts import Award, merge_awards
from .lists import (assessment_awards, commended, graded_heading, graded_item, graded_lists, holders_of_titles,
                    roster_heading, roster_items, titled_line, winners_line)
from .tables import table_rows
from .wording import (AGGREGATE, ASSESSMENT_HELD, ASSESSMENT_NAMED, COMMENTARY, COUNTED_OBJECT, DESIGNATE, GRADE_TALLY, GRANT, GROUP, GROUP_LABEL,
                      HONOURED, ISSUER, LIST_POINTER, LISTED_AFTER, MERIT, NOT_REACHED, PARTICIPLE, PRIZE_TALLY,
                      PRIZE_VERB, PRIZES_COUNTED, PROPOSED, QUOTED_GROUP, RESTATED, SELECTED_ARE, SELECTED_ONES,
                      SIGNATURE, THIS_HONOUR, TIER_ONLY, TIER_TITLE, TITLE, TITLE_HONOUR, UNNAMED, VERB, YEAR_LABEL, ZONE_BOARD)
from .parts import award_names, clean_award, is_award_like, is_conferred_title, issuer_level, level_of, split_grade
from .recipients import (city_home, clean_recipient, counted_list, county_home, entity_of, head_entity, is_generic, is_statement,
                         outside_quotes_split, persons, resolve_home, split_recipients)
from ..companies import find_companies
from ..dates import find_dates
from ..sentences import Sentence, split_clauses


class _Reader:
    """Reads the awards of one notice; remembers what earlier sentences established."""

    def __init__(self, body: str, sentences: list[Sentence], published: dt.date | None) -> None:
        self.body, self.sentences, self.published = body, sentences, published
        self.lines = body.split("\n")
        self.year_label: str | None = None
        self.line_opening: Sentence | None = None  # the sentence a line opens with: 去年11月，A入选…；B入选…
        closing = re.sub(r"(?:\s*[（(]此件[^）)\n]*[）)]|\s*抄送[:：][^\n]*)+\s*$", "", body.rstrip())
        signature = SIGNATURE.search(closing[-80:])
        self.signed = day_of(signature.group("date")) if signature else None
        self.last_entity: str | None = None
        self.graded_awards: list[str] = []  # awards named with a grade so far (市科学技术进步奖): what a bare grade takes
        self.home = city_home(body)
        honour = TITLE_HONOUR.search(body)
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
            issuers = ISSUER.findall(s.text[:position]) or ISSUER.findall(line_prefix)
            issuer_level = None
            if issuers:
                issuer_level = "county" if ZONE_BOARD.fullmatch(issuers[-1]) else level_of(issuers[-1])
            level = level_of(name) or issuer_level
        holder = resolve_home(recipient, self.body)
        if holder in ("我市", "我县", "我区") and self.home and self.home.endswith(holder[-1]):
            holder = self.home  # 我县, in a notice that names its county once or twice
        return Award(name, grade, holder, level, date, s.text, (s.start, s.end))

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
            award = row.award or self.prize_before(first_of_line[min(table_lines)])  # a grade column only
            if award:  # the awarding body's rank, else the award's own words (the table's 授奖单位 column decides)
                level = (issuer_level(row.issuer) if row.issuer else None) or level_of(award)
                found.append(self.make(s, award, row.grade, row.recipient, 0, level=level))
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
                award = (named[0] if named else award) or (roster[0] if roster else self.prize_before(s))
                graded, roster = (award or None, grade), None
                continue
            by_grade = graded_lists(s)
            if by_grade:  # 一等奖：A、B, in a roster or after the contest was named
                award, year = (roster[0], roster[2]) if roster else (graded[0] if graded else None, None)
                award = award or self.prize_in(s.text[: by_grade[0][2]]) or self.prize_before(s)
                if award:
                    self.graded_awards.append(award)  # 二等奖1项：“C” in the next sentence is the same prize's
                    found += [self.make(s, award, grade, w, position, date=year) for grade, winners, position in by_grade
                              for w in winners]
                    continue
            if graded:
                item = graded_item(s)
                if item is not None:
                    if item and graded[0]:
                        found.append(self.make(s, graded[0], graded[1], item, 0))
                    continue
                graded = None
            items = roster_items(s, self.next_line(s.line)) if roster else None
            if roster and items is not None:
                award, grade, year = roster
                found += [self.make(s, award, grade, item, 0, date=year) for item in items]
                continue
            roster = None
            winners = winners_line(s)
            prize = self.prize_before(s) if winners else None
            if prize:  # 获奖单位：A、B after the prize was named
                found += [self.make(s, prize, None, w, 0) for w in winners]
                continue
            titled = titled_line(s, line)
            if titled:  # 省级文明村：龙现村、陈家铺村
                found += [self.make(s, titled[0], None, holder, 0) for holder in titled[1]]
                continue
            if i == 0 or self.sentences[i - 1].line != s.line or not self.sentences[i - 1].text.endswith(("；", ";")):
                self.line_opening = s  # its opening date carries over the ；-sentences that follow
            if not TITLE.search(s.text) and not PROPOSED.search(s.text):
                found += self.sentence_awards(s)
            for m in YEAR_LABEL.finditer(s.text):
                self.year_label = m.group(1)
            self.last_entity = entity_of(s.text) or self.last_entity
            if i + 1 < len(self.sentences) and self.sentences[i + 1].line != s.line:
                self.last_entity = None
        return merge_awards(found)

    def next_line(self, line: int) -> str:
        """The next line with text after `line` ('' at the end)."""
        return next((t for t in self.lines[line + 1:] if t.strip()), "")

    @staticmethod
    def prize_in(text: str) -> str | None:
        """The contest or prize a sentence names before the winners it lists."""
        return competition(text) or graded_prize(text) or named_prize(text)

    def prize_before(self, s: Sentence) -> str | None:
        """The contest or prize a list of winners by grade belongs to: the last one named before it."""
        before = self.body[: s.start]
        listed = named_list(before)
        return competition(before) or graded_prize(before) or (listed[0] if listed else None) \
            or (self.graded_awards[-1] if self.graded_awards else None)

    def sentence_awards(self, s: Sentence) -> list[Award]:
        found: list[Award] = []
        covered: list[tuple[int, int]] = []
        for m in GRANT.finditer(s.text):
            found += self.granted(s, m)
            covered.append((m.start(), m.end()))
        for m in DESIGNATE.finditer(s.text):
            designated = self.designated(s, m)
            if designated:
                found += designated
                covered.append((m.start(), m.end()))
        for m in MERIT.finditer(s.text):
            award = (m.group("award") or "") + m.group("grade")
            for recipient in split_recipients(m.group("recipient")):
                if clean_recipient(recipient):
                    found.append(self.make(s, award, None, clean_recipient(recipient), m.start()))
            covered.append((m.start(), m.end()))
        for award, recipient, position in commended(s, self.title_honour[0] if self.title_honour else None):
            found.append(self.make(s, award, None, recipient, position))
        earlier = self.body[: s.start]
        for a in assessment_awards(s, earlier):
            found.append(self.make(s, a.award, a.grade, a.recipient, 0, date=a.date, level=a.level))
        found += self.verb_awards(s, covered)
        if not found:
            found += [self.make(s, title, None, holder, position) for title, holder, position in holders_of_titles(s)]
        return found

    def granted(self, s: Sentence, m: re.Match) -> list[Award]:
        rest = m.group("rest")
        quote = rest.find("“")
        group = GROUP.match(rest)
        titled: set[str] = set()
        quoted = QUOTED_GROUP.match(rest)
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
        colon = re.search(r"[:：](?P<items>[^。；;]+)", s.text[m.start():])
        if re.match(r"^(?:以下|下列|如下)", recipient) and colon:
            # 授予以下单位“X”称号：A、B、C: the recipients follow the colon
            recipients = [r for r in (clean_recipient(p) for p in outside_quotes_split(colon.group("items"))) if r]
        else:  # 授予城关镇、东坑镇“X”称号: each one named
            recipients = [r for r in (clean_recipient(p) for p in split_recipients(recipient)) if r] \
                or [r for r in [clean_recipient(recipient)] if r]
        names = [n for n in names if is_award_like(n) or n in titled]
        if not recipients or not names:
            return []
        if len(names) > 1 and "分别" in s.text[: m.start()]:
            if not self.title_honour:
                return []  # which recipient got which award is not said
            honour, year = self.title_honour
            return [self.make(s, honour, None, r, m.start(), date=year) for r in recipients]
        found = []
        for n in names:
            found += self.graded(s, n, recipients, m.start())
        return found

    def designated(self, s: Sentence, m: re.Match) -> list[Award]:
        """认定A等3个乡（镇）为省级森林城镇: the holders named before 为, the title after it."""
        award = clean_award(m.group("award"))
        if not is_award_like(award) or PROPOSED.search(s.text[: m.start()]):
            return []
        group = GROUP.match(m.group("rest"))
        lead = group.group("lead") if group else m.group("rest")
        recipients = [r for r in (clean_recipient(p) for p in split_recipients(lead)) if r]
        return self.graded(s, award, recipients, m.start()) if recipients else []

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
        if not VERB.search(s.text) or COMMENTARY.match(s.text):
            return found  # 这是丽水经开区企业首次牵头获得省科学技术进步奖: a comment on an award already read
        subject = None  # the sentence's topic: its first clause that is neither a label nor only a date
        carried: list[str] = []  # who received the honour of the clause before
        graded_here: list[str] = []  # prizes this sentence named with a grade: …获一等奖，…获二等奖
        for clause in split_clauses(s):
            offset = clause.start - s.start
            verb = VERB.search(clause.text)
            if not verb or any(a <= offset + verb.start() < b for a, b in covered):
                label = s.text[offset + len(clause.text): offset + len(clause.text) + 1] in (":", "：")
                if subject is None and not (label and len(clause.text) <= 8):
                    whole = clean_recipient(clause.text)
                    # a clause that is all subject (X申报的Y…) is taken whole; else its leading place
                    # (温州大都市区建设提速推进 says how a place fares, it names no holder)
                    subject = whole if whole and whole == clause.text.strip("“”") else \
                        None if is_statement(clause.text) else head_entity(clause.text) or whole
                continue
            obj = clause.text[verb.end():]
            selected = SELECTED_ARE.match(obj)
            if selected:  # 入选的企业有A、B / 获奖的单位为：A、B: the list named before, its members after
                listed = LISTED_AFTER.match(s.text[offset + len(clause.text):])
                after = selected.group("items") or (listed.group("items") if listed else "")
                members = [r for r in (clean_recipient(p) for p in outside_quotes_split(after)) if r]
                prize = named_list(self.body[self.body.rfind("\n", 0, s.start) + 1: s.start + offset])
                found += [self.make(s, prize[0], None, r, offset + verb.start()) for r in members if prize]
                continue
            if PARTICIPLE.match(obj) or (verb.group(0) in ("入选", "入围", "获评", "上榜") and SELECTED_ONES.match(obj)):
                continue  # 此次入选的企业将…, 加强对入选企业的指导: the selected ones, not a selection reported
            if verb.group(0) == "成为" and (not is_conferred_title(obj) or RESTATED.search(obj)
                                           or re.search(r"(?:建设|打造|努力|争取|力争|将|要)$", clause.text[: verb.start()])):
                continue  # 成为大会颁出的3个…一等奖之一: the award just read, said again
            if NOT_REACHED.search(clause.text[: verb.start()]):
                continue  # 力争成功创建…, 争取入选…: an aim, not an honour received
            tally = obj.rstrip("。；;，, ")
            if (PRIZE_TALLY.search(tally) and not GRADE_TALLY.search(tally) or PRIZES_COUNTED.match(tally)) and (re.search(r"总计|累计|共计|合计|共", clause.text[: verb.start()])
                                                             or _PLACE_NAME.search(clean_recipient(clause.text[: verb.start()]) or subject or "")):
                continue  # 黑龙江省获得国家自然科学奖2项: a count of prizes won across a region
            titled = not PRIZE_VERB.fullmatch(verb.group(0))
            remark = re.sub(r"[（(][^）)]*[）)]", "", obj).strip("。；;，, ")  # 上榜（排名不分先后）
            pointer = not remark or LIST_POINTER.match(obj)  # 成功入选 / 入选名单如下: the list named before
            paragraph = self.body[self.body.rfind("\n", 0, s.start) + 1: s.start + offset]
            if PRIZES_COUNTED.match(remark):  # 哈尔滨工业大学获得7个奖项: prizes of the award the notice is about
                prize = named_prize(self.body[: s.start + offset])
                names = [prize] if prize else []
            elif THIS_HONOUR.match(remark):  # 对…先进集体进行表彰，我县城关镇获此殊荣: the honour just named
                honoured = list(HONOURED.finditer(paragraph))
                names = [clean_award(honoured[-1].group("honour") or honoured[-1].group("quoted"))] if honoured else []
            else:
                names = named_list(paragraph) if pointer else award_names(obj, titled)
            before = clause.text[: verb.start()]
            listed = LISTED_AFTER.match(s.text[offset + len(clause.text):])
            if listed and not self._named(before) and (listed.group("lead") or listed.group("named") or UNNAMED.search(before)
                                                      or re.search(r"(?:的(?:还)?有|分别是|分别为|如下)$", clause.text)):
                # 我市5家企业入选，分别是：A、B / 获得“X”称号的有：A、B: the members follow the colon
                recipients = [r for r in (clean_recipient(p) for p in outside_quotes_split(listed.group("items"))) if r]
            elif carried and not before.strip("，, "):
                recipients = list(carried)  # 舟山市蝉联省“平安市”，捧回“长安杯”: the same subject goes on
            else:
                recipients = self.recipients(before, subject, s.text[:offset], self.body[max(0, s.start - 300): s.start])
            if recipients:
                carried = recipients
            position = offset + verb.start()
            if "分别" in before and len(recipients) == 1 < len(names):
                pair = [clean_recipient(p) for p in re.split(r"[和与及]", recipients[0])]
                if len(pair) == len(names) and all(pair):
                    recipients = pair  # A和B分别荣获X和Y: one each
            respective = "分别" in before and len(names) == len(recipients) > 1  # A、B分别获评X、Y
            for k, name in enumerate(names):
                holders = [recipients[k]] if respective else recipients
                bare, grade = split_grade(name)
                if grade and bare and not GROUP_LABEL.fullmatch(bare):
                    graded_here.append(bare)
                elif grade:
                    # a bare grade (获金奖, 获产品设计组铜奖): the competition named before, in this sentence or earlier
                    bare = competition(s.text[:position]) or (graded_here[-1] if graded_here else None) \
                        or graded_prize(s.text[:position]) \
                        or competition(self.body[: s.start]) or graded_prize(self.body[: s.start]) \
                        or (self.graded_awards[-1] if self.graded_awards and not bare else None) \
                        or named_prize(self.body[: s.start + position])
                elif TIER_ONLY.match(bare):
                    # 在…考核中获评优秀（等次）: the assessment is the award, its tier the grade
                    assessed = list(ASSESSMENT_HELD.finditer(s.text[:position]))
                    bare, grade = (assessed[-1].group("name"), TIER_ONLY.match(bare).group("tier")) if assessed \
                        else (None, None)
                elif TIER_TITLE.match(bare):
                    assessed = list(ASSESSMENT_NAMED.finditer(s.text[:position]))
                    if assessed:
                        bare = assessed[-1].group("name") + bare
                unnamed = UNNAMED.search(before) or COUNTED_OBJECT.search(obj.rstrip("。；;，, "))  # 苍南县2镇获…
                if bare and self.home and (not holders and not unnamed or _PLACE_HONOUR.search(bare)
                                           and not any(_PLACE_NAME.search(r) for r in holders)):
                    # 获评中国天然氧吧 with no subject: a review's honours are its place's (the notice's city or county)
                    # 全域创成全国文明城市: a city's title, and the notice's city took it; a 先进县 / 百强区 a county's
                    county_level = re.search(r"[县区]$|县域", bare)
                    holders = [(county_home(self.body) if county_level else None) or self.home]
                    carried = holders
                issuers = ISSUER.findall(obj)  # 入选工业和信息化部第三批…名单: the list's publisher ranks it
                level = None if level_of(bare or "") or not issuers else \
                    ("county" if ZONE_BOARD.fullmatch(issuers[0]) else level_of(issuers[0]))
                for recipient in holders if bare else []:
                    found.append(self.make(s, bare, grade, recipient, position, level=level))
        return found

    @staticmethod
    def _named(before: str) -> bool:
        """Whether the text before a verb names who received the honour (not 我市5家企业, not nothing)."""
        named = [clean_recipient(p) for p in split_recipients(before)]
        return any(r and not is_generic(r) and not re.fullmatch(r"我[市县区省]", r) for r in named)

    def recipients(self, before: str, subject: str | None, earlier: str = "", above: str = "") -> list[str]:
        return [r for r in self._recipients(before, subject, earlier, above) if not AGGREGATE.match(r)]

    def _recipients(self, before: str, subject: str | None, earlier: str = "", above: str = "") -> list[str]:
        people = persons(before)
        if people:
            return people
        counted = [r for r in (clean_recipient(p) for p in counted_list(before)) if r]
        if len(counted) > 1:
            return counted
        companies = [re.sub(r"^(?:和|及|与|以及)", "", name) for _, name in find_companies(before)]
        if len(companies) > 1 and "、" not in before:
            return companies  # 枣庄创新山水水泥有限公司和山东辛化硅胶有限公司: two firms joined by 和
        if len(companies) > 1:
            # 浙江华屹精工科技有限公司、浙江丽锋机械股份有限公司等14家企业入选; but a list of people at their
            # employers (X研究院陈强、Y有限公司陆云峰8人获得…) names more than its companies
            listed = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
            return listed if len(listed) > len(companies) else companies
        entity = entity_of(before)
        if entity:
            return [entity]
        named = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
        if not named and subject and not UNNAMED.search(before):
            named = [subject]  # the clause has no subject of its own: the sentence's topic
        if not named or all(is_generic(r) for r in named):
            # 该企业曾于2021年入选…: the company the sentence named before, else the paragraph's
            pronoun = re.match(r"^(?:该|本|此)?(?:企业|公司)$", named[0] if named else "")
            # 该企业曾于2021年入选…: the company this sentence named before, else the one the lines above named
            named_above = find_companies(above) if pronoun else []
            referent = (entity_of(earlier) if earlier else None) or (named_above[-1][1] if named_above else None) \
                if pronoun else None
            if referent:
                return [referent]
            if self.last_entity:
                return [self.last_entity]
            return [self.home] if self.home and named and all(r in ("我们", "我市", "我县", "我区") for r in named) else named
        return named


# titles only places hold (全国文明城市, 国家森林城市, 平安县), and the names of places
_PLACE_HONOUR = re.compile(r"(?:城市|示范市|安全市|模范市|模范城|[^企公]市|示范县|强县|先进县|百强县|模范县|生态县|试点县|示范区|强区|百强区|"
                           r"先进区|强镇|名镇|之乡|氧吧|"
                           r"名村|卫生乡镇|平安[市县区]|激励)[”\"]?$")
_PLACE_NAME = re.compile(r"(?:省|市|县|区|镇|乡|村|州|街道|社区|新区|开发区|经开区|高新区|园区)$")


def awards_in(sentences: list[Sentence], body: str, published: dt.date | None) -> list[Award]:
    return _Reader(body, sentences, published).read()
