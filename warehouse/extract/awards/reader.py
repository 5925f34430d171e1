"""Awards: honours, prizes, titles and selections received by a named recipient (contract § awards).

Read from a verb (荣获 / 获得 / 斩获 / 入选 / 被评为 / 创成 …) with the award after it and the
recipient before it; from 授予 X “Y”称号 and 对X各记三等功; from rosters, grade lists and assessment
tiers (lists), and pasted tables (tables). Quoted names are taken whole; a grade at the end (铜奖, 最高奖)
is split off; a bare grade takes the competition or prize named earlier (earlier). A review's honours with
no subject are its place's. One fact per named recipient (facts).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

from .dating import day_of, event_date
from .earlier import BATCH_LEAD, NamedPrizes, competition, full_title, fuller_name, graded_prize, named_list, named_prize, other_batch, short_forms
from .facts import Award, merge_awards, same_holder
from .lists import (PENDING, _is_list_title, annex_line, honour_title, assessment_awards, remarked_entry, commended, counted_titles, flat_roster, graded_heading, graded_item, graded_lists, holders_of_titles, kind_members, praised_members,
                    respective_titles, roster_entries, roster_heading, table_below, titled_line, winners_column, winners_line)
from .rosters import (decided_below, headed_roster, lead_in, notice_below, numbered_title, page_furniture, roster_category, roster_lead_refuses, titled_list,
                      withheld_part)
from .tables import table_rows
from .wording import (COUNTED_COLON, LIST_COUNTED_COLON, LIST_PUBLISHED, ONES_LISTED, AGGREGATE, ASSESSMENT_HELD, ASSESSMENT_NAMED, COMMENTARY, COUNTED_MEMBERS, COUNTED_OBJECT, DECIDED, DESIGNATE,
                      DESIGNATE_GOES_ON, GIVEN, GRADE_TALLY, GRANT, GRANT_GOES_ON, GROUP, GROUP_LABEL, HOLDERS_AFTER,
                      HONOURED, ISSUER, LIST_POINTER, LISTED_AFTER, MERIT, NAVIGATION, NOT_REACHED, PARTICIPLE, PARTICIPLE_LIST,
                      PRESENTED, PRIZE_TALLY, PRIZE_VERB, PRIZES_COUNTED, PROPOSED, QUOTED_GROUP, RESTATED, SELECTED_ARE,
                      SELECTED_ONES, SIGNATURE, THESE_ARE, THIS_HONOUR, TIER_ONLY, TIER_TITLE, TITLE, TITLE_HONOUR, UNNAMED, VERB,
                      YEAR_LABEL, ZONE_BOARD)
from .parts import (COUNT, FIRST_OF, GRADE, PERSON_TIMES, TALLY_TAIL, TITLE_HEAD, PROVINCES, award_names, clean_award, is_award_like, is_conferred_title, issuer_level, level_of,
                    names_no_title, split_grade)
from .recipients import (SURNAMES, city_home, clean_recipient, media_home, counted_list, county_home, entity_of, head_entity, is_generic, is_statement,
                         outside_quotes_split, persons, resolve_home, split_recipients, without_place_lead,
                         without_time_lead)
from ..companies import find_companies
from ..places import gazetteer, known_place_at
from ..dates import find_dates
from ..numbers import parse_numeral
from ..script import unglossed
from ..sentences import Clause, Sentence, split_clauses, split_sentences


class _Reader:
    """Reads the awards of one notice; remembers what earlier sentences established."""

    def __init__(self, body: str, sentences: list[Sentence], published: dt.date | None) -> None:
        self.body, self.sentences, self.published = body, sentences, published
        self.lines = body.split("\n")
        self.furniture = page_furniture(self.lines)  # (a caption under each picture: never a holder)
        self.year_label: tuple[str, int] | None = None  # (year, line) of the last 年度 label read
        self.line_opening: Sentence | None = None  # the sentence a line opens with: 去年11月，A入选…；B入选…
        # (each repeat of the pattern holds 此件 or 抄送: without them the body's end is as it is, and the scan is skipped)
        closing = re.sub(r"(?:\s*[（(]此件[^）)\n]*[）)]|\s*抄送[:：][^\n]*)+\s*$", "", body.rstrip()) \
            if "此件" in body or "抄送" in body else body.rstrip()
        signature = SIGNATURE.search(closing[-80:])
        if signature is None and "日\n" in body:  # a decision signed and dated above the roster it annexes
            inside = list(_SIGNED_ABOVE.finditer(body))
            signature = inside[-1] if inside else None
        if signature is not None and signature.groupdict().get("inline") and not _decision_text(closing):
            signature = None  # 近日，东岭村被评为X。…丰溪县林业局2024年3月9日: a news item's posting line, no decision's day
        signed = (signature.groupdict().get("inline") and "inline" or "date") if signature else "date"
        self.signed = day_of(signature.group(signed)) if signature else None
        signer = signature.string[: signature.start(signed)].rstrip().rsplit("\n", 1)[-1].strip() if signature else ""
        if signed == "inline":  # (a signature run into the last sentence: its words after the last comma)
            signer = re.split(r"[，,。；;\s]", signer)[-1]
        self.last_entity: str | None = None
        self.zones: dict[str, str | None] = {}  # the one zone of a kind the notice names in full (zone_named)
        self.units: dict[str, str | None] = {}  # the hospital or school the notice is about (what 该院 / 该校 names)
        self.naming: list[tuple[Sentence, str]] | None = None  # the names under a line that ends on 命名, before its 为
        self.cut_list: tuple[int, list[str]] | None = None  # (line, places) of a verbless list a ； cut
        self.earlier_contests: dict[int, str | None] = {}  # the contest the notice named before a sentence (its start)
        self.before: Sentence | None = None  # the sentence before, in the same line
        self.dangling: str | None = None  # a work the sentence before left at its end, after its last verb, before a ；
        self.granting = False  # the sentence before granted titles and ended with ；
        # what the sentence before leaves to this one: ("these", honours) after 我县4家单位获评X (这4家单位分别是：…),
        # ("more", honours) after a list of holders that a ； cut (…分别是：A、B；C、D。)
        self.pending: tuple[str, list[tuple[str, str | None, str | None]]] | None = None
        self.unnamed: list[tuple[str, str | None, str | None]] = []  # honours a counted group received, nobody named
        # (honours, sentence, line) of the last sentences whose counted group no one named (我市4家企业入选X)
        self.unnamed_groups: list[tuple[list[tuple[str, str | None, str | None]], str, int]] = []
        self.between: dict[tuple[int, int], bool] = {}  # whether the lines between two lines name a date (dated_between)
        self.counted_dates: dict[str, tuple[str | None, int]] = {}  # (date, line) of each honour a counted group received
        self.prizes: NamedPrizes | None = None  # the prizes the body names, scanned on first need
        self.graded_awards: list[str] = []  # awards named with a grade so far (市科学技术进步奖): what a bare grade takes
        self.villages: set[str] = set()  # the villages among the holders read so far (kept as they are read: no rescan)
        self.read_so_far: list[tuple[Award, int]] = []  # the honours the sentences before reported (what 也获此殊荣 points to)
        reported, byline = _district_report(body), media_home(body)
        self.home = reported or city_home(body) or byline
        # the homes read from a byline (来源：X县融媒体中心) or a town's or street's year summary: the place of a
        # subjectless honour only when no other holder is near (other_named)
        self.weak_homes = {h for h in (byline, reported if "工作总结" in body[:400] else None) if h}
        self.counties: set[str] | None = None  # the counties the notice names (other_named; read once, when asked)
        # 农业农村部发布了…候选名单的公示通知: what is selected in this notice is proposed, not conferred
        opening = body[:300]
        # (…、候选名单公示等程序 / 经公示: the 公示 is over, what the notice reports is the final list)
        self.proposed_list = bool(_PROPOSED_LIST.search(opening)) and not re.search(
            r"公示(?:期满|无异议|结束|等程序|等环节|等流程|后)|(?:经过?|完成)[^，,。；;]{0,12}公示", opening)
        self.honours_before: tuple[int, set[str]] = (-1, set())  # (line, honours) of the sentence read last
        self.group_leads: list[Award] = []  # the first holder of each counted group a decision named (A等24个县)
        self.honours_of: tuple[int, str] | None = None  # (line, holder) of the last line whose honours went to one holder
        self.tallied: tuple[int, list[str]] | None = None  # (line, body) that counted its prizes before a ； (verb_awards)
        self.prior_holder: str | None = None  # the one holder of the sentence just before's honours (并获得… goes on)
        self.contexts: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # what the text before a place gives
        self.ranks: dict[str, str] = {}  # the level each honour was first given in this notice
        self.short_forms = short_forms(body) if "（“" in body or "(“" in body or "简称" in body else {}
        honour = TITLE_HONOUR.search(body)
        self.title_honour = (honour.group("honour"), honour.group("year")) if honour else None
        title_line = next((t for t in self.lines[:5] if t.strip()), "")
        self.plan = bool(_PLAN_TITLE.search(title_line))  # 关于印发2024年工作要点的通知: a plan, what it lists is work to do
        # 关于2024年度全市文明单位的公示: a notice of a proposal, the rosters in it are candidates
        self.proposal = bool(_PROPOSAL_TITLE.search(title_line.strip()))
        # the rank of the body that issued the notice: named in its title line (丰溪县农业农村局关于公布…的通知), else
        # the body that signed it
        own = _OWN_ISSUER.match(body)
        signed_by = own.group("body") if own else signer if _ISSUING_BODY.fullmatch(signer) else None
        self.own_rank = issuer_level(signed_by) if signed_by else None

    def make(self, s: Sentence, name: str, grade: str | None, recipient: str, position: int,
             date: str | None = None, level: str | None = None) -> Award:
        name = re.sub(r"\s+", "", name)  # “2020 年四川省茶叶十强县”: a space inside a title is no part of it
        name = self.short_forms.get(name, name)  # “两山”基地, after …实践创新基地（“两山”基地）: the full name
        m = re.match(r"^(?:\d{4}年?[—\-–~～至]+)?(\d{4})年?度?(?:周期)?", name)  # (2017-2019周期X: the cycle's last year)
        award_year = m.group(1) if m and m.end() < len(name) else None
        # 佛山市高明区2020年度纳税大户: the year a place's title is named for, after the place (the name kept whole)
        inner = _PLACE_YEAR.match(name) if not award_year else None
        name = re.sub(r"\s+", "", name[m.end():] if award_year else name)
        # 省政府质量奖, after 授予…2018年度福建省政府质量奖: the level (and year) the honour was first named with
        full = fuller_name(name, self.body, s.start + position)
        name, named_in = full if full else (self.unabbreviated(name, s.start + position), None)
        cycle = _CYCLE.search(s.text) if date is None and "周期" in s.text else None
        if cycle:
            date = cycle.group("last")  # 命名2017——2019周期国家卫生乡镇: a period takes its last year
        if date is None:
            date = self.context(s, position)[0]
            if date is None and self.line_opening not in (None, s) and self.line_opening.line == s.line:
                opening = find_dates(split_clauses(self.line_opening)[0].text, self.published)
                date = opening[0].value if opening and opening[0].start == 0 else None
            if award_year and date and len(date) == 4:
                # 乌林村荣膺“2022年中国美丽休闲乡村”“2021年湖北省先进基层党组织”: a title's own year over a bare year the
                # sentence names (12月，…公布2022年度…名单 keeps its day of publication)
                date = award_year
            # a 年度 label dates the honours of its own paragraph (2013年度，…决定对A记三等功); a headline's or another
            # paragraph's label is no date of theirs (NOTES: headings are not used)
            label = self.year_label[0] if self.year_label and self.year_label[1] == s.line else None
            counted = self.counted_dates.get(_LIST_WORD_END.sub("", name)) if date is None else None
            if counted and counted[0] and 0 < s.line - counted[1] <= 6 and not self.dated_between(counted[1], s.line):
                date = counted[0]  # …我市21个村被认定为X。 / 21个被认定的X分别为：A、B: the group's date
            date = date or self.signed or award_year or named_in or label or (inner.group("year") if inner else None)
        if level is None:
            level = level_of(name) or self.context(s, position)[1]
            if level is None and _DING.search(name):
                level = "provincial"  # 大禹鼎, 平安金鼎, 科技创新鼎: the 鼎 honours are the province's (its cities give 杯)
            # …实践创新基地 given by 生态环境部 in the lead, the same honour in a later paragraph: one honour, one rank
            level = level or self.ranks.get(name) or self.batch_rank(name)
        if level:
            self.ranks.setdefault(name, level)
        holder = resolve_home(recipient, self.body)
        if holder in ("我市", "我县", "我区", "我镇", "我乡", "我旗") and self.home and self.home.endswith(holder[-1]):
            holder = self.home  # 我县, in a notice that names its county once or twice
        elif holder in ("该县", "该区", "该市", "該縣", "該區", "該市"):
            # 该县致力于…，获评X: the place of that kind the notice is about
            place = self.home if self.home and self.home.endswith(holder[-1]) else county_home(self.body)
            holder = place if place and place.endswith(holder[-1]) else holder
        elif holder in _BODY_POINTED:
            # 柘城县农业农村局深入贯彻…。…该局荣获A、B: the body of that kind the text named last (none named: no holder)
            holder = self.body_named_before(holder, s.start + position) or holder  # (none named: as written, 该局)
        elif holder in ("该院", "该校", "本院", "本校"):
            holder = self.unit_home(holder[-1]) or holder  # 该院荣获…, in a notice about 市人民医院: the hospital
        elif holder in _ZONE_KINDS:
            holder = self.zone_named(holder) or holder  # 高新区获批X, in a report on 慈湖高新区: that zone
        return Award(name, grade, holder, level, date, s.text, (s.start, s.end))

    def other_named(self, s: Sentence, position: int, home: str, county_title: bool = False) -> bool:
        """Whether a holder other than `home` (a place, a village, a firm, a person or a pronoun) is named in the
        sentence before `position` or in the sentence before it, or another county anywhere in the notice (only that,
        for a county's title: 全省工业稳增长先进县 is no firm's)."""
        if self.counties is None:
            self.counties = {m.group(1) for m in _COUNTY_NAMED.finditer(self.body)}
        counties = self.counties - {home}
        if counties or county_title:
            return bool(counties)
        earlier = self.body[max(0, s.start - 300): s.start].rstrip("。！？!?；;\n ")
        near = re.split(r"[。！？!?；;\n]", earlier)[-1] + "。" + s.text[:position]
        return bool(_OTHER_HOLDER.search(near.replace(home, "")))

    def zone_named(self, kind: str) -> str | None:
        """The one zone of a kind (高新区, 经开区) the notice names in full (慈湖高新区), which a bare 高新区 stands for
        in a zone's own report; None when it names none or several."""
        # (read once a notice: a long report names its zone hundreds of times)
        if kind not in self.zones:
            # the name starts a line, follows punctuation or a 市/县/区 (丰溪县丰溪高新区): 书记调研高新区, 团赴合肥高新区
            # (a visit to another's zone) are no names
            named = {m.group("name") for m in re.finditer(
                rf"(?:^|(?<=[\n，,。；;：:！!？?、“”《》（）()\s市县与和及同])|(?<=[^新开园]区))"
                rf"(?P<name>[\u4e00-\u9fa5]{{2,4}}?{kind})", self.body)
                if not re.match(r"[全我本该各省市县区国对在向到从把被]", m.group("name")) and m.group("name") != kind
                and not _ZONE_VISIT.search(m.group("name"))}
            # (and a known place: one a line opens with, after its county (丰溪县丰溪高新区), or whose stem the notice
            # names as a place; 与白水高新区 alone is a partner's)
            one = named.pop() if len(named) == 1 else None
            stem = one[: -len(kind)] if one else ""
            known = one and (re.search(rf"(?:^|(?<=[市县]))[ \t\u3000]*{re.escape(one)}", self.body, re.M)
                             or re.search(rf"{re.escape(stem)}[市县区](?!{kind[-2:]})", self.body)
                             or (self.home and self.home.startswith(stem)))
            self.zones[kind] = one if known else None
        return self.zones[kind]

    def unit_home(self, kind: str) -> str | None:
        """The hospital (院) or school (校) a notice is about: the one it names most, at least twice, none tied with it."""
        if kind not in self.units:
            named = Counter(m.group(0) for m in (_HOSPITAL if kind == "院" else _SCHOOL).finditer(self.body))
            ranked = named.most_common(2)
            one = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
            self.units[kind] = ranked[0][0] if one else None
        return self.units[kind]

    def body_named_before(self, pointer: str, at: int) -> str | None:
        """The body a 该局 / 该中心 / 该单位 at `at` points back to: the last one of that kind the text names in full before
        it, a place leading its name (柘城县农业农村局, 县自然资源局); None when it names none."""
        text = self.body[:at]
        names = []
        for m in _NAMED_BODY.finditer(text):
            name = _BODY_LEAD.sub("", m.group("name"))
            rest = re.split(r"[，,。；;！!？?\n]", text[m.end():], maxsplit=1)[0]
            # (丽水市人社局、丽水市局联合发文表彰，该局被评为… / 市文明委印发通报 / 县卫健局组织的考评: the body that
            # confers, never the one it points back to)
            if name.endswith(_BODY_POINTED[pointer]) and _PLACE_LED.match(name) and not _CONFERS.match(rest):
                names.append(name)
        return names[-1] if names else None

    def unabbreviated(self, name: str, at: int) -> str:
        """省级示范县, after 已建成11个省级“四好农村路”示范县 in its paragraph: the title named in full before (as a stock
        of places counted), its quoted middle left out when named again."""
        short = _ABBREVIATED.match(name)
        if not short:
            return name
        paragraph = self.body[max(self.body.rfind("\n", 0, at) + 1, at - 300): at]
        # (only a stock counted, 已建成11个X: another holder's title, 青山县获评X, or one aimed at, 创建X, is no model)
        full = re.findall(r"(?<=[\d一二三四五六七八九十百两]个)" + re.escape(short.group("lead")) + r"“[^“”]{2,15}”"
                          + re.escape(short.group("head")), paragraph)
        return full[-1] if full else name

    def batch_rank(self, name: str) -> str | None:
        """第一批名镇名村, after 第二批广东省名镇名村 was ranked: another batch of the same title ranks the same."""
        if not BATCH_LEAD.match(name):
            return None  # (no batch of its own: no other batch to look for, the honours ranked so far left unread)
        return next((level for other, level in self.ranks.items() if other_batch(name, other)), None)

    def context(self, s: Sentence, position: int) -> tuple[str | None, str | None]:
        """(the event date, the awarding body's level) the text before `position` gives an honour read there: read once
        for all the holders named at one place (a roster of hundreds, or one flattened into a line, stays linear)."""
        key = (s.start, position)
        if key not in self.contexts:
            at = s.start + position
            before = s.text[max(0, position - 1000):position]  # (a sentence's or a paragraph's last 1,000 characters)
            line_prefix = self.body[max(self.body.rfind("\n", 0, s.start) + 1, at - 1000): at]
            rank = _issuer_rank(before) or _issuer_rank(line_prefix)
            self.contexts[key] = (event_date(s.text[max(0, position - 1000):position], self.published), rank)
        return self.contexts[key]

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
        roster = roster_level = None
        roster_named = 0  # holders the roster has named so far
        # the roster whose numbered lines may carry a remark on the unit's members (1.A医院（…支部，党员23名）): one a
        # heading opened in a notice that confers (no 推荐/申报/公示 in its headline or lead, no plan), how many it named
        remarked_roster: tuple | None = None
        remarked_named = 0
        roster_limit: int | None = None  # how many holders a counted pointer said the roster names
        graded: tuple[str | None, str] | None = None  # (award, grade) of an annex list of winners by grade
        rostered: list[Award] = []  # the holders the rosters named, line by line
        column: int | None = None  # the column of its winners, when the list is a table
        for i, s in enumerate(self.sentences):
            if s.line in table_lines:
                continue
            line = self.lines[s.line]
            dated = self.dated_honour(s, line)
            if dated:  # 2014年河南省美丽乡村建设试点村, a line under the village's honours: one more of them
                found.append(dated)
                roster = graded = None
                continue
            named = self.named_across_lines(s, line)
            if named is not None:  # X委员会命名 / A / B / 为“Y”: a decision broken one phrase to a line
                found += named
                continue
            annexed = annex_line(s) if not (self.plan or self.proposal or PENDING.search(self.headline(s.line))
                                            or _PUT_TO_NOTICE.search(self.body[: s.start])) else []
            if annexed:  # 附件 X名单 一、…（3家） A B C 二、…: an annex's roster flattened into one line, read part by part
                found += [self.make(s, title, None, holder, position, date=year, level=level_of(title) or self.own_rank)
                          for title, year, holder, position in annexed]
                roster = graded = None
                continue
            annex = bool(_ANNEX_FILE.search(line))
            under = self.next_line(s.line).strip() if annex else ""
            if annex and (not under or _ANNEX_FILE.search(under) or _PROSE_LINE.search(under)
                                             or re.match(r"\d{1,2}[.．、]", under)
                                             or _SIGNED_OFF.match(under)):
                # (1.第三批省级旅游名镇名单.docx / 东岭镇、南坪镇: names printed under the file's name, a roster heading)
                roster = graded = None  # 附件: / 1.X名单.docx / 2.Y名单.pdf: the annexes' file names, no roster under them
                continue
            heading = roster_heading(s, line, self.lines[s.line - 1] if s.line else "", self.line_before(s.line), self.headline(s.line),
                                     bool(roster and roster_named))
            if heading and heading[0] and decided_below(s.text) and not lead_in(s.text) \
                    and notice_below(self.lines_after(s.line, 40)):
                heading = ("", None, None)  # 确定以下3个村为X。 / A / B / 公示期间，如有异议…: the candidates, no holders yet
            if not heading and not roster and s.text == line.strip() and not (self.plan or self.proposal) \
                    and not roster_lead_refuses(self.roster_lead(s.line)):
                # 2022年度浙江省美丽乡村示范乡镇（湖州市） / 青山镇 / 东坑镇: a title alone on its line, its holders under it
                # (决定撤销其称号。 / 将积极推进以下村镇的创建工作。 / 责任分工 above it: no title conferred)
                titled_roster = headed_roster(line, self.lines_after(s.line, 3))
                heading = (titled_roster[0], None, titled_roster[1]) if titled_roster else None
            category = roster_category(line) if roster and not heading and s.text == line.strip() else None
            if roster and not heading and s.text == line.strip() and withheld_part(line):
                roster = roster_limit = None  # 二、撤销称号的文明单位 / （一）培育市级示范村: the part's lines hold no title
                continue
            part = numbered_title(line) if roster and not heading and not category and s.text == line.strip() else None
            if part:  # X名单 / 一、2021年Y先进单位 / A / 二、2021年Z先进单位 / B: each numbered part its own title
                roster, roster_named, roster_limit = (part[0], None, part[1] or roster[2]), 0, None
                roster_level = level_of(part[0]) or roster_level
                continue
            if category and not (roster[0] and not roster_named and _head_noun(category[0]) == _head_noun(roster[0])):
                # 名 单 / 全国X示范区（单位） / A / B: a category the roster's holders are listed under, its title theirs
                roster, roster_named, roster_limit = (category[0], None, category[1] or roster[2]), 0, None
                roster_level = level_of(category[0]) or roster_level
                continue
            if heading and 0 < len(heading[0]) < 4:  # 示范乡（100个）: the title's full name, as the notice gave it before
                # (关于印发2024年工作要点的通知 … 试点县（2个）: the places a plan sets to work, no title conferred)
                full = full_title(heading[0], self.body[max(0, s.start - 3000): s.start]) if not self.plan else None
                heading = (full, heading[1], heading[2]) if full else None
            if heading and roster and not roster_named and _head_noun(heading[0]) == _head_noun(roster[0]):
                continue  # 第九届全国道德模范名单 / 全国诚实守信模范：: a category of the honour the roster heading named
            if heading and heading[0] and (self.proposal or _lead_proposes(self.line_before(s.line))
                                           or self.proposed_run(s.line)):
                # 拟确定以下单位为X，现予以公示。 / X名单: the candidates' roster, no holders yet (kept open, so that
                # its lines are read as no one's)
                heading = ("", None, None)
            # (上述3家企业名单如下：, a heading by its form: the pointer's group, when the lines above counted one)
            counted = self.counted_pointer(s, line) if not roster and (not heading or heading[0]) else None
            if counted:  # A等10家企业被认定为“X” … 10家企业分别为： / B / C: the group the lead counted, named below
                (award, grade, level), roster_limit = counted
                # (5家企业分别是： under …公布2024年X名单: the year the heading read from the line above stays)
                roster, graded, roster_named, roster_level = (award, grade, heading[2] if heading else None), None, 0, level
                continue
            if heading:
                roster, graded, roster_named, roster_limit = heading, None, 0, None
                lead = self.roster_lead(s.line)
                remarked_roster = roster if roster[0] and _is_list_title(roster[0]) and not (
                    self.plan or self.proposal or PENDING.search(lead) or PROPOSED.search(lead)) else None
                remarked_named = 0
                # 附件：2020年X名单 under a notice of 农业农村部: the list ranks with the body that issued it
                # (丰溪县农业农村局关于公布…的通知: the body that signs the notice ranks its list before any body it cites)
                roster_level = level_of(heading[0]) or self.own_rank or _list_rank(self.body[max(0, s.start - 1000): s.start])
                continue
            grade_heading = graded_heading(s, line)
            if grade_heading:  # 科学技术进步奖一等奖（2项）: a heading, the award named earlier in full
                award, grade = grade_heading
                named = [a for a in reversed(self.graded_awards) if not award or a.endswith(award)]
                award = (named[0] if named else award) or (roster[0] if roster else self.prize_before(s))
                graded, roster = (award or None, grade), None
                column = winners_column(table_below(self.lines, s.line))
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
                items = graded_item(s, column)
                if items is not None:
                    found += [self.make(s, graded[0], graded[1], item, 0) for item in items if graded[0]]
                    continue
                graded = None
            if roster and _BOXED_LINE.fullmatch(line.strip()):
                roster = roster_limit = None  # 【责任分工】： a heading of its own, no title: the roster before it is over
                continue
            # (1.县委政法委（牵头，负责考核评比） after the roster's plain lines: the lines of another part)
            remarked = remarked_entry(line) if roster and roster is remarked_roster and not PENDING.search(roster[0]) \
                and roster_named == remarked_named else None
            if remarked:  # 1.丰溪县人民医院（农工党…支部，党员23名）: the unit, its remark (cut by ； or not) no holder
                if first_of_line[s.line] is s:
                    listed = [self.make(s, roster[0], roster[1], remarked, 0, date=roster[2], level=roster_level)]
                    found += listed
                    rostered += listed
                    roster_named += 1
                    remarked_named += 1
                continue
            # (a line the page repeats all over, 新疆教育厅 under each picture, is its furniture: the roster is over)
            items = roster_entries(s, self.next_line(s.line), roster[0], self.line_before(s.line), self.spaced_as_above(s.line)) \
                if roster and line.strip() not in self.furniture else None
            if roster and items is not None:
                led = self.led_by(items[0][0]) if items and not roster_named else None
                if led:  # 决定认定A等24个县为X … 附：X名单 / 成都市：A、B: the annex lists the group the decision named
                    roster, roster_level = (led.award, roster[1], roster[2]), led.level
                award, grade, year = roster
                if award:  # (名 单 over its first category: no title yet)
                    listed = [self.make(s, award, rank or grade, item, 0, date=year, level=roster_level) for item, rank in items]
                    found += listed
                    rostered += listed
                roster_named += len(items)
                if roster_limit and roster_named >= roster_limit:
                    roster = roster_limit = None  # 3家企业分别为： / A / B / C: the count names all the group, no more
                continue
            roster = roster_limit = None
            winners = winners_line(s)
            prize = self.prize_before(s) if winners else None
            if prize:  # 获奖单位：A、B after the prize was named
                found += [self.make(s, prize, None, w, 0) for w in winners]
                continue
            flat = flat_roster(s)
            if flat:  # 2024年度X表现突出单位: 小榄镇 裕民社区 …个人: 小榄镇水务中心主任 吴浩秋: a list flattened into a line
                found += [self.make(s, honour, grade, holder, position) for honour, grade, holder, position in flat]
                continue
            titled = titled_line(s, line)
            if titled and self.proposed_list and re.match(r"^\s*(?:成功)?(?:入选|入围|上榜)", s.text):
                titled = None  # 入选…：A、B in a notice of candidates: proposed, not conferred
            if titled and (self.proposal or PENDING.search(self.headline(s.line)) or PENDING.search(self.line_before(s.line))
                           or PROPOSED.search(self.line_before(s.line))):
                titled = None  # 关于推荐…的通知 / 现将…候选人名单公布如下： / 全县先进工作者：A、B: candidates, no holders yet
            if titled:  # 省级文明村：龙现村、陈家铺村
                found += [self.make(s, titled[0], None, holder, 0) for holder in titled[1]]
                continue
            if i == 0 or self.sentences[i - 1].line != s.line or not self.sentences[i - 1].text.endswith(("；", ";")):
                self.line_opening = s  # its opening date carries over the ；-sentences that follow
            pending, self.pending = self.pending, None
            members = self.pending_members(s, pending) if pending else None
            if members:
                found += members
            elif not TITLE.search(s.text) and not PROPOSED.search(s.text) and not NAVIGATION.match(line.strip()):
                self.unnamed = []
                new = self.sentence_awards(s)
                self.honours_before = (s.line, {a.award for a in new})
                found += new
                self.read_so_far += [(a, s.line) for a in new]
                self.villages.update(a.recipient for a in new if a.recipient and a.recipient.endswith("村"))
                holders = {a.recipient for a in new}
                self.prior_holder = next(iter(holders)) if len(holders) == 1 else None
                self.honours_of = (s.line, holders.pop()) if len(holders) == 1 else self.honours_of
                self.pending = ("these", self.unnamed) if self.unnamed and not new else self.list_goes_on(s, new)
                if self.unnamed and not new:  # 我市4家企业入选X。 … 4家企业分别为： / A / B: a pointer may list them
                    self.unnamed_groups = (self.unnamed_groups + [(self.unnamed, s.text, s.line)])[-5:]
                # 其中，A市、B市；C县城与D县城榜上有名: the places before the ； go on into the sentence after it
                self.cut_list = (s.line, _cut_places(s.text)) if not new else None
            for m in YEAR_LABEL.finditer(s.text):
                self.year_label = (m.group(1), s.line)
            self.last_entity = entity_of(s.text) or self.last_entity
            self.before = s  # what the next sentence may point back to (its body: last_unit)
            if i + 1 < len(self.sentences) and self.sentences[i + 1].line != s.line:
                self.last_entity = self.before = None
        if rostered:
            found = [a for a in found if not _named_again(a, rostered)]
        return merge_awards(found, self.published)

    @property
    def last_unit(self) -> str | None:
        """The body the sentence before opened with (县人民医院…), read only when a sentence points back to it."""
        if self.before is None:
            return None
        unit = _UNIT_LEAD.match(without_time_lead(self.before.text))
        return unit.group(0) if unit and not _PLACE_NAME.search(unit.group(0)) else None

    def paragraph_topic(self, s: Sentence, position: int, honour: str) -> str | None:
        """The holder a paragraph is about, for an honour whose clause names none: the one place or body its first
        clause opens with (after a time: 去年，泰顺持续推进… / 重大项目建设办公室自组建以来…), taken only when the honour
        is of its kind (a county's 示范县; a unit's 工人先锋号 or 优秀处室) and no other place or body is named as a
        subject between them. A list of places (A、B、C…), a person, a title in quotes: no topic."""
        start = self.body.rfind("\n", 0, s.start) + 1
        paragraph = self.body[start: s.start + position]
        opening = without_time_lead(paragraph.strip(" \u3000\t")).lstrip("，,、 \u3000")
        if not opening:
            return None
        title = re.sub(r"[“”\"]", "", honour)
        place = known_place_at(opening)
        if place and not _UNIT_LEAD.match(opening):
            name = place.group(0)
            after = opening[place.end(): place.end() + 1]
            if not after or after in _NOT_TOPIC_NEXT or re.match(r"[市县区镇乡村]", after):
                return None  # 泰顺、文成… / 泰顺的… / 泰顺县城…: a list, an owner, a longer name
            full = name if re.search(r"[市县区]$", name) else next(
                (c for c in gazetteer().counties if c.startswith(name) and len(c) <= len(name) + 5
                 and re.fullmatch(r"(?:市|县|区|畲族自治县|自治县)", c[len(name):])), None)
            if not full or not title.endswith(full[-1]) or _PERSON_HONOUR.search(title) or _AREA_TITLE.search(title):
                return None  # the honour is of another kind (a person's, a firm's, a village's, a 景区's): not the place's
            rest = opening[place.end():]
            others = {m.group(0) for m in gazetteer().known_re.finditer(rest)} - {name, full}
            # (居全市前三 / 全省前列: a tier, no place; another county named in the paragraph: no topic)
            return None if others or _OTHER_SUBJECT.search(rest) or _own_subject_between(rest, (name, full)) else name
        unit = _TOPIC_UNIT.match(opening)
        if unit and _UNIT_HONOUR.search(title) and not _PLACE_HONOUR.search(title) and not _PERSON_HONOUR.search(title) \
                and not _PLACE_NAME.search(unit.group("unit")) and not _NOT_A_UNIT.search(unit.group("unit")):
            rest = opening[unit.end():]
            return None if _OTHER_SUBJECT.search(rest) or find_companies(rest) \
                or _own_subject_between(rest, (unit.group("unit"),)) else unit.group("unit")
        return None

    def tally_carried(self, s: Sentence, before: str) -> list[str]:
        """The body a clause counting its prizes names (_tally_holder); kept for the sentence after when this one ends
        on a ； (…，其中国家级7个、省级13个；荣获X、Y等大奖)."""
        holder = _tally_holder(before)
        if holder and s.text.rstrip().endswith(("；", ";")):
            self.tallied = (s.line, holder)
        return holder

    def place_heading(self, s: Sentence) -> str | None:
        """The place a line right above the sentence's line names, alone on its line (黄岩区宁溪镇): the heading of a
        profile whose sentences name it by a short name or a pronoun (新桥…, 它…), for honours they give no holder (the paragraph right under it only)."""
        if s.line == 0:
            return None
        above = s.line - 1
        while above > 0 and not self.lines[above].strip():
            above -= 1
        m = _PLACE_HEADING.fullmatch(self.lines[above].strip())
        return m.group(0) if m else None

    def dated_between(self, first: int, last: int) -> bool:
        """Whether a line between two lines names a date or a new batch of its own (2023年，我市5个村被认定为X。 / 今年，…
        公布新一批名单。 / 被认定的X分别为：A、B: the list is the new batch's, the group's date is no date of it)."""
        key = (first, last)
        if key not in self.between:
            self.between[key] = any(_OWN_DATE.search(self.lines[at]) for at in range(first + 1, last))
        return self.between[key]

    def counted_pointer(self, s: Sentence, line: str) -> tuple[tuple[str, str | None, str | None], int | None] | None:
        """((award, grade, level), count) of the honour a line that only points below to a counted group (10家企业分别为：)
        lists the holders of: the one honour a sentence of the few lines above gave to a group of the same count
        (A等10家企业被认定为“X”, or 我市10家企业入选X with no one named). The count bounds the lines it lists."""
        m = _COUNTED_POINTER.match(s.text) if s.text == line.strip() else None
        if not m or PROPOSED.search(s.text):
            return None
        count = m.group("count")
        counted = re.compile(rf"(?<![\d一二三四五六七八九十百千两]){re.escape(count)}")
        honours = {(a.award, a.grade): (a.award, a.grade, a.level) for a, at in self.read_so_far[-20:]
                   if s.line - 4 <= at < s.line and counted.search(a.evidence)}
        for group, text, at in self.unnamed_groups:
            if s.line - 4 <= at < s.line and counted.search(text):
                honours.update({(award, grade): (award, grade, level) for award, grade, level in group})
        if len(honours) != 1:
            return None
        number = parse_numeral(count[:-1])
        return next(iter(honours.values())), int(number) if number and number == int(number) else None

    def dated_honour(self, s: Sentence, line: str) -> Award | None:
        """A line that names a year and a ranked title (2015年河南省第三批传统村落名录), right under a line that gave
        one holder its honours: an honour of that holder's list, dated by its year."""
        m = _DATED_TITLE.match(s.text) if s.text == line.strip() and self.honours_of else None
        above = s.line - 1
        while above >= 0 and not self.lines[above].strip():
            above -= 1
        if not m or self.honours_of[0] != above or VERB.search(m.group("title")):
            return None  # (2020年西坑村获评全国文明村: a sentence of its own, its holder and its verb in it)
        if re.search(r"(?:名单|名录|榜单)$", m.group("title")) and not _DATED_TITLE.match(self.next_line(s.line).strip()):
            return None  # 2024年度省级绿色工厂名单 over names: a roster's heading, unless more dated honours follow
        name = clean_award(m.group("title"))
        if not is_award_like(name) or not (level_of(name) or "“" in name) or PROPOSED.search(name) \
                or re.search(r"(?:排名|排行榜?|排序)$", name):
            return None  # 2019年全国百强县排名: the ranking's table, no honour
        self.honours_of = (s.line, self.honours_of[1])
        return self.make(s, name, None, self.honours_of[1], 0, date=m.group("year"))

    def named_across_lines(self, s: Sentence, line: str) -> list[Award] | None:
        """The facts of a decision a page breaks one phrase to a line (国家民委继续命名 / 伊犁州 / 昌吉州 / 为“全国X示范州”):
        the names on the lines between the verb and 为 hold the title after 为. [] while the lines are read, the facts at
        为; None for a line that is no part of one (and the names read so far are dropped)."""
        whole = s.text == line.strip()
        if whole and _NAMING_OPENS.match(s.text) and not PROPOSED.search(s.text):
            self.naming = []
            return []
        if self.naming is None:
            return None
        title = _NAMED_AS.match(s.text) if whole else None
        names = roster_entries(s, self.next_line(s.line)) if whole and not title else None
        if title:
            held, self.naming = self.naming, None
            return [self.make(n, clean_award(title.group("title")), None, name, 0) for n, name in held]
        if names and all(rank is None for _, rank in names):
            self.naming += [(s, name) for name, _ in names]
            return []
        self.naming = None
        return None

    def pending_members(self, s: Sentence, pending: tuple[str, list[tuple[str, str | None, str | None]]]) -> list[Award]:
        """The holders a sentence names for the honours the sentence before left open: 这4家单位分别是：A、B、C、D
        after 我县4家单位获评X; C、D after …分别是：A、B； (a list a ； cut)."""
        kind, honours = pending
        text = s.text.rstrip("。；;，, ")
        if kind == "these":
            m = THESE_ARE.match(text)
            items = m.group("items") if m else ""
        else:
            items = "" if VERB.search(text) or re.search(r"[，,：:“”]|授予|为", text) else text
        parts = outside_quotes_split(items)
        members = _members(items)
        if not members or len(members) < len(parts) or any(len(r) > 30 for r in members):
            return []
        if s.text.rstrip().endswith(("；", ";")):
            self.pending = ("more", honours)
        return [self.make(s, award, grade, r, 0, level=level) for award, grade, level in honours for r in members]

    def list_goes_on(self, s: Sentence, new: list[Award]) -> tuple[str, list[tuple[str, str | None, str | None]]] | None:
        """("more", the honour) when a sentence lists the holders of one honour after a colon and a ； cuts the list."""
        if not new or not s.text.rstrip().endswith(("；", ";")):
            return None
        colon = max(s.text.rfind("："), s.text.rfind(":"))
        honours = list(dict.fromkeys((a.award, a.grade, a.level) for a in new))
        listed = s.text[colon + 1:]
        if colon < 0 or len(honours) != 1 or not new[-1].recipient or new[-1].recipient not in listed \
                or VERB.search(listed) or re.search(r"授予|“|为", listed):
            return None
        return "more", honours

    def published_before(self, s: Sentence, upto: int = 0) -> bool:
        """Whether the line names, before the sentence, a list that was published (去年，住建部公布了第一批X名单。其中
        A入选): a final list, although the notice around it reports a 公示 of the next one; or the sentence does, before
        `upto` (早在2019年，在文旅部公布的首批X名单中，A已入选)."""
        prefix = self.body[self.body.rfind("\n", 0, s.start) + 1: s.start]
        listed = _PUBLISHED_LIST.search(prefix[-200:])
        return bool(listed) and not PENDING.search(listed.group(0)) or self.published_here(s, upto)

    @staticmethod
    def published_here(s: Sentence, upto: int) -> bool:
        """Whether the sentence, before `upto`, names a list that was published (not one put to a 公示)."""
        return any(not PENDING.search(m.group(0)) for m in _PUBLISHED_LIST.finditer(s.text, 0, upto))

    def line_before(self, line: int) -> str:
        """The last line with text before `line` ('' at the start)."""
        return next((t for t in reversed(self.lines[max(0, line - 5): line]) if t.strip()), "")

    def proposed_run(self, line: int) -> bool:
        """Whether the rosters around `line` are a 公示's candidates: 现将拟确定名单公示如下： / 一、X（10个） / A、B /
        二、Y（10个） / C、D / 公示期为…: the prose line over the whole run of headings and name lines (no prose
        punctuation) proposes the list, or the first prose line under the run puts it up for 公示 (公示期 / 公示时间)."""
        above = next((t for t in (self.lines[k].strip() for k in range(line - 1, max(-1, line - 61), -1))
                      if t and _PROSE_LINE.search(t)), "")
        said = _lead_proposes(above)
        if said is not None:  # a list published as final is final whatever 公示 comes below it
            return said
        below = ""
        for u in self.lines[line + 1: line + 81]:
            t = u.strip()
            if _SIGNED_OFF.match(t):
                break  # 省林业局 / 2024年3月1日: the notice is over; a related link under it (…拟认定名单的公示) is another's
            if t and _PROSE_LINE.search(t):
                below = t
                break
        return bool(below) and notice_below([below])

    def headline(self, line: int) -> str:
        """The notice's headline, its first line with text within the first five ('' for `line` itself or above it)."""
        first = next((k for k, t in enumerate(self.lines[:5]) if t.strip()), None)
        return self.lines[first].strip() if first is not None and first < line else ""

    def roster_lead(self, line: int) -> str:
        """The notice's headline and the last line of prose above `line` (within 30 lines; the titles and names of
        rosters in between passed over): what says whether a title alone on its line heads holders of it."""
        headline = next((k for k, t in enumerate(self.lines[:5]) if t.strip()), None)
        lead = [self.lines[headline]] if headline is not None and headline < line else []
        for k in range(line - 1, max(-1, line - 31), -1):
            if k == headline:
                break
            t = self.lines[k].strip()
            if t and (_PROSE_LINE.search(t) or len(t) >= 20):
                lead.append(t)
                break
        return "\n".join(lead)

    def lines_after(self, line: int, count: int) -> list[str]:
        """The next `count` lines with text after `line` (fewer at the end)."""
        found: list[str] = []
        for t in self.lines[line + 1:]:
            if t.strip():
                found.append(t)
                if len(found) == count:
                    break
        return found

    def spaced_as_above(self, line: int) -> bool:
        """Whether as many blank lines stand right above `line` as above the line with text before it (entries set
        one to a line, or one to a paragraph, alike): `line` follows the run above it, not a gap that sets it apart."""
        def gap(k: int) -> int:
            n = 0
            while k - 1 - n >= 0 and not self.lines[k - 1 - n].strip():
                n += 1
            return n
        above = gap(line)
        if line - above - 1 < 0:
            return False
        return min(above, 1) == min(gap(line - above - 1), 1)

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
        return competition(self.body, s.start) or graded_prize(self.body, s.start) or (listed[0] if listed else None) \
            or (self.graded_awards[-1] if self.graded_awards else None) or self.prize_named_before(s.start)

    def prize_named_before(self, at: int) -> str | None:
        """named_prize(self.body[:at]), the body scanned for prizes once for the whole notice."""
        if self.prizes is None:
            self.prizes = NamedPrizes(self.body)
        return self.prizes.before(at)

    def honour_before(self, s: Sentence) -> list[str]:
        """The honour 此殊荣 points to when its paragraph names none: the last one its line reported, else the
        one the notice opened with (喜报！A被评为X … 据悉，B、C也获此殊荣)."""
        line = [a for a, at in self.read_so_far if at == s.line]
        first = line[-1] if line else self.read_so_far[0][0] if self.read_so_far else None
        return [first.award + (first.grade or "")] if first else []

    def kinds_entered(self, s: Sentence) -> list[Award] | None:
        """我市A镇、B乡9个乡（镇）以及C村、D村等88个村入选。 under a list named for both kinds (X示范乡（镇）创建单位和
        示范村名单): each group holds the part of the list's name that is of its kind; None for any other sentence."""
        m = _TWO_KINDS_ENTERED.match(s.text)
        if not m or self.proposal or PROPOSED.search(self.body[max(0, s.start - 600): s.start]):
            return None
        # (…推荐名单 / …候选名单 / …名单申报 / 就…名单征求意见: a list asked for or put up, no holders yet)
        if _ASKED_LIST.search(self.body[max(0, s.start - 600): s.start]):
            return None
        names = self.list_before(s, 0)
        name = re.sub(r"(?:名单|名录)$", "", names[0]) if len(names) == 1 else ""
        joined = _JOINED_LIST.match(name) if not PENDING.search(name) else None
        if not joined:
            return None
        first, second = joined.group("first"), joined.group("second")
        at = first.find(second[:2], 2)
        if at <= 0 or not re.search(r"(?:乡[（(]镇[）)]|乡镇|镇|乡|街道|村庄|村|社区)$", second):
            return None  # …示范镇和精品村 (no lead shared) / …示范乡镇和示范村创建 (a word after both): the list as one
        titles = [first, first[:at] + second if at > 0 else second]
        found: list[Award] = []
        for group in ("g1", "g2"):
            kind = _KIND_WORD[m.group(group + "kind")]
            own = [t for t in titles if _kind_of_title(t) == kind]
            holders = [r for r in (clean_recipient(p) for p in split_recipients(m.group(group))) if r]
            if len(own) != 1 or not holders:
                return None
            found += [self.make(s, own[0], None, h, m.start(group)) for h in holders]
        return found

    def sentence_awards(self, s: Sentence) -> list[Award]:
        entered = self.kinds_entered(s)
        if entered:
            return entered
        found: list[Award] = []
        covered: list[tuple[int, int]] = []
        for m in _PEOPLE_GRANT.finditer(s.text) if "授予" in s.text else ():
            # 授予县公安局民警王明、县人民医院医生李华，县一中教师赵强“X”称号: people at their posts, across commas
            people = persons(re.sub(r"同志$", "", m.group("who")))
            if people and re.search(r"[，,]", m.group("who")):
                found += self.graded(s, clean_award(m.group("award")), people, m.start())
                covered.append((m.start(), m.end()))
        for m in GRANT.finditer(s.text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            if _REVOKED_GRANT.search(s.text, max(0, m.start() - 12), m.start()):
                continue  # 决定撤销授予A、B2家企业的“X”称号: a grant taken back, no title held
            found += self.granted(s, m)
            covered.append((m.start(), m.end()))
            end = m.end()
            while "为" in m.group("rest"):  # 授予A等20个单位为“X”，B等5个乡镇为Y: each clause after the comma too
                goes_on = GRANT_GOES_ON.match(s.text[end:].lstrip("，,"))
                designated = DESIGNATE_GOES_ON.match(s.text[end:]) if not goes_on else None
                if goes_on:
                    start = end + len(s.text[end:]) - len(s.text[end:].lstrip("，,"))
                    holders = [r for r in (clean_recipient(p) for p in split_recipients(goes_on.group("who"))) if r]
                    found += self.graded(s, clean_award(goes_on.group("award")), holders, start)
                    covered.append((start, start + goes_on.end()))
                    end = start + goes_on.end()
                elif designated and GROUP.match(designated.group("rest")):
                    found += self.designated(s, designated, end + designated.start("rest"))
                    covered.append((end, end + designated.end()))
                    end += designated.end()
                else:
                    break
        continued = GRANT_GOES_ON.match(s.text) if self.granting else None
        if continued:  # 授予A、B为“X”荣誉称号；C、D为“Y”荣誉称号: the clause after the ； is granted too
            holders = [r for r in (clean_recipient(p) for p in split_recipients(continued.group("who"))) if r]
            found += self.graded(s, clean_award(continued.group("award")), holders, 0)
            covered.append((0, continued.end()))
        self.granting = bool(GRANT.search(s.text) or continued) and s.text.rstrip().endswith(("；", ";"))
        for m in DESIGNATE.finditer(s.text):
            designated = self.designated(s, m)
            if designated:
                found += designated
                covered.append((m.start(), m.end()))
                end = m.end()
                # 认定A等100个乡（镇）为X，B等994个村为Y: each counted group after the comma is designated too
                while (goes_on := DESIGNATE_GOES_ON.match(s.text[end:])) and GROUP.match(goes_on.group("rest")):
                    found += self.designated(s, goes_on, end + goes_on.start("rest"))
                    covered.append((end, end + goes_on.end()))
                    end += goes_on.end()
        for title, holder, start, end in respective_titles(s) if not self.proposed_list else ():
            # A等9个城市、B等3个城区…分别保留X、Y称号 (in a notice that puts the results to a 公示: proposed, none)
            # (the groups' names are no issuer: 开发区管委会机关 is a holder; the body that reviewed is named before)
            level = level_of(title) or _issuer_rank(self.body[max(0, s.start - 1000): s.start])
            found.append(self.make(s, title, None, holder, start, level=level))
            covered.append((0, end))
        for m in GIVEN.finditer(s.text) if "给予" in s.text else ():
            # each one named (运动员A、B，教练员C: the role is no part of the name), then a title granted with it
            people = [re.sub(r"^(?:运动员|教练员|教练|民警|辅警|队员|同志)", "", p.strip()) for p in re.split(r"[、，,]", m.group("recipient"))]
            holders = [r for r in (clean_recipient(p) for p in people) if r]
            for award in filter(None, (m.group("award"), m.group("title") and clean_award(m.group("title")))):
                found += [self.make(s, award, None, r, m.start()) for r in holders]
            covered.append((m.start(), m.end()))
        for m in _COMMENDED.finditer(s.text) if "嘉奖" in s.text else ():
            if any(a <= m.start() < b for a, b in covered):
                continue
            # 县政府决定对县教体局通令嘉奖 / 对市国税局给予通令嘉奖: a body commended by order
            holders = [r for r in (clean_recipient(p) for p in split_recipients(m.group("recipient"))) if r]
            found += [self.make(s, m.group("award"), None, r, m.start()) for r in holders]
            covered.append((m.start(), m.end()))
        for m in PARTICIPLE_LIST.finditer(s.text) if "的" in s.text else ():
            award = clean_award(m.group("award"))
            holders = [r for r in (clean_recipient(p) for p in re.split(r"[，,、]", m.group("items"))) if r]
            if is_award_like(award) and holders:
                found += self.graded(s, award, holders, m.start())
                covered.append((m.start(), m.end()))
        if "：" in s.text or ":" in s.text:
            for award, holders, start, end in self.counted_colon(s):
                found += self.graded(s, award, holders, start)
                covered.append((0, end))
        for m in PRESENTED.finditer(s.text) if "颁发" in s.text else ():
            group = GROUP.match(m.group("recipient"))
            lead = group.group("lead") if group else m.group("recipient")
            holders = [r for r in (clean_recipient(p) for p in split_recipients(lead)) if r]
            found += self.graded(s, clean_award(m.group("award")), holders, m.start()) if holders else []
            covered.append((m.start(), m.end()))
        for m in MERIT.finditer(s.text):
            award = (m.group("award") or "") + m.group("grade")
            for recipient in split_recipients(m.group("recipient")):
                if clean_recipient(recipient):
                    found.append(self.make(s, award, None, clean_recipient(recipient), m.start()))
            covered.append((m.start(), m.end()))
        for award, recipient, position, start, end in praised_members(s) if "通报" in s.text else ():
            # 此外，中国文明网还对…33个城市进行通报表扬，包括A、B: the body before 对 ranks it; 此外 goes on from the list
            # the sentences just before dated (the rest of the sentence is read on: 德清县荣获X，省政府还对…)
            issuer = re.split(r"[，,]", s.text[: s.text.rfind("对", 0, position)])[-1]
            day = event_date(s.text[:position], self.published) or self.day_before(s)
            found.append(self.make(s, award, None, recipient, position, date=day, level=issuer_level(issuer)))
            covered.append((start, end))
        for award, recipient, position in commended(s, self.title_honour[0] if self.title_honour else None):
            found.append(self.make(s, award, None, recipient, position))
        for m in _TIER_RANKS.finditer(s.text) if "行列" in s.text else ():
            # 综保区绩效考评重回全国“双A”行列: the unit's assessment is the award, the quoted tier its grade
            holder = clean_recipient(m.group("who"))
            if holder and not NOT_REACHED.search(s.text[: m.start("verb")]):
                level = level_of(m.group("scope") or "") or level_of(m.group("name"))
                found.append(self.make(s, m.group("name"), m.group("tier"), holder, m.start("verb"), level=level))
        earlier = self.body[: s.start]
        for a in assessment_awards(s, earlier):
            found.append(self.make(s, a.award, a.grade, a.recipient, 0, date=a.date, level=a.level))
        by_kind, span = kind_members(s) if not self.proposed_list else ([], (0, 0))
        if by_kind:  # …江苏共有3个设区市、9个县级市入选，设区市包括A、B，县级市包括C: the members kind by kind
            day = self.list_day(s, by_kind[0][0])
            found += [self.make(s, title, None, holder, position, date=day) for title, holder, position in by_kind]
            covered.append(span)  # (安吉县荣获X，全国共有…: the clauses outside it are read on)
        # 命名A等195个县为X，B、C获评: an object-less verb points to the honour the sentence conferred
        found += self.verb_awards(s, covered, list(dict.fromkeys(a.award for a in found)))
        if not found:
            found += [self.make(s, title, None, holder, position) for title, holder, position in holders_of_titles(s)]
        if not found and ("分别" in s.text or "包括" in s.text):
            found += self.list_members(s)  # 在X百强县榜单中，…分别是A、B
        if not found and "其中" in s.text and "第" in s.text:
            found += self.ranked_members(s)  # …发布X百强县榜单。成都共7个县登榜，其中A排名第7，B排名第8
        if not found and "依次" in s.text:
            found += self.selection_in_order(s)  # “X”调查推选活动…推选结果排名依次为A、B、C
        counted = counted_titles(s) if not found else []
        if counted and not VERB.search(s.text):
            found += [self.make(s, title, None, holder, position) for title, holder, position in counted]
        return _list_under_title(found)

    def granted(self, s: Sentence, m: re.Match) -> list[Award]:
        rest = m.group("rest")
        quote = rest.find("“")
        if quote > 0 and "《" in rest[:quote]:  # 纪实文学《工具间里的“践行酒会”》: a quote inside a work's title marks
            quote = next((k for k, ch in enumerate(rest) if ch == "“" and rest.count("《", 0, k) <= rest.count("》", 0, k)), -1)
        group = GROUP.match(rest) or _WORK_GROUP.match(rest)
        # 授予A、B、C3家企业X: a list named in full, then counted (no 等: every holder is named, none in an annex)
        whole = _NAMED_COUNTED.match(rest) if not group else None
        group = group or whole
        titled: set[str] = set()
        quoted = QUOTED_GROUP.match(rest)
        pairs = _GROUP_TITLES.findall(rest)
        if len(pairs) > 1:  # 授予A等301个“X”、B等100个“Y”称号: each group its own title
            return [a for lead, name in pairs for a in self.graded(
                s, clean_award(name), [r for r in (clean_recipient(p) for p in split_recipients(lead)) if r], m.start())]
        if quote == 0 and not quoted and (work := _QUOTED_WORK.match(rest)):
            # 授予“网络计算的模式及基础理论研究”国家自然科学奖一等奖: one work, quoted, then the prize it won
            return self.graded(s, clean_award(work.group("award")), [work.group("work")], m.start())
        if quote == 0 and quoted and quoted.group("award"):
            # 授予“高效节能电机关键技术”等2项成果市科学技术进步奖一等奖: the quoted 成果 are the recipients
            # each title cleaned in its quotes (“…武运粳19号的育成与应用”: a digit inside ends no name)
            recipients = [r.strip("“”") for r in (clean_recipient(q) for q in re.findall(r"“[^”]{2,40}”", quoted.group("lead"))) if r]
            return self.graded(s, clean_award(quoted.group("award")), recipients, m.start())
        if 0 < quote:
            recipient = group.group("lead") if group and group.end() <= quote else re.sub(r"为$", "", rest[:quote])
            names = re.findall(r"“([^”]{2,40})”", rest)
            titled = set(re.findall(r"“([^”]{2,40})”(?:国家)?(?:荣誉)?称号", rest))  # 授予X“Y”称号: Y is a title
        elif group:
            # 等6个镇街为X / 等4个地级城市四川省文明城市称号: the kind of holder counted is no part of the award
            after = re.sub(r"^[^为，,“”]{0,6}为", "", rest[group.end():])
            kind = _KIND_BEFORE.match(after)
            after = after[kind.end():] if kind else after
            recipient, names = group.group("lead"), [clean_award(n) for n in re.split(r"、|和|及", after)]
        else:
            return []
        colon = re.search(r"[:：](?P<items>[^。；;]+)", s.text[m.start():])
        if re.match(r"^(?:以下|下列|如下)", recipient) and colon:
            # 授予以下单位“X”称号：A、B、C: the recipients follow the colon
            recipients = [r for r in (clean_recipient(p) for p in outside_quotes_split(colon.group("items"))) if r]
        elif 0 < quote and re.search(r"[，,]", rest[:quote]):  # A等29个城市，B等134个县“X”: the lead of each group
            leads = [GROUP.match(c).group("lead") if GROUP.match(c) else c for c in re.split(r"[，,]", rest[:quote])]
            recipients = [r for r in (clean_recipient(p) for lead in leads for p in split_recipients(lead)) if r]
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
        if group and not whole:
            self.group_leads += found[:1]  # 授予A等69个城市X称号: the annex that lists the 69 may follow
        return found

    def designated(self, s: Sentence, m: re.Match, position: int | None = None) -> list[Award]:
        """认定A等3个乡（镇）为省级森林城镇: the holders named before 为, the title after it."""
        position = m.start() if position is None else position
        named, _, listed = m.group("award").replace("：", ":").partition(":")  # …为X：A、B: the title, then who holds it
        award = _NEWLY.sub("", clean_award(named))  # 确认A等4家企业为新认定X: the act of naming them is no part of X
        if not is_award_like(award):  # 认定A为第三批省级传统村落: after a decision's 为, a ranked name is a title
            names = award_names(named, True)
            award = names[0] if len(names) == 1 else ""
        if not award or PROPOSED.search(s.text[:position]) or re.search(r"予以公示|进行公示|公示期|公示时间", s.text[position:]):
            return []  # (经…和网上公示，确定A等N家为X is done; …确定A等N家为X，现予以公示 is not)
        group = GROUP.match(m.group("rest")) or _QUOTED_LEAD.match(m.group("rest"))
        lead = group.group("lead") if group else m.group("rest")
        if re.match(r"^(?:以下|下列)", lead) and listed:
            # 认定以下企业为X：A、B / 命名以下10个村为X：A、B: the holders follow the colon
            lead = re.split(r"[。；;]", listed + m.string[m.end():])[0]
        recipients = [r.strip("“”") if r.startswith("“") and r.endswith("”") else r
                      for r in (clean_recipient(p) for p in split_recipients(lead)) if r]
        # 确定A为牵头单位: only a counted group given a ranked title is a designation (确定A等248家企业为第一批专精特新
        # “小巨人”企业, by a ministry: a quoted title, ranked by the body that confers it)
        counted = group or COUNTED_GROUP.search(m.group("rest"))  # (a lead of three firms' names runs past GROUP's)
        if m.group(0).startswith(("确定", "确认")) and not (counted and (level_of(award) or "“" in award and self.context(s, position)[1])):
            return []
        if m.group(0).startswith("确认") and not honour_title(award):
            return []  # 确认A等5家企业为市级重点排污单位 / …复核不合格企业 / …重点约谈对象: a register, no honour
        found = self.graded(s, award, recipients, position) if recipients else []
        if counted:
            self.group_leads += found[:1]  # 认定A等24个县为X: the annex that lists the 24 may follow
        return found

    def counted_colon(self, s: Sentence) -> list[tuple[str, list[str], int, int]]:
        """湖北5城获评“国家卫生城市”：A、B / 发布X名单，包含4个集群：A、B / 上榜的8个村落分别为：A、B (X named by the 发布…名单
        of a sentence shortly before): a counted head, then the holders after the colon. Each holder holds the
        title; the count checks the list (more names than it counts: no roster of this title), a list cut short by the page
        gives what is there. A list still in 公示, or put forward (拟…), holds nothing."""
        if self.proposed_list or PENDING.search(s.text):
            return []
        found = []
        for pattern in (COUNTED_COLON, LIST_COUNTED_COLON, ONES_LISTED):
            for m in pattern.finditer(s.text):
                if PROPOSED.search(s.text[: m.end()]) or re.search(r"拟|推荐|候选|申报|参评", s.text[: m.start("items")]):
                    continue
                if "award" in m.groupdict():
                    award = m.group("award")
                else:  # 上榜的8个村落分别为: the list published a sentence or two before, in this paragraph
                    before = self.body[max(0, s.start - 600): s.start]
                    published = list(LIST_PUBLISHED.finditer(before))
                    if not published or PROPOSED.search(before[published[-1].start():]):
                        continue
                    award = re.sub(r"^[^的]{0,4}的", "", published[-1].group("award"))  # 公布了最新的X名单: X
                if re.search(r"拟|推荐|候选|公示|申报", award):
                    continue
                award = clean_award(award.strip("“”").removesuffix("称号").strip("“”"))
                if not award or not honour_title(award):  # a level word alone (省级…改造计划) names no honour
                    continue
                holders = [r for r in (clean_recipient(p) for p in re.split(r"[，,、]", m.group("items"))) if r]
                count = parse_numeral(m.group("n"))
                if len(holders) < 2 or count is None or len(holders) > count:
                    continue
                found.append((award, holders, m.start(), m.end()))
        return found

    def titles_by_kind(self, s: Sentence) -> dict[str, str]:
        """{kind: title} when the text just before `s` gave each kind of holder its own title (重新确认93个城市（区）为
        国家卫生城市（区），236个县城（乡镇）为国家卫生县城（乡镇）): what a pointer after it gives each holder by its kind
        ({} after a proposal)."""
        kinds: dict[str, str] = {}
        for m in _KIND_TITLE.finditer(self.body, max(0, s.start - 600), s.start):
            kinds.setdefault(_KIND_OF.get(m.group("kind"), m.group("kind")), clean_award(m.group("title")))
        return kinds if not PROPOSED.search(self.body[max(0, s.start - 600): s.start]) else {}

    def combined_list_kinds(self, s: Sentence, offset: int, names: list[str]) -> dict[str, str]:
        """{kind: title} when the list a pointer points to is named over two kinds of holder joined by 、/和 before one
        名单 (公布A文化强镇、B文化示范村（社区）名单): the pointer's list is its last part only, a town's title and a
        village's named together; {} for any other list, or one whose parts are of one kind or of none."""
        here = self.body[self.body.rfind("\n", 0, s.start) + 1: s.start + offset]
        combined = list(_COMBINED_LIST.finditer(here))
        if not names or not combined:
            return {}
        last = combined[-1]
        # (经县级申报、市级推荐…公布…名单 / 此前曾公示拟命名名单。日前公布…: pending words of the procedure or of a sentence
        # before are not the list's; only the clause that names it, its verb with it, is read)
        if PENDING.search(here[max(here.rfind(m, 0, last.start()) for m in "，,。；;：:") + 1: last.end()]):
            return {}
        second = clean_award(last.group("b"))
        if not second or names[-1] not in (second, re.sub(r"^[和及与、]", "", second)):
            return {}
        first = named_list(last.group("a") + "名单")
        parts = [re.sub(r"(?:名单|榜单|名录)$", "", first[0]) if first else "", second]
        kinds = {}
        for part in parts:
            kind = next((k for pattern, k in _LIST_KINDS if pattern.search(part)), None)
            if not kind or kind in kinds:
                return {}  # two titles of one kind, or a part of no kind: which a holder took is not said
            kinds[kind] = part
        return kinds

    def list_members(self, s: Sentence) -> list[Award]:
        """在2024年全国百强县榜单中，江南省占2席，分别是A、B: the members of a named list of title holders, no verb."""
        m = _LIST_MEMBERS.search(s.text)
        named = named_list(m.group("list")) if m and not PENDING.search(s.text[: m.end("list")]) else []
        if not named or not titled_list(named[0]) or re.search(r"排名|排行|排序|得分", named[0]):
            return []
        return [self.make(s, named[0], None, r, m.start("items")) for r in _members(m.group("items"))]

    def ranked_members(self, s: Sentence) -> list[Award]:
        """…发布2022X百强县榜单。成都共7个区县登榜，其中A排名第7，B排名第8: a counted group entered a list the line
        named as published, then each member is named with its rank (the rank its grade). A rank with no membership
        reported (全省考核中，其中A排名第一) is no award."""
        entered = _COUNTED_ENTERED.search(s.text)
        if not entered or PENDING.search(s.text) or _NOT_REACHED_YET.search(s.text[: entered.end()]):
            return []
        at = s.start + entered.start()
        prefix = self.body[max(self.body.rfind("\n", 0, s.start) + 1, at - 300): at]
        published = list(_PUBLISHED_RANKING.finditer(prefix))
        if not published or PENDING.search(published[-1].group(0)):
            return []
        name = published[-1].group("list") or published[-1].group("named")
        if not _BEST_LIST.search(name) or _RANKING_WORD.search(name):
            return []  # (a list of the best only: 排名 / 排行 / 得分 name a ranking, no list to be on)
        tail = s.text[entered.end():]
        return [self.make(s, name, m.group("rank"), m.group("who"), entered.end() + m.start())
                for m in _RANKED_MEMBER.finditer(tail) if _RANKED_HOLDER.fullmatch(m.group("who"))]

    def selection_in_order(self, s: Sentence) -> list[Award]:
        """“X”调查推选活动…，推选结果排名依次为A、B、C: a named selection's result given in order is membership of it, each
        member's place its grade (conventions, calls round 20 raised). The selection is the quoted title a clause names as
        a 推选 / 评选 活动 in this sentence or the lines just before; an assessment's order (考核 / 考评 / 评估 / 综合排名)
        is a ranking, no award; a result proposed (拟 / 公示 / 候选) none yet."""
        m = _RESULT_IN_ORDER.search(s.text)
        if not m:
            return []
        clause = re.split(r"[，,]", s.text[: m.start()])[-1] + s.text[m.start():]  # (材料申报 before it is how it was run)
        if PENDING.search(clause) or re.search(r"拟|公示|候选", clause) or _ASSESSED_ORDER.search(s.text[: m.end()]) \
                or _INTERIM.search(s.text[: m.start()]):
            return []  # (…正在进行中，截至昨日，票选结果排名依次为 / 初评推选结果: an interim count or a first round, none yet)
        # the selection named in this paragraph only, and one held: not one announced for later (将于明年启动 / 拟举办)
        prefix = self.body[max(self.body.rfind("\n", 0, s.start) + 1, s.start - 600): s.start + m.start()]
        named = list(_SELECTION_NAMED.finditer(prefix))
        if not named or _ASSESSED_ORDER.search(named[-1].group(0)):
            return []
        said = prefix[prefix.rfind("。", 0, named[-1].start()) + 1:]
        said = said[: said.find("。") + 1 or len(said)]
        if _SELECTION_AHEAD.search(said):
            return []
        if _INTERIM_STAGE.search(said):
            return []
        title = named[-1].group("title")
        # 今年江南幸福感城市推选结果…: the result names a selection of its own, not the quoted one: not read
        own = _SELECTION_OWN.sub("", re.split(r"[，,。；;]", s.text[: m.start()])[-1])
        if len(own) >= 4 and _SELECTION_CLASS.search(own) and own not in title and title not in own:
            return []
        # the members end at the first comma (…东岭市，南溪市位列第十 is no 4th place); 东岭等10座城市 is 东岭
        items = re.split(r"[，,]", m.group("items"))[0]
        items = re.sub(r"等[\d一二三四五六七八九十百]+(?:座|个|家|名|位)?[\u4e00-\u9fa5]{0,4}$", "", items)
        names = [clean_recipient(n) for n in items.split("、")]
        if len(names) < 2 or not all(n and _RANKED_HOLDER.fullmatch(n) for n in names):
            return []
        return [self.make(s, title, f"第{k}位", n, m.start("items")) for k, n in enumerate(names, 1)]

    def joined_published(self, s: Sentence, at: int, verb: str, obj: str) -> str | None:
        """The name of the list, ranking or report of the best the lines just before report as published, when 跻身 /
        荣登 / 进入 a list of the best is membership of it (《X报告》在京发布。…A、B跻身2020年全国百强县): the list is a
        selection (conventions); no place in it (…百强县行列 / 榜首 / 第5位) nor an aim (力争在三年内跻身, 将跻身) is, nor a
        list after a publication of something else (发布《…若干意见》 / 发布2023年经济运行情况 / 发布招商项目)."""
        clause = re.split(r"[，,。；;]", s.text[:at])[-1]
        if verb not in ("跻身", "荣登", "进入", "登上") or NOT_REACHED.search(s.text[:at]) or _AIMED.search(clause):
            return None
        best = _RANKING.search(re.sub(r"[（(][^（()）]{1,6}[）)]$", "", re.split(r"[，,。；;]", obj)[0].strip()))
        if not best or best.group(0) != best.group(0).rstrip("行列榜首名位") or re.search(r"行列|榜首|第[\d一二三四五六七八九十]", obj[:best.end() + 4]):
            return None
        before = self.body[max(0, s.start - 300): s.start + at]
        if PENDING.search(before):
            return None
        for m in reversed(list(_PUBLISHED_BEST.finditer(before))):
            name = m.group("before") or m.group("after")
            if _BEST_PUBLICATION.search(name) and not _OTHER_PUBLICATION.search(name):
                return name
        return None

    def day_before(self, s: Sentence) -> str | None:
        """The date of the honours the lines just above reported, for a sentence that goes on from them (此外 / 同时 /
        另外 at its start); None otherwise."""
        if not re.match(r"^(?:此外|同时|另外)", s.text):
            return None
        dated = [a.date for a, line in self.read_so_far if s.line - 2 <= line < s.line and a.date]
        return dated[-1] if dated else None

    def list_day(self, s: Sentence, title: str) -> str | None:
        """The day a sentence of the few lines above dates the publication of the list `title` names (11月10日，中央文明办
        公布X名单…): the date of the members a later sentence names (round-15 call: the issuing date carries)."""
        for earlier in reversed([e for e in self.sentences if s.line - 4 <= e.line <= s.line and e.start < s.start]):
            m = re.search(r"(?:公布|发布|揭晓|印发)了?[^。；;]{0,30}?" + re.escape(title), earlier.text)
            if m:
                return event_date(earlier.text[: m.start() + 2], self.published)
        return None

    def led_by(self, holder: str) -> Award | None:
        """The fact of a decision that named a counted group led by `holder` (认定成都市双流区等24个县为X), for a
        roster whose first line opens with it (成都市：双流区、…): the roster lists that group, the title is the decision's."""
        return next((a for a in self.group_leads if same_holder(a.recipient, holder)), None)

    def graded(self, s: Sentence, name: str, recipients: list[str], position: int) -> list[Award]:
        """One award per recipient; a bare grade (授予…等5项成果二等奖) takes the award granted just before."""
        bare, grade = split_grade(name)
        if grade and not bare:
            # (授予A等6件作品银奖 after 第五届市文学艺术奖评选…: the prize the text before named)
            bare = self.graded_awards[-1] if self.graded_awards else \
                self.prize_named_before(s.start + position) or ""
        elif grade and bare:
            self.graded_awards.append(bare)
        if not bare:
            return []
        return [self.make(s, bare, grade, r, position) for r in recipients]

    def verb_awards(self, s: Sentence, covered: list[tuple[int, int]], conferred: list[str] | None = None) -> list[Award]:
        found: list[Award] = []
        dangling, self.dangling = self.dangling, None  # left by the sentence just before, for this one only
        cut, self.cut_list = self.cut_list, None  # (line, places) a sentence before listed up to its ；
        tallied, self.tallied = self.tallied, None  # (line, holder) of the prizes a sentence before counted up to its ；
        if not VERB.search(s.text) and not ("获奖" in s.text and _LEAD_AWARD.match(s.text)):
            return found
        said_by = _SOURCE_LEAD.match(s.text)  # (据介绍，这是…: who says it, then the comment)
        lead = said_by.end() if said_by else 0
        if COMMENTARY.match(s.text[lead:]):
            # 这是丽水经开区企业首次牵头获得省科学技术进步奖: a comment on an award already read
            earlier = _EARLIER_HONOURS.match(s.text[lead:])
            if not earlier:
                return found
            # 这是该镇继2016年荣获A称号和2017年荣获B称号之后，获得的又一殊荣: A and B are honours of their own
            body = earlier.group("body")
            start = lead + earlier.start("body")
            return self.verb_awards(Sentence(body, s.start + start, s.start + start + len(body), s.line), covered)
        subject = None  # the sentence's topic: its first clause that is neither a label nor only a date
        carried: list[str] = []  # who received the honour of the clause before
        graded_here: list[str] = []  # prizes this sentence named with a grade: …获一等奖，…获二等奖
        said: list[str] = list(conferred or [])  # the honours a clause before named (what 其中A为首次入选 points to)
        # “重大贡献奖”表彰了…的企业，A等24家企业荣获该奖项 / …，B的陆忠明等28位人才获奖: the prize the sentence opens with
        lead_award = _LEAD_AWARD.match(s.text)
        works: list[str] = []  # verbless clauses naming a work each (X领衔完成的“A”项目，Y领衔完成的“B”项目，获得…)
        last: str | None = None
        goal = False  # a clause before set a goal (力争创成X，入选Y): the subjectless clauses after it are aims too
        harvest_at: int | None = None  # where the awards a 收获 clause gave begin in `found`
        took: tuple[list[str], list[str]] | None = None  # (holders, their places) a clause before ranked (分获前三名)
        for clause in _verb_parts(split_clauses(s)):
            if harvest_at is not None:
                found[harvest_at:] = [a for a in found[harvest_at:] if _harvested(a)]
            offset = clause.start - s.start
            verb = VERB.search(clause.text)
            harvest_at = len(found) if verb and verb.group(0) == "收获" else None
            if goal and offset and s.text[offset - 1: offset] in ("；", ";"):
                goal = False  # (a ； starts another matter)
            if lead_award and not verb and offset and clause.text.rstrip("。；;！!").endswith("获奖"):
                before = clause.text.rstrip("。；;！!")[:-2]
                holders = self.recipients(before, None) if not UNNAMED.search(re.sub(r"等[\d一二三四五六七八九十百]+.*$", "", before)) else []
                found += [self.make(s, lead_award.group("award"), None, r, offset + len(before)) for r in holders]
                continue
            passed, last = last, None  # (the place the clause just before says passed a review)
            joined: str | None = None  # the published list of the best the clause's 跻身 joins
            run_on = _run_on_honours(clause.text) if not verb and carried else []
            if run_on:  # 我县先后荣获A、B，C、D等多项省部级荣誉: the list goes on past the comma, the same holders
                found += [self.make(s, n, g, r, offset) for n, g in map(split_grade, run_on) for r in carried]
                continue
            qualified = _QUALIFIED.match(without_time_lead(clause.text).strip()) \
                if _CONFERRED_NEXT.match(s.text[offset + len(clause.text):]) else None
            met = self.recipients(qualified.group("holders"), None) \
                if qualified and not _COUNTED_ONLY.search(re.sub(r"等[\d一二三四五六七八九十百]+.*$", "", qualified.group("holders"))) else []
            if met:  # A、B、C达到…标准要求，正式获评X / A等25家企业符合…要求，保留X称号: the holders of the next clause's title
                carried = met
                top = qualified.group("top")
                # (A、B、C分获前三名，被授予X: each its place, in the order named)
                took = (met, [f"第{n}名" for n in "一二三四五六七八九十"[:len(met)]]) \
                    if top and parse_numeral(top) == len(met) else None
                continue
            if not verb or any(a <= offset + verb.start() < b for a, b in covered):
                passing = _REVIEW_PASSED.match(without_time_lead(clause.text)) if not verb else None
                last = passing.group("place") if passing and not AGGREGATE.match(passing.group("place")) else None
                work = _OWNED_WORK.match(clause.text.rstrip("；;。"))
                if work and not verb:
                    works.append(work.group("title"))
                    if clause.end >= s.end - 1 and s.text.rstrip().endswith(("；", ";")):
                        self.dangling = clause.text.rstrip("；;").strip()  # …荣获A，城建集团的“B”；C的“D”等9个项目荣获…
                label = s.text[offset + len(clause.text): offset + len(clause.text) + 1] in (":", "：")
                # (中国义乌网12月22日讯（记者 X）今天: a dateline and a day, nobody named)
                if _GOAL_CLAUSE.match(without_time_lead(clause.text)):
                    goal = True  # 全力打造活力青石，争创全国文明城市，入选…: an aim, never a holder
                    continue
                if subject is None and not (label and len(clause.text) <= 8) and not _is_setting(clause.text) \
                        and without_time_lead(clause.text).strip():
                    whole = clean_recipient(clause.text)
                    # a clause that is all subject (X申报的Y…) is taken whole; else its leading place
                    # (温州大都市区建设提速推进 says how a place fares, it names no holder)
                    body_lead = _ORG_LEAD.match(whole or "")
                    led = _PLACE_BODY.match(without_time_lead(clause.text))
                    # 镇党委动员全镇上下…，获评X: the place its party committee or government leads (我镇, resolved)
                    subject = "我们" if re.match(r"^我们", without_time_lead(clause.text)) else \
                        "我" + led.group(1) if led else \
                        whole if whole and whole == clause.text.strip("“”") else \
                        None if is_statement(clause.text) else \
                        body_lead.group(0) if body_lead else head_entity(clause.text) or whole  # 新昌X研究院“揭榜”
                    if re.match(r"^它(?!们)", without_time_lead(clause.text)):
                        subject = self.place_heading(s)  # 黄岩区宁溪镇 / …它是省级中心镇，拥有X等多项美誉: the heading's place
                    elif "、" in clause.text and persons(clause.text):
                        subject = clause.text  # A学院崔青、B学院胡华，分别获得…: the list is the topic
                    elif "、" in clause.text and _places_listed(clause.text):
                        subject = "、".join(_places_listed(clause.text))  # 义乌市A镇、B镇、C镇三个城镇，…，被评为X
                    elif whole and whole != subject and len(persons(whole)) == 1:
                        subject = persons(whole)[0]  # 丰溪县第一中学学生王明在…大赛上，荣获…: the person, not the place
                continue
            obj = clause.text[verb.end():]
            if _HOLDER_CLASS.search(obj) and _NO_SUBJECT.fullmatch(clause.text[: verb.start()].strip()):
                continue  # (对)获得X称号的地区应…: the class of its holders, a rule for them, no one received it here
            if _conditional_holders(clause.text[: verb.start()], obj, s.text[offset + len(clause.text):]):
                continue  # 对连续3年获评优秀的，授予X / 每连续3年获得…的，颁授Y: a rule's condition, nobody received it here
            if "、" in obj and "等奖" in obj:  # 分别获得一、二、三等奖: a grade each
                obj = _GRADE_SERIES.sub(r"\1等奖", obj)
            # 平阴县荣膺全国文明城市称号 文明创建结硕果: a headline's second phrase after the space is no part of the title
            obj = _HEADLINE_TAIL.sub("", obj) if " " in obj or "\u3000" in obj else obj
            if clause.text[: verb.start()].endswith("以"):
                obj = re.sub(r"为(?:新|起|目标|契机|抓手|动力)[^，,。；;]*$", "", obj)  # 以获评X为新起点: X
            held = _HELD_BY.match(obj.rstrip("。；;，,！! "))
            if held and not NOT_REACHED.search(clause.text[: verb.start()]) \
                    and not re.search(r"(?:对|向|给|凡|对于)$", clause.text[: verb.start()]):
                # 加上此次捧回“平安金鼎”的慈溪市: the title in quotes, its holder after 的
                name, grade = split_grade(held.group("award"))
                found.append(self.make(s, name, grade, held.group("holder"), offset + verb.start()))
                continue
            firm = self.firm_holding(obj) if not without_time_lead(clause.text[: verb.start()]).strip() \
                and not PRIZE_VERB.fullmatch(verb.group(0)) else None
            if firm:  # 入选今年省级智能工厂的A有限公司先后投入…: the honour before 的, its holder the firm after it
                found.append(self.make(s, firm[0], None, firm[1], offset + verb.start()))
                continue
            selected = SELECTED_ARE.match(obj)
            if selected:  # 入选的企业有A、B / 获奖的单位为：A、B: the list named before, its members after
                listed = LISTED_AFTER.match(s.text[offset + len(clause.text):])
                after = selected.group("items") or (listed.group("items") if listed else "")
                members = _members(after)
                prize = self.list_before(s, offset)
                found += [self.make(s, prize[0], None, r, offset + verb.start()) for r in members if prize]
                continue
            after = HOLDERS_AFTER.match(obj.rstrip("。；;，, ")) or COUNTED_MEMBERS.match(obj.rstrip("。；;，, "))
            if not after and obj.endswith(("是", "为", "有")):
                # 被命名为“X”的乡镇分别是：A、B: the title, then its holders after the colon (the next clause)
                after = _HOLDERS_NEXT.match(obj + s.text[offset + len(clause.text):].rstrip("。；;，, "))
            if after and NOT_REACHED.search(clause.text[: verb.start()]):
                continue  # 拟获评X的乡村分别是：A、B: those proposed, none conferred
            if after:  # 获评“5A级园区”的为A、B等3家 / 荣获…“十大美丽乡村”的还有A、B: the award, then who holds it
                names = [split_grade(n) for n in award_names(after.group("award"), not PRIZE_VERB.fullmatch(verb.group(0)))]
                # 获金奖的产品分别是：A、B: a bare grade, won at the fair or contest named before
                names = [(n or self.contest_before(s, offset + verb.start(), graded_here), g) for n, g in names]
                if after.groupdict().get("kind") == "项目":
                    # 入选省重大产业的项目有A、B: the works of a plan (省重大产业项目, 省重点建设项目), unless the name with its
                    # kind is a title (入选国家级示范的项目有…)
                    names = [(n, g) for n, g in names if n and is_award_like(n + "项目") and not names_no_title(n + "项目")
                             and not _PROGRAMME.search(n)]
                members = _members(after.group("items"))
                found += [self.make(s, n, g, r, offset + verb.start()) for n, g in names if n for r in members]
                if names and members:
                    continue
            if self.proposed_list and re.fullmatch(r"入选|入围|上榜|榜上有名|名列其中", verb.group(0)) \
                    and not _FINAL_LIST.search(s.text) and not self.published_before(s, offset + verb.start()):
                continue  # 其中A镇入选…, after the notice said the list is a 公示 of candidates
            if verb.group(0) in ("入围", "入选", "晋级") and _is_round(obj.rstrip("。；;，,！! ")):
                continue  # 入围…大赛全国总决赛: through to a round of the contest, no prize yet
            if PARTICIPLE.match(obj) or (verb.group(0) in ("入选", "入围", "获评", "上榜") and SELECTED_ONES.match(obj)):
                continue  # 此次入选的企业将…, 加强对入选企业的指导: the selected ones, not a selection reported
            first_to = _FIRST_TO.match(obj.rstrip("。；;，, ")) if verb.group(0) == "成为" else None
            if first_to:  # 成为全市首个获评国家生态文明建设示范县的县: the honour it names, received
                obj = first_to.group("award")
            elif verb.group(0) == "成为" and (not is_conferred_title(obj.rstrip("。；;，, ")) or RESTATED.search(obj)
                                           or _is_milestone(obj)
                                           or re.search(r"(?:建设|打造|努力|争取|力争|将|要)$", clause.text[: verb.start()])
                                           or not clause.text[: verb.start()].strip() and _MADE_INTO.search(s.text[:offset])):
                continue  # 成为大会颁出的3个…一等奖之一: the award just read, said again
            if re.match(r"^(?:这一|这项|此项|该项)", obj) and not THIS_HONOUR.match(obj.rstrip("。；;，, ")) \
                    and not _CROWN.match(obj.rstrip("。；;，, ")):
                continue  # 成为…首家获得这一国家级荣誉称号的县级市: the honour just read, pointed at
            if _HONOURS_COUNTED.match(obj.rstrip("。；;，,！! ")):
                carried = self.tally_carried(s, clause.text[: verb.start()]) or carried
                continue  # 荣获7个国家级文明称号 / 累计荣获国家级文明荣誉14项: a count of honours, none named
            if re.match(r"^(?:荣誉|称号|奖项|表彰)的", obj) or _ALL_COUNTED.fullmatch(obj.rstrip("。；;，, ")):
                continue  # 表彰获得荣誉的全国五一劳动奖章25人、…先进单位3个: a tally of honours, nobody named
            if re.search(r"(?:唯一|首家|首个|第一家)$", clause.text[: verb.start()]) and "的" in obj:
                continue  # A是全市唯一获得全国优秀评价的孵化器: a remark on the honour just read
            if re.search(r"(?:对|向|给|凡|对于)$", clause.text[: verb.start()]):
                continue  # 对获得“通达杯”金杯的单位给予奖励: those who won, the object of a reward, not an honour reported
            if verb.group(0) == "通过" and obj.rstrip("。；;，, ").endswith("现场复核"):
                obj = re.sub(r"现场复核(?=[。；;，, ]*$)", "复核", obj)  # 通过X现场复核: a review passed, the title kept (as 通过X复核)
            if verb.group(0) == "通过" and re.search(r"(?:(?:考核|检查|评估|考评|核查|督查)(?:验收|复核)?|现场验收)$",
                                                   obj.rstrip("。；;，, ")):
                # 通过…试点考核验收 / 通过…现场验收: an inspection passed, no title conferred; the place that passed goes on
                # (青石县通过X现场验收，被命名为X / 正式获批为X / 获评X: the next clause, subjectless, is about it)
                passer = self.recipients(clause.text[: verb.start()], subject, s.text[:offset],
                                         self.body[max(0, s.start - 300): s.start]) \
                    if not NOT_REACHED.search(clause.text[: verb.start()]) else []
                if passer:
                    carried = passer
                    last = passer[0] if len(passer) == 1 else None
                continue
            if NOT_REACHED.search(clause.text[: verb.start()]) or _HELPED_TOWARDS.match(clause.text[: verb.start()]):
                goal = goal or bool(_GOAL_WORD.search(clause.text[: verb.start()]))
                continue  # 力争成功创建…, 争取入选…, 助力X创成…: an aim, not an honour received
            if goal and not clean_recipient(without_time_lead(clause.text[: verb.start()]).strip("，, ")):
                continue  # 提出三年大变样，力争创成X，入选Y: Y the same aim's, the clause has no holder of its own
            if _AIMED_AT.search(clause.text[: verb.start()]) and re.search(r"”(?:作?为|当作)(?:奋斗)?(?:目标|方向|导向)", obj):
                continue  # 以“再次跻身全国千强镇”为目标: the goal set, not an honour received
            if _sales_rank(obj):
                continue  # 夺得1-8月累计交付冠军 / 销量冠军: a place in a sales ranking, no prize
            if verb.group(0).endswith(("纳入", "列入")) and _PROGRAMME.search(obj.rstrip("。；;，,！! ")):
                continue  # 被列入全省示范小城镇和“5个100工程”建设: a programme to build, no title held
            tally = obj.rstrip("。；;，, ")
            if (PRIZE_TALLY.search(tally) and not GRADE_TALLY.search(tally) or PRIZES_COUNTED.match(tally)) and (re.search(r"总计|累计|共计|合计|共", clause.text[: verb.start()])
                                                             or _PLACE_NAME.search(clean_recipient(clause.text[: verb.start()]) or subject or "")):
                carried = self.tally_carried(s, clause.text[: verb.start()]) or carried
                continue  # 黑龙江省获得国家自然科学奖2项: a count of prizes won across a region
            if _COUNTED_HOLDERS.search(tally) and not GRADE_TALLY.search(tally) and "等" not in clause.text[: verb.start()] \
                    and _PLACE_NAME.search(clean_recipient(clause.text[: verb.start()]) or ""):
                continue  # 丰溪区获评首都劳动奖状3个: the district's units won three (A等15个镇获评X15个: the count restated)
            titled = not PRIZE_VERB.fullmatch(verb.group(0))
            remark = re.sub(r"[（(][^）)]*[）)]", "", obj).strip("。；;，,！! ")  # 上榜（排名不分先后）, 榜上有名！
            # 成功入选 / 入选名单如下 / 入选其中: the list named before
            pointer = not remark or LIST_POINTER.match(obj) or remark == "其中"
            if pointer and not remark and not s.text[:offset + verb.start()].strip():
                continue  # 上榜！: a cheer alone, no holder and no list of its own
            paragraph = self.body[self.body.rfind("\n", 0, s.start) + 1: s.start + offset]
            if PRIZES_COUNTED.match(remark):  # 哈尔滨工业大学获得7个奖项: prizes of the award the notice is about
                prize = self.prize_named_before(s.start + offset)
                names = [prize] if prize else []
            elif _CROWN.match(remark):  # 在全省职业技能大赛中摘得桂冠: the contest named before, won
                contest = competition(s.text[:offset + verb.start()]) or competition(self.body, s.start)
                names = [contest] if contest else []
            elif THIS_HONOUR.match(remark):  # 对…先进集体进行表彰，我县城关镇获此殊荣: the honour just named
                honoured = list(HONOURED.finditer(paragraph))
                names = [lead_award.group("award")] if lead_award else \
                    [clean_award(honoured[-1].group("honour") or honoured[-1].group("quoted"))] if honoured else \
                    said[-1:] or self.honour_before(s)
            else:
                line_so_far = self.body[self.body.rfind("\n", 0, s.start) + 1: s.start]
                # 确定第二批X名单，现予以公示。其中，A上榜: the list it points to is a 公示's, proposed, not conferred
                # (授予A…X称号，授予B…Y称号。我省C、D获评。: which of the titles just conferred is not said)
                # (…称号。近日，X部公布了Y名单，A榜上有名: the sentence names its own list, the titles before are no matter)
                several = self.honours_before[0] == s.line and len(self.honours_before[1]) > 1 and not said \
                    and not self.published_here(s, offset + verb.start()) and not named_list(s.text[:offset + verb.start()])
                # (拟… or 公示 must be in the line for PROPOSED: asked first, a line of thousands of winners is not
                # read again by the pattern for each of them)
                proposed = ("拟" in line_so_far or "公示" in line_so_far) and PROPOSED.search(line_so_far) \
                    and not self.published_here(s, offset + verb.start())
                names = ([] if proposed or several else self.list_before(s, offset, said)) if pointer \
                    else award_names(obj, titled)
                joint = "和".join(names) if len(names) == 2 and not pointer else ""
                if joint and joint in obj and re.search(re.escape(joint) + r"(?:表彰大会|表彰会|评选表彰)", self.body):
                    names = [joint]  # 当选为全国劳动模范和先进工作者, the ceremony named by both: one honour, who is which unsaid
                year = _YEAR_LEAD.match(obj)
                if year and len(names) > 1 and not pointer:  # 荣获2018年A和B称号: the year dates both
                    names = [n if n.startswith(year.group(0)) else year.group(0) + n for n in names]
                names = [n for n in names if not names_no_title(n)] if pointer else names  # 省重点建设项目名单: a plan's
                # 去年被确定为X产业园的板芙河西新区，计划…: a verb with no subject before it qualifies the place after 的, the
                # sentence is about something else (what the place is to be, no honour reported); so does 成为 (…成为X
                # 入驻的首个地级城市: what the place became); after a subject and a verb that confers (丰溪县被确定为…
                # 改革的试点县) a title's head after 的 ends its name, and words inside quotes are the title's own
                unheld = not subject and not clean_recipient(without_time_lead(clause.text[: verb.start()]).strip("，, "))
                names = [n for n in names if not _qualifies_place(re.sub(r"“[^“”]*”", "", n), unheld or verb.group(0) == "成为")]
                joined = self.joined_published(s, offset + verb.start(), verb.group(0), obj) \
                    if _RANK_VERB.fullmatch(verb.group(0)) else None
                if _RANK_VERB.fullmatch(verb.group(0)) and not joined:
                    # 荣登…百强县榜首 / 进入…百强县行列 / 入列中国百强镇: a place in a ranking, no honour conferred
                    names = [n for n in names if not _RANKING.search(re.sub(r"[“”\"]", "", n))]
                if not names and TIER_ONLY.match(remark):
                    names = [remark]  # 被评为良好（B类）: a tier, the assessment named before is the award
                elif not names and _CONTEST_RANK.fullmatch(remark):
                    names = [remark]  # 在…大赛中荣获团体第一名: a place in the contest named before
            before = clause.text[: verb.start()]
            listed = LISTED_AFTER.match(s.text[offset + len(clause.text):])
            if listed and not self._named(before) and (listed.group("lead") or listed.group("named") or UNNAMED.search(before)
                                                      or re.search(r"(?:的(?:还)?有|分别是|分别为|如下)$", clause.text)):
                # 我市5家企业入选，分别是：A、B / 获得“X”称号的有：A、B: the members follow the colon
                recipients = _members(listed.group("items"))
            elif carried and not clean_recipient(before.strip("，, ")) and not UNNAMED.search(before):
                recipients = list(carried)  # 舟山市蝉联省“平安市”，捧回“长安杯”: the same subject goes on
            elif not offset and tallied and tallied[0] == s.line and not before.strip() and subject is None:
                recipients = list(tallied[1])  # A中心共获得奖项35个，其中…；荣获X: the body that counted them
            elif verb.group(0).startswith("被") and not before.strip() and passed:
                recipients = [passed]  # A县城顺利通过复审，被…重新确认为X: the place the clause before is about
            elif not offset and self.prior_holder and _GOES_ON.fullmatch(before.strip()):
                recipients = [self.prior_holder]  # A多次被评为X。并获得“Y”称号: the holder of the sentence before goes on
            elif len(works) > 1 and not self._named(before):
                recipients = list(works)  # A领衔完成的“X”项目，B领衔完成的“Y”项目，获得…: each work
            elif _WORKS_DONE.search(before) and (county_home(self.body) or self.home):
                # 县区高质量发展、粮食安全等11项工作获得…督查激励: the county's work, the county its holder
                recipients = [county_home(self.body) or self.home]
            else:
                recipients = self.recipients(before, subject, s.text[:offset], self.body[max(0, s.start - 300): s.start])
                if recipients and offset and (COUNTED_GROUP.search(before) or before.rstrip().endswith("等")):
                    # (我市A镇，B村、C村等被授予X: the list runs on from the clause before, its 等 left uncounted)
                    recipients = _listed_before(s.text[:offset]) + recipients
                elif recipients and offset and persons(before):
                    # A合作社理事长甲，B公司主任乙，C所所长丙当选为X: each clause before a person at a post, one list
                    recipients = _people_before(s.text[:offset]) + recipients
                total = _TOTAL_GROUP.search(before) if recipients and offset else None
                if total:  # A市、B市，C市、D县共4个城市被授予X: the clauses before hold the rest, the total says so
                    listed = _listed_before(s.text[:offset], _CITY_ITEM)
                    if len(listed) + len(recipients) == parse_numeral(total.group("count")):
                        recipients = listed + recipients
                if recipients and dangling and not offset and COUNTED_GROUP.search(before) and _OWNED_WORK.match(before):
                    recipients = [clean_recipient(dangling) or dangling] + recipients  # the first of the list, before the ；
            if verb.group(0).endswith("保留") and not obj.startswith("“"):
                # (…，保留X称号 named bare: only a named holder keeps it; 我县必须保留 / 甲镇因…被撤销…，保留 none)
                recipients = [r for r in recipients if _NAMED_HOLDER.match(r)]
            if pointer and not remark and recipients and _NAMED_NEXT.match(s.text[offset + len(clause.text):]):
                carried = recipients  # A、B名列其中，荣获X称号: the honour is named in the clause after
                continue
            if not offset and recipients and cut and cut[0] == s.line and cut[1]:
                recipients = cut[1] + recipients  # the places the sentence before listed up to its ；
            kinds = self.titles_by_kind(s) if pointer and recipients and not said else {}
            if pointer and recipients and not said and not kinds:
                # 公布A镇级称号、B村级称号名单，甲乡榜上有名: a list over two kinds, each holder the part of its kind
                kinds = self.combined_list_kinds(s, offset, names)
            if len(kinds) > 1 or kinds and not names:
                # 重新确认93个城市为X，236个县城为Y。其中A市、B县城榜上有名: each the title of its kind
                for r in recipients:
                    kind = next((k for pattern, k in _HOLDER_KINDS if pattern.search(r)), None)
                    if kinds.get(kind):
                        found.append(self.make(s, kinds[kind], None, r, offset + verb.start()))
                continue
            if recipients and (names or re.search(r"等[\d一二三四五六七八九十百]+(?:个|家|所|名|位|人)", before)) \
                    and not _COUNTED_WORKS.search(before):  # A、B三项工作获…激励: the works won that one, no more
                carried = recipients  # who received the honour (or a rank: A等54名选手分获第一名) goes on to the next
            said = names or said
            position = offset + verb.start()
            if "分别" in before and len(recipients) == 1 < len(names):
                pair = [clean_recipient(p) for p in re.split(r"[和与及]", recipients[0])]
                if len(pair) == len(names) and all(pair):
                    recipients = pair  # A和B分别荣获X和Y: one each
            respective = "分别" in before and len(names) == len(recipients) > 1  # A、B分别获评X、Y
            # (what the clause says of all its names, read once: a list of thousands of titles stays linear)
            # (获得X试点及省级荣誉7项: the honours counted after a named one are a tally, no group of holders)
            unnamed = UNNAMED.search(before) or COUNTED_OBJECT.search(TALLY_TAIL.sub("", obj.rstrip("。；;，, ")))  # 苍南县2镇获…
            # 入选工业和信息化部第三批…名单: the list's publisher ranks it; 被生态环境部命名为X: so does the agent of 被
            issuers = (ISSUER.findall(verb.group(0)) or ISSUER.findall(obj)) if names else []
            for k, name in enumerate(names):
                holders = [recipients[k]] if respective else recipients
                bare, grade = split_grade(name)
                if grade and (_THE_CONTEST.fullmatch(bare) or "、" in bare and (GROUP_LABEL.fullmatch(bare.split("、")[-1])
                                                                               or not any(is_award_like(p) for p in bare.split("、")))):
                    # 获得大赛一等奖 / 分别获得光电技术、装配钳工项目金牌: the contest named before, not its events
                    bare = ""
                elif grade and _MEDALS_COUNTED.search(bare):
                    continue  # 代表队获得2银3铜和52个优胜奖: a team's tally of its members' medals, no prize of one holder
                elif grade and _COUNT.fullmatch(bare):
                    if re.search(r"总计|累计|共计|合计|共", before):
                        continue  # 代表团共获36枚金牌…和8个优胜奖: a tally of prizes, no prize of one holder
                    bare = ""  # 获得2个一等奖: the grade, counted, of the contest named before
                elif grade and _GROUP_CONTEST.fullmatch(bare):
                    bare = _GROUP_CONTEST.fullmatch(bare).group("group")  # 初创企业组大赛一等奖: a group of the contest named before
                if grade and bare and len(bare) <= 4 and not level_of(bare):
                    # 获专利金奖 after 第二十三届中国专利奖揭晓: the prize named before, its word repeated with the grade
                    prize = self.prize_named_before(s.start + position)
                    bare = prize if prize and bare in prize else bare
                if not grade and (_CONTEST_PRIZE.fullmatch(bare) or _CONTEST_RANK.fullmatch(bare)) and not level_of(bare) \
                        and _AT_CONTEST.search(s.text[:position]):
                    # 在…技术需求大赛总决赛上，A摘获金点子奖: the contest's own prize is its grade
                    bare, grade = competition(s.text[:position]) or bare, bare
                if not grade and _CONTEST_RANK.fullmatch(bare):
                    continue  # 在全省营商环境考核中获得第一名: a ranking, no contest's prize
                if grade and bare and not GROUP_LABEL.fullmatch(bare):
                    graded_here.append(bare)
                elif grade:
                    # a bare grade (获金奖, 获产品设计组铜奖): the competition named before, in this sentence or earlier
                    label, bare = bare, self.contest_before(s, position, graded_here, bool(bare))
                    if not bare and _LEVEL_GROUP.fullmatch(label):
                        bare = label  # 县专班获得了市专组二等奖, no contest named: the tier's group is the award
                elif TIER_ONLY.match(bare):
                    # 在…考核中获评优秀（等次）: the assessment is the award, its tier the grade
                    # …评价结果的通知。其中，A首次被评为优秀（A类）: an assessment named in the sentences just before
                    assessed = list(ASSESSMENT_HELD.finditer(s.text[:position])) \
                        or list(ASSESSMENT_HELD.finditer(self.body[max(0, s.start - 300): s.start]))
                    bare, grade = (assessed[-1].group("name"), TIER_ONLY.match(bare).group("tier")) if assessed \
                        else (None, None)
                elif TIER_TITLE.match(bare):
                    assessed = list(ASSESSMENT_NAMED.finditer(s.text[:position]))
                    if assessed:
                        bare = assessed[-1].group("name") + bare
                if not grade and _COUNTED_TITLE.match(bare or ""):
                    continue  # 创成2个省级美丽城镇样板镇: how many places hold the title, none named
                placed = _PLACE_BEFORE_LEVEL.match(bare or "") if not holders or not self._named(before) else None
                if placed and not re.search(rf"^(?:{PROVINCES})|[省市县批届度年]$|{_NOT_A_ZONE}区$|^(?:第|首|新|一)",
                                            placed.group("holder")):
                    # 创成金溪画廊省级县域风貌样板区: the place named before the level holds the title the rest names
                    # (创建丰溪经开区省级高新技术产业园区: a zone too; 全区, 我区, 城区: the district speaking, no holder)
                    found.append(self.make(s, placed.group("title"), None, placed.group("holder"), position, level=None))
                    continue
                headed = self.place_heading(s) if bare and not holders and not unnamed and not listed else None
                if headed:  # 路桥区新桥镇 / 新桥已发展成为…，先后荣获X、Y: a profile under its place's heading
                    holders = carried = [headed]
                # (永嘉抓好转型升级，…，创成X县: the clause taken whole as the subject opens with the topic; its place holds it)
                topic = self.paragraph_topic(s, position, bare) \
                    if bare and not unnamed and not listed and not self._named(before) \
                    and (not holders and subject is None or subject and holders == [subject]) else None
                if topic and holders and not (holders[0].startswith(topic) and len(holders[0]) > len(topic) + 2):
                    topic = None
                if topic:  # 去年，A县持续推进…，创成X示范县 / A办公室自组建以来…。在团队建设上，获评优秀处室: the paragraph's topic
                    holders = carried = [topic]
                if bare and self.home and not unnamed and not topic and (not holders or _PLACE_HONOUR.search(bare)
                                                           and not any(_PLACE_NAME.search(r) or r in gazetteer().known for r in holders)):
                    # 获评中国天然氧吧 with no subject: a review's honours are its place's (the notice's city or county)
                    # 全域创成全国文明城市: a city's title, and the notice's city took it; a 先进县 / 百强区 a county's
                    speaker = _SPEAKER.findall(s.text[:position])
                    # …全区上下…，蝉联X: a district's report speaks of itself (its city is named in its title too)
                    county_level = re.search(r"[县区]$|县域", bare) or speaker and speaker[-1] in "县区"
                    none_named = not holders
                    holders = [(county_home(self.body) if county_level else None) or self.home]
                    # 连续四年荣获商城县“明星村”称号, in a notice whose honours so far went to one village: a village's title
                    # is that village's, not its county's
                    if not unnamed and re.search(r"村”?$", bare) and len(self.villages) == 1 and none_named:
                        holders = list(self.villages)
                    if none_named and holders[0] in self.weak_homes and self.other_named(s, position, holders[0],
                                                                                               bool(county_level)):
                        # 来源：乙县融媒体中心 / 丙县…荣获X; 青石村…。去年，获评X; 她荣获X: a byline's county or a summary's
                        # street or town holds no honour another (place, firm, person) may have won
                        holders = []
                    carried = holders
                level = None if level_of(bare or "") or not issuers else \
                    ("county" if ZONE_BOARD.fullmatch(issuers[0]) else level_of(issuers[0]))
                if level is None and k and bare and not level_of(bare) and _TIER_KIND.match(bare):
                    # 荣获区优秀航运物流、优秀金融企业等称号: 区 leads the list of its 优秀 titles (区优秀企业、高新技术企业:
                    # a title of another kind after it keeps no level)
                    level = _tier_led(names[0])
                if "备案" in verb.group(0):  # 省科技厅备案首批省级…平台: the body that files the list holds nothing
                    holders = [h for h in holders if not re.search(r"[厅局委办部]$", h)]
                ranks: list[str] = []
                if joined and bare:
                    # 《2023中国县域经济百强榜》正式发布。东阳市、义乌市跻身…百强县，分别位列第36位、第8位: members of a
                    # list of the best are places or bodies (综合实力 / 数据显示 hold nothing), ranked when the text says
                    holders = [h for h in holders if _JOINED_HOLDER.search(h)]
                    ranked = _RANKED_AT.match(s.text[position:])
                    ranks = re.findall(r"第?\d+位", ranked.group("ranks")) if ranked else []
                    ranks = [r if r.startswith("第") else "第" + r for r in ranks]
                    ranks = ranks if ranked and len(ranks) == len(holders) and (ranked.group("each") or len(ranks) == 1) else []
                    level = level or ("national" if re.search(r"全国|中国", joined) and not level_of(bare) else None)
                if holders and _HOLDERS_COUNTED_AFTER.search(obj.rstrip("。；;，,！! ")):
                    # 我省…获得全国赛优胜奖以上企业330家: the holders are the firms the object counts, none named; the
                    # subject (我省) is where they are, no holder
                    holders = []
                if not ranks and not grade and took and took[0] == holders:
                    ranks = took[1]
                for i, recipient in enumerate(holders if bare else []):
                    found.append(self.make(s, bare, ranks[i] if ranks else grade, recipient, position, level=level))
                if bare and not holders and UNNAMED.search(before) and not listed:
                    self.unnamed.append((bare, grade, level))  # 我县4家单位获评X: who they are may follow
                    # (9月底…公布…名单，我市21个村被认定为X: the day it dates the group's honour dates the names that follow)
                    self.counted_dates[_LIST_WORD_END.sub("", bare)] = (self.context(s, position)[0], s.line)
        if harvest_at is not None:
            found[harvest_at:] = [a for a in found[harvest_at:] if _harvested(a)]
        return found

    def contest_before(self, s: Sentence, position: int, graded_here: list[str], labelled: bool = False) -> str | None:
        """The competition (or graded prize) a bare grade at `position` was won in: named before it in the sentence,
        else earlier in the notice (a group's grade, `labelled`, 产品设计组铜奖, takes no prize graded before)."""
        # (the sentence's last 500 characters before the grade, and the notice before the sentence read once for all the
        # grades of a sentence: a sentence of thousands of winners stays linear)
        near = s.text[max(0, position - 500):position]
        if s.start not in self.earlier_contests:
            self.earlier_contests = {s.start: competition(self.body, s.start) or graded_prize(self.body, s.start)}
        return competition(near) or (graded_here[-1] if graded_here else None) or graded_prize(near) \
            or self.earlier_contests[s.start] \
            or (self.graded_awards[-1] if self.graded_awards and not labelled else None) \
            or self.prize_named_before(s.start + position)

    @staticmethod
    def firm_holding(obj: str) -> tuple[str, str] | None:
        """(title, firm) when a verb's object is a ranked title, then 的, then a firm's full name: the clause opens
        with the honour (入选浙江省第一批智能工厂的A有限公司…) and goes on to say what the firm did."""
        m = _TITLE_OF.match(obj)
        if not m:
            return None
        titles = award_names(re.sub(r"^(?:今年|去年|前年)", "", m.group("title")), True)
        firms = find_companies(obj[m.end():])
        if not firms or firms[0][0] != 0 or len(titles) != 1 or not level_of(titles[0]):
            return None
        return titles[0], firms[0][1]

    def list_before(self, s: Sentence, offset: int, said: list[str] | None = None) -> list[str]:
        """The list an object-less 入选 points to: named earlier in its line, else the honour a clause before in
        the sentence named (3家企业获评X，其中A为首次入选), else the list the lines just above name (a title line:
        荆州市十佳美丽乡村名单出炉 / …最终入选的10个乡村分别为：A、B)."""
        line_start = self.body.rfind("\n", 0, s.start) + 1
        here = named_list(self.body[line_start: s.start + offset]) or list(said or [])
        if here or UNNAMED.search(s.text[:offset]):
            return here  # 确定了5个X，A县榜上有名: the sentence names what was chosen, no list of the lines above
        return named_list(self.body[max(0, line_start - 200): line_start]) or self.decided_before(s.start)

    def decided_before(self, at: int) -> list[str]:
        """The honour the notice last said was decided before `at` (农业农村部确定了新一批的中国美丽休闲乡村 /
        248个村落被确定为2020年中国美丽休闲乡村), what a later 入选 with no list of its own points to."""
        before = self.body[max(0, at - 1500): at]
        for m in reversed(list(DECIDED.finditer(before))):
            names = award_names(m.group("honour"), True)  # a decision's object: a title when it has a level or a title's word
            if len(names) == 1 and not names_no_title(names[0]) and not _NO_DECIDED_TITLE.search(names[0]) \
                    and not re.search(r"拟$", before[: m.start()]):
                return names
        return []

    @staticmethod
    def _named(before: str) -> bool:
        """Whether the text before a verb names who received the honour (not 我市5家企业, not nothing)."""
        named = [clean_recipient(p) for p in split_recipients(before)]
        return any(r and not is_generic(r) and not re.fullmatch(r"我[市县区省]", r) for r in named)

    def recipients(self, before: str, subject: str | None, earlier: str = "", above: str = "") -> list[str]:
        if _SOME.match(before.strip()):
            return []  # 一批涉及高端装备、新材料…的核心技术成果荣获…: some of a kind, none named
        if _AT_EVENTS.match(before.strip()):
            # 在电工、西式烹调2个项目获得银牌: the events it was won in, not who won; in one event, right after the clause
            # that names the person (…，丰溪技师学院选手李明，在焊接项目中获得金牌), the person won
            one_event = "、" not in before and not re.search(r"[\d一二三四五六七八九十两]+个(?:项目|赛项|组别)", before)
            named = persons(subject) if one_event and subject else []
            return named if len(named) == 1 and earlier.rstrip("，, ").endswith(named[0]) else []
        if "、" in before and _KINDS_COUNTED.search(outside_quotes_split(before)[0]):
            return []  # 我市有24个文明村镇、单位、家庭、校园同时上榜: the kinds counted, none named
        # 成都市代表队在汽车修理、电子商务等4个项目上摘得金奖: where it was won is no holder
        before = _WHERE_WON.sub("", before) if "在" in before else before
        return [r for r in self._recipients(before, subject, earlier, above) if not AGGREGATE.match(r)]

    def _recipients(self, before: str, subject: str | None, earlier: str = "", above: str = "") -> list[str]:
        people = persons(before)
        if people:
            return people
        owned = _OWNED_PERSON.match(re.sub(r"等[\d一二三四五六七八九十百]+.*$", "", without_time_lead(before.strip(" ，,"))))
        if owned:
            return [owned.group(0)]  # 大金空调（上海）有限公司的陆忠明（等28位人才）: the person, at the employer
        counted = [r for r in (clean_recipient(p) for p in counted_list(before)) if r]
        if len(counted) > 1:
            return counted
        owned = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
        if owned and all("的“" in r for r in owned) and (len(owned) > 1 or _OWNED_WORK.match(owned[0]) and "等" not in before):
            return owned  # A公司的“P”项目和B公司的“Q”项目 / A公司的“P”项目: each firm's project, as written
        companies = [re.sub(r"^(?:和|及|与|以及)", "", name) for _, name in find_companies(before)]
        companies = [without_place_lead(c) for c in companies]  # 石门县有A公司: the firm
        if len(companies) > 1 and "、" not in before:
            return companies  # 枣庄创新山水水泥有限公司和山东辛化硅胶有限公司: two firms joined by 和
        if len(companies) > 1:
            # 浙江华屹精工科技有限公司、浙江丽锋机械股份有限公司等14家企业入选; but a list of people at their
            # employers (X研究院陈强、Y有限公司陆云峰8人获得…) names more than its companies
            listed = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
            # A有限公司采购运输部、B有限公司育种部: each firm's unit, named as written
            units = len(listed) == len(companies) and all(r.startswith(c) and r != c for r, c in zip(listed, companies))
            # A集团B有限公司综采二区: a group's firm's unit, one holder however many firms its name holds
            nested = len(listed) < len(companies) and all(any(c in r for c in companies) for r in listed) \
                and all(any(c in r for r in listed) for c in companies)
            return listed if len(listed) > len(companies) or units or nested else companies
        entity = entity_of(before)
        parts = split_recipients(before) if entity and "、" in before else []
        listed = [clean_recipient(p) for p in parts]
        if len(listed) > 1 and all(listed) and any(p.startswith(entity) for p in parts):
            # 国家统计局自贡调查队、贡井区人民检察院、A有限公司荣获…: the firm is one of the holders (or a branch of it
            # is: A有限公司东山县供电公司)
            return listed
        if entity:
            return [entity]
        named = [r for r in (clean_recipient(p) for p in split_recipients(before)) if r]
        if len(named) == 1 and self.last_unit and re.fullmatch(r"(?:该|本)(?:校|院|行|中心|所|馆|单位|医院|学校)", named[0]):
            return [self.last_unit]  # 丰溪县第一中学坚持五育并举。该校被评为…: the body named just before
        pronoun = re.fullmatch(r"该(村|镇|乡|社区|街道|县|市|区)", named[0]) if len(named) == 1 else None
        if pronoun:  # 苦竹塘村始终坚持…。该村先后获得…: the place of that kind that opened a clause of the paragraph
            paragraph = above.rsplit("\n", 1)[-1] + earlier
            opened = re.findall(rf"(?:^|[，,。；;：:])[ \u3000]*([\u4e00-\u9fa5]{{2,16}}?{pronoun.group(1)})(?![\u4e00-\u9fa5]{{0,2}}[，,。])",
                                paragraph)
            opened = [p for p in opened if not re.match(r"^(?:该|本|全|各|我|乡|农)", p) and p[-2:] not in ("乡村", "农村")]
            if opened:
                return [opened[-1]]
        if len(named) == 1 and re.fullmatch(r"(?:该|本|全)?(?:园区|新区|开发区)", named[0]):
            # 去年被确定为…产业园的板芙河西新区…。目前，园区已成功获批为X: the zone its paragraph named last
            zones = [z for z in _ZONE_NAMED.findall(above.rsplit("\n", 1)[-1] + earlier) if not _ZONE_BUILT.search(z)]
            if zones:
                return [zones[-1]]
        if not named and subject and not UNNAMED.search(before):
            # the clause has no subject of its own: the sentence's topic (its firm, when it names one; each one
            # of a list: 荆州理工职业学院崔俏俏、荆州技师学院胡新华，分别获得…)
            listed = persons(subject) or [r for r in (clean_recipient(p) for p in split_recipients(subject)) if r] \
                if "、" in subject else []
            named = listed or [entity_of(subject) or subject]
        deictic = _DEICTIC_FIRM.match(named[0]) if len(named) == 1 else None
        if not named or all(is_generic(r) for r in named) or deictic:
            # 该企业曾于2021年入选… / 就是这样一座现代化工厂，…荣获…: the company the sentence named before, else the
            # one the lines above named (记者在A有限公司厂区看到: the reporter's visit is no part of the name)
            pronoun = deictic or re.match(r"^(?:该|本|此)?(?:企业|公司)$", named[0] if named else "")
            named_above = find_companies(above) if pronoun else []
            referent = (entity_of(earlier) if earlier else None) or \
                (_REPORTER_AT.sub("", named_above[-1][1]) if named_above else None) if pronoun else None
            if referent:
                return [referent]
            if self.last_entity:
                return [self.last_entity]
            if not named and not subject:
                # 民众镇位于…。…先后获评为A、B: a place's profile, its honours listed with no subject
                paragraph = above.rsplit("\n", 1)[-1] + earlier
                profiled = _PROFILED.findall(paragraph)
                if profiled:
                    return [profiled[-1]]
            if not named and self.last_unit and not subject:
                return [self.last_unit]  # 县人民医院持续深化改革。近日，获评“X”: the unit the sentence before is about
            return [self.home] if self.home and named and all(r in ("我们", "我市", "我县", "我区") for r in named) else named
        return named


# 列入…示范小城镇建设 / 纳入…工程: what a place is put into is a programme of works, no title
# “A”国家自然科学奖一等奖: a work in quotes, then a prize (a grade, or 奖 at the end); “X”称号 is a title, no work
_QUOTED_WORK = re.compile(rf"^“(?P<work>[^“”]{{4,60}})”(?P<award>[^“”，,。；;]{{2,30}}(?:{GRADE}|奖))$")
# 纪实文学《工具间里的“践行酒会”》等12件作品: a work named in title marks (quotes inside them its own), counted
_WORK_GROUP = re.compile(r"^(?P<lead>[^“”《》，,]{0,20}《[^》]{1,40}》)等[\d一二三四五六七八九十百]+(?:件|部|篇|项|个)(?:作品|成果)?")
# (全国文明城市、国家卫生城市等国家级荣誉12项 names its titles before the count: those stay)
_HONOURS_COUNTED = re.compile(r"^(?:[\d一二三四五六七八九十两]+[个项]|多[个项])[^，,。；;、等“”]{2,20}(?:称号|荣誉|奖项)$"
                             r"|^[^，,。；;、等“”]{2,20}(?:称号|荣誉|奖项)[\d一二三四五六七八九十两]+[个项]$")
_GOES_ON = re.compile(r"(?:并|并且|同时|还|也|又)[，,]?")
# 打造成为宜居的旅游小镇，成为全国知名的特色小镇: a subjectless 成为 goes on with the goal the clause before set
_MADE_INTO = re.compile(r"(?:打造|建设|建|培育|发展)成为?[^，,。；;]*[，,]\s*$")
def _tally_holder(before: str) -> list[str]:
    """2021年，A中心共获得各种奖项35个，其中…；荣获X、Y等大奖: the body that counts its prizes (named at the clause's
    head) is the subject of the subjectless clauses after it; a region's tally (全省共获得…, 黑龙江省获得…) carries nobody."""
    unit = _UNIT_LEAD.match(without_time_lead(before).strip("，, "))
    return [unit.group(0)] if unit and not _PLACE_NAME.search(unit.group(0)) and not AGGREGATE.match(unit.group(0)) else []


def _is_milestone(obj: str) -> bool:
    """成为全省首个千亿产业镇: the first to reach a mark, no title conferred (成为全省首个国家生态文明建设示范县: one
    conferred, its milestone lead set aside); 成为全国首批X试点 is a designation's first batch, no milestone."""
    first = FIRST_OF.match(obj)
    return bool(first) and not first.group("batch") and not is_conferred_title(obj[first.end():].rstrip("。；;，, "))


_PROGRAMME = re.compile(r"(?:建设|工程|计划|规划|行动|项目库?)$")
# verbs that place a holder in a ranking (入选 / 上榜 / 入围 a 百强 list, or 荣获 its 称号, select or confer: they stay)
# 首都劳动奖状3个 / 省级文明村5个: a title counted by its holders (个, 名), not by the prizes one holder won (项)
# 公布了全省经济运行情况 / 发布了年度工作要点: a decision's object that is a report or a plan, no honour
_NO_DECIDED_TITLE = re.compile(r"(?:情况|排名|排行|结果|数据|方案|意见|通知|规划|计划|要点|报告|办法|标准|目录|清单|政策)$")
_DATED_TITLE = re.compile(r"^(?P<year>\d{4})年度?[ \u3000]?(?P<title>[^，,。；;：:\s]{4,40})$")
# (第二名 / 前三名 / 第12名: a place in a contest, no count: the number is the whole run after a word that is no rank's)
_COUNTED_HOLDERS = re.compile(r"(?<=[\u4e00-\u9fa5”])(?<![第前\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+(?:个|家|名|所|处)$")
# 《2023中国县域经济百强榜》正式发布 / 赛迪顾问发布《2023中国县域经济百强研究》 / 公布2023年X名单: what was published
_PUBLISHED_BEST = re.compile(r"《(?P<before>[^《》]{2,40})》[^《》。；;，,]{0,10}?(?:发布|公布|揭晓|出炉)(?!会)|"
                             r"(?:发布|公布|揭晓|出炉)(?!会)了?《?(?P<after>[^，,。；;《》]{2,40})")
# a list, ranking or report of the best (榜单, 百强, 报告, 名单): what a 跻身 the text reports is membership of
_BEST_PUBLICATION = re.compile(r"榜|百强|千强|\d+强|[县市区镇]域|排行|名单|名录|报告|研究|指数|评价|白皮书|蓝皮书")
# a policy paper, statistics or a release of projects: published, but no list of the best
_OTHER_PUBLICATION = re.compile(r"意见|办法|方案|规划|纲要|通知|政策|措施|情况|数据|统计|公报|项目|清单|任务|政府工作报告|计划")
# 力争在三年内跻身 / 将跻身 / 有望跻身: an aim, anywhere in the clause before the verb
_AIMED = re.compile(r"力争|争取|有望|目标|计划|努力|冲刺|预计|将(?!军)|要")
# 分别位列第36位、第8位 / 位列第36位: the rank each member of the list took, its grade
_RANKED_AT = re.compile(r"^[^。；;]*?[，,](?P<each>分别)?(?:位列|位居|排名|排在|列)(?:全国|第)?(?P<ranks>第?\d+位(?:[、和]第?\d+位)*)")
# a member of a list of the best: a place or a body (东阳市, 甲集团), or the notice's own place (我县)
_JOINED_HOLDER = re.compile(r"(?:省|市|县|区|镇|乡|村|旗|街道|社区|州|盟|公司|集团|企业|科技|股份|控股|银行|大学|学院|医院|园区|开发区)$|^我[省市县区镇乡村]$")
_RANK_VERB = re.compile(r"位列|位居|名列|进入|迈入|跨入|跻身|荣登|登上|入列|挺进|跃居|跃升")
_RANKING = re.compile(r"(?:百强|千强|[\d一二三四五六七八九十百千]+强)(?:[县区市镇乡村]|县市|县区)?(?:榜单?)?"
                      r"(?:行列|榜首|第?[\d一二三四五六七八九十]+(?:强|位|名))?$")
_TITLE_OF = re.compile(r"^(?P<title>[^，,。；;的“”]{4,40}?)的(?=[\u4e00-\u9fa5（）()]{4,40}?(?:有限公司|有限责任公司|集团))")
# 就是这样一座现代化工厂 / 这家企业: the company the text has just described, pointed at
_DEICTIC_FIRM = re.compile(r"^(?:就是|正是)?(?:这样|这)一?[座家个所][\u4e00-\u9fa5]{0,8}?(?:企业|公司|工厂)$")
_REPORTER_AT = re.compile(r"^.*?(?:记者|笔者)(?:在|从|于|来到|走进)")
# 【民众镇概况】 民众镇位于中山市东北部: a paragraph that profiles a place opens with its name and where it lies
_PROFILED = re.compile(r"(?:^|[。；;】\s])[ \u3000]*([\u4e00-\u9fa5]{2,10}?(?:镇|乡|村|街道|社区|县|区|市))(?:位于|地处|坐落于|地处于)")
COUNTED_GROUP = re.compile(rf"等{COUNT}+(?:个|家|所)")
# 浙江甲公司、浙江乙公司、丙公司3家企业 / 城关镇、东坑镇2个镇: names listed in full (a 、 between them), then their count
# and kind, no 等 (the count closes the list; its last name ends before the digits)
_NAMED_COUNTED = re.compile(rf"^(?P<lead>[^“”《》，,。；;：:等]{{2,60}}?、[^“”《》，,。；;：:等]{{2,400}}?[^\d、一二三四五六七八九十百两]){COUNT}+"
                            r"(?:个|名|家|位|项|所|户)(?:同志|单位|集体|个人|企业|公司|村|社区|乡镇|镇|乡|街道|县|区|学校|科技成果|成果|项目|作品)?")
_PLACE_ITEM = re.compile(r"[\u4e00-\u9fa5（）()]{2,24}(?:村|社区|镇|乡|街道|有限公司|学校|景区)")
_CITY_ITEM = re.compile(r"[\u4e00-\u9fa5]{2,8}(?:市|县|区|村|社区|镇|乡|街道)")
# 共11个城市 closing a list (no 等: every member is named, in this clause and the ones before it)
_TOTAL_GROUP = re.compile(r"(?<!等)共(?P<count>[\d一二三四五六七八九十百]+)(?:个|家|所)")


# C、D等多项省部级荣誉 / E、F等称号: a clause of titles only, closed by the word that says they are honours
_RUN_ON = re.compile(r"^(?P<items>[^，,。；;：:“”]+?)等(?:多项|[\d一二三四五六七八九十]+项|多个)?[\u4e00-\u9fa5]{0,6}?"
                     r"(?:荣誉称号|荣誉|称号|殊荣)[。；;！!]?$")


# a county named after a boundary (丙县举行…): one other than the byline's makes its county no default holder
_COUNTY_NAMED = re.compile(r"(?:^|(?<=[，,。；;：:\n“”、（(]))((?:(?![全本该我各此两每一])[\u4e00-\u9fa5]){1,3}县)(?=[\u4e00-\u9fa5])", re.M)
# a holder of its own near a subjectless honour: a village, town, street, city, firm, person or pronoun
_OTHER_HOLDER = re.compile(r"[\u4e00-\u9fa5]{2}(?:村|镇|乡|街道|社区)|[\u4e00-\u9fa5]{2}市(?![委级场民])|公司|集团|合作社|企业|"
                           r"辖区|[她他]|同志|教师|医生|护士|书记|[\u4e00-\u9fa5]{2}(?:学校|小学|中学|医院|卫生院)")
# words of a visit or of work on a zone, no part of its name (调研, 督查, 赴, 推进)
_ZONE_VISIT = re.compile(r"调研|督查|督导|视察|考察|检查|推进|建设|赴|来到|走进|深入|参观|前往")
_LEVEL_START = re.compile(rf"^(?:全国|全省|全市|全县|全区|国家|中国|中华|世界|国际|亚洲|联合国|省|市|县|区|"
                          rf"(?:{PROVINCES})(?:省|市|自治区)?)")


def _run_on_honours(clause: str) -> list[str]:
    """The titles of a verbless clause that goes on with the list of the clause before: 我县先后荣获A、B，全省C、省级D等
    多项省部级荣誉 (the comma cuts one list of honours in two; its last clause says what they all are). Each item must
    name a level (全省…先进县, 省级平安县, 省级经济技术开发区: the closing words say each is an honour) and one at least
    read as a title on its own; [] for any other clause."""
    m = _RUN_ON.match(clause.strip())
    if not m:
        return []
    items = [clean_award(p) for p in re.split(r"[、]", m.group("items"))]
    # (each item starts with its level: 下辖青石村省级文明村, 乙公司省级…, 总经理张三个人全国…, 曾被撤销的省级…: another's)
    titled = all(len(i) >= 4 and level_of(i) and _LEVEL_START.match(i) for i in items) \
        and any(is_award_like(i) for i in items)
    return items if titled else []


# 区优秀X / 县先进Y: a list's first title led by a bare tier word (the district's own honours), not by a place's name
# 我市A镇、B乡9个乡（镇）以及C村、D村等88个村入选: two counted groups of holders, each of its kind, one verb after both
_GROUP_KIND = r"(?P<{0}kind>乡[（(]镇[）)]|镇[（(]乡[）)]|乡镇|镇|乡|街道|村|社区)"
_TWO_KINDS_ENTERED = re.compile(
    rf"^(?:[^，,。；;：:]{{0,12}}[，,])?(?:我[省市县区]|全[省市县区])?(?P<g1>[^，,。；;：:“”]{{2,400}}?)等?{COUNT}+个" + _GROUP_KIND.format("g1")
    + rf"(?:以及|和|及)(?P<g2>[^，,。；;：:“”]{{2,400}}?)等?{COUNT}+个" + _GROUP_KIND.format("g2")
    + r"(?:均|成功)?(?P<verb>入选|上榜|榜上有名)[。！!]?$")
_KIND_WORD = {"乡（镇）": "镇", "乡(镇)": "镇", "镇（乡）": "镇", "镇(乡)": "镇", "乡镇": "镇", "镇": "镇", "乡": "镇", "街道": "镇",
              "村": "村", "社区": "村"}
# X示范乡（镇）创建单位和示范村: a list named for two kinds of holder, the second sharing the first's lead
_JOINED_LIST = re.compile(r"^(?P<first>[^和及与]{4,40})(?:和|及|与)(?P<second>[^和及与]{2,12})$")


# (经县级申报、市级推荐、省级评审: the steps a list conferred went through, no call)
_ASKED_LIST = re.compile(r"(?:名单|组织|开展)(?:申报|推荐)|申报工作|征求意见|候选|推荐(?:名单|工作|对象|人选)|拟(?:认定|命名|推荐|入选)")
# 【责任分工】： / 【工作动态】：: a heading in square brackets alone on its line, a colon after it (【石湾县】: a place label)
_BOXED_LINE = re.compile(r"【[^【】]{2,40}】[:：]")


def _kind_of_title(title: str) -> str | None:
    """The kind of holder a title names (镇 for …示范乡（镇）创建单位 and …示范镇, 村 for …示范村), by its last kind word."""
    found = re.findall(r"乡[（(]镇[）)]|乡镇|村镇|镇|乡|街道|村|社区", title)
    return None if not found or found[-1] == "村镇" else _KIND_WORD.get(found[-1])


_TIER_LEAD = re.compile(r"^([区县市省])(?=优秀|先进|文明|十佳|模范|示范|最美|突出|杰出|年度)")
_TIER_KIND = re.compile(r"优秀|先进|文明|十佳|模范|示范|最美|突出|杰出|年度")


def _tier_led(first: str) -> str | None:
    """The level a bare tier word at the head of a list's first title gives the titles after it that name no level of
    their own: 荣获区优秀航运物流、优秀金融企业等称号 (both the district's); None when the first title has no such lead."""
    m = _TIER_LEAD.match(first)
    return {"省": "provincial", "市": "municipal", "县": "county", "区": "county"}[m.group(1)] if m else None


# a zone written by its kind alone (高新区获批X): the zone a notice about one names in full
_ZONE_KINDS = ("高新区", "经开区", "开发区", "综保区", "工业园区", "产业园区")
# 1.第四批X名单.docx / 2.Y名单.pdf: the annexes listed by their file names under 附件:, links, not the rosters (附件：
# X名单.doc over the roster's own lines is its heading)
_ANNEX_FILE = re.compile(r"^[ \t\u3000]*\d{1,2}[.．、][^\n]*\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)[)）]?[ \t\u3000]*$", re.I)
# 市专组 / 省专班: a group or panel named by the tier that runs it, a grade after it (县专班获得了市专组二等奖)
# (市小学组一等奖, 县青年组: a contest's division, no award; only a 专组 / 专班 is a group of its own)
_LEVEL_GROUP = re.compile(r"[省市县区](?:级)?(?:专组|专班|工作专班|[\u4e00-\u9fa5]{1,3}专(?:组|班))")
_PROPOSAL_TITLE = re.compile(r"的公示$|公示公告$|^关于拟(?:命名|授予|认定|确定|表彰|推荐)")
# 在2024年全国百强县榜单中，江南省占2席，分别是A、B: a named list, then its members after 分别是 (no verb of their own)
_LIST_MEMBERS = re.compile(r"(?:^|[，,])在?(?P<list>[^，,。；;在]{4,50}?(?:榜单|名单|名录))(?:中|上|里)[，,][^。；;：:]{0,30}?"
                           r"(?:分别是|分别为|依次是|依次为|包括)[:：]?(?P<items>[^。；;：:]+)")
# 93个城市（区）为国家卫生城市（区） / 236个县城（乡镇）为…: a count of one kind of holder, then the title they hold
_KIND_TITLE = re.compile(rf"{COUNT}+个(?P<kind>城市|县城|乡镇|县|区|镇|村)(?:[（(][^）)]{{1,8}}[）)])?为(?P<title>[^，,。；;为]{{4,30}})")
_KIND_OF = {"区": "城市", "乡镇": "镇", "县": "县城"}  # the kind a title's holders are counted as, by a holder's ending
# (社区 before 区: a 社区 is a village's kind, never a city's)
_HOLDER_KINDS = ((re.compile(r"县城$"), "县城"), (re.compile(r"村$|社区$"), "村"),
                 (re.compile(r"(?:市|区)(?:[（(][^）)]*[）)])?$"), "城市"), (re.compile(r"[镇乡]$|街道$"), "镇"),
                 (re.compile(r"县$"), "县城"))
# 浙江省文化强镇、文化示范村（社区）名单 / 示范乡镇和示范村名单: two titles before one 名单, each of its kind of holder
_COMBINED_LIST = re.compile(r"(?P<a>[^，,。；;：:、“”和及与]{4,40}?)[、和及与](?P<b>[^，,。；;：:、“”]{3,30}?)(?:名单|榜单|名录)")
_LIST_KINDS = ((re.compile(r"(?:乡镇|城镇|镇|乡|街道)(?:[（(][^）)]*[）)])?$"), "镇"),
               (re.compile(r"(?:村|社区)(?:[（(][^）)]*[）)])?$|村[（(][^）)]*社区[）)]$"), "村"))
# 其中，山西省晋城市、潞城市（现长治市潞城区）；: places listed, no verb, up to a ； (or up to a mojibake ? after a 、:
# 此前，湖北已有京山市、?)
_CUT_LIST = re.compile(r"^(?:[^，,。；;：:]{0,8}[，,])?(?P<items>[^，,。：:“”]{2,4000}?)(?:[；;]|、\?)$")


def _cut_places(text: str) -> list[str]:
    """The places a verbless sentence lists up to the ； that cuts it (其中，A市、B市；), [] for any other sentence."""
    m = _CUT_LIST.match(text.strip())
    if not m or VERB.search(text):
        return []
    names = [clean_recipient(re.sub(r"[（(][^）)]*[）)]$", "", p)) for p in split_recipients(m.group("items"))]
    return names if names and all(n and _PLACE_NAME.search(n) for n in names) else []


def _verb_parts(clauses: list[Clause]) -> list[Clause]:
    """The clauses of a sentence, one cut at each 、 whose parts each report an honour of their own (A选手关高文荣获金牌、
    B选手黄波林荣获银牌: two clauses); a 、 inside a list of holders or titles cuts nothing."""
    parts: list[Clause] = []
    for clause in clauses:
        pieces = clause.text.split("、") if "、" in clause.text else [clause.text]
        if len(pieces) < 2 or not all(VERB.search(p) and VERB.search(p).start() > 0 for p in pieces):
            parts.append(clause)
            continue
        start = clause.start
        for piece in pieces:
            parts.append(Clause(piece, start, start + len(piece)))
            start += len(piece) + 1
    return parts


def _listed_before(text: str, item: re.Pattern = _PLACE_ITEM) -> list[str]:
    """丹阳市延陵镇九里村、经济开发区建山村，句容市后白镇西冯村，…等10个村获得X: the lists of named places in the
    clauses before the counted group (one clause a county), which the group closes."""
    found: list[str] = []
    for chunk in _clauses_back(text.rstrip("，, ")):
        chunk = re.sub(r"^.*?(?:表彰了?|命名了?|评选出|包括)", "", chunk)
        if re.match(r"\s*在", chunk):
            break  # 在青山镇，A村、B村等被评为…: where it happened, no holder of the list (于都县, 自贡市, 从化区 are names)
        items = outside_quotes_split(chunk)
        if not items or not all(item.fullmatch(i) for i in items):
            break
        found = items + found
    return [r for r in (clean_recipient(i) for i in found) if r]


def _clauses_back(text: str):
    """The clauses of `text` between commas, the last first, each found only when it is read (the lists before a verb
    are read back to their first clause that is no member: a sentence of thousands of clauses stays linear)."""
    end = len(text)
    while end >= 0:
        start = end - 1
        while start >= 0 and text[start] not in "，,":
            start -= 1
        yield text[start + 1: end]
        end = start


def _places_listed(clause: str) -> list[str]:
    """The places a clause lists and nothing else (A镇、B镇、C镇 / A镇、B镇、C镇三个城镇, its count closing it); []."""
    items = counted_list(clause) or split_recipients(clause)
    named = [clean_recipient(i) for i in items]
    return named if len(named) > 1 and all(r and _PLACE_NAME.search(r) and len(r) <= 15 for r in named) else []


def _people_before(text: str) -> list[str]:
    """The people named in the clauses right before a verb's clause, each clause a person at a post and nothing else."""
    found: list[str] = []
    for chunk in _clauses_back(text.rstrip("，, ")):
        people = persons(chunk)
        if len(people) != 1 or not chunk.rstrip().endswith(people[0]):
            break
        found = people + found
    return found


_LIST_END = re.compile(r"(?:名单|名录|榜单)$")
_COMMON_PAIRS = {"国家", "全国", "中国", "省级", "市级", "县级", "年度", "名单", "名录", "榜单", "国级", "家级"}


def _pairs(name: str) -> set[str]:
    """The two-character words of an award's name, its level and list words set aside (绿色制造名单 -> 绿色, 色制, 制造)."""
    return {name[i: i + 2] for i in range(len(name) - 1) if re.fullmatch(r"[\u4e00-\u9fa5]{2}", name[i: i + 2])} - _COMMON_PAIRS


def _list_under_title(found: list[Award]) -> list[Award]:
    """跻身…绿色制造名单，荣获“国家级绿色工厂”称号 (or the title first, then the list): a list and the title it
    confers, read in one sentence for one holder, are one honour, the title; a list of another honour (专精特新企业名单
    beside 绿色工厂) stays, and so does a list of another scope (荣获全国“最佳避暑城市”称号，上榜全球避暑名城榜单: a
    world ranking on top of a national title)."""
    titles: dict[str | None, list[Award]] = {}  # each holder's honours that are no list (a holder's few, looked up by holder)
    for t in found:
        if not _LIST_END.search(t.award):
            titles.setdefault(t.recipient, []).append(t)
    return [a for a in found if not (_LIST_END.search(a.award) and any(
        _pairs(t.award) & _pairs(a.award) and _scope(a.award) in (None, _scope(t.award)) for t in titles.get(a.recipient, ())))]


_WORLD = re.compile(r"全球|世界|国际|亚洲")


def _scope(name: str) -> str | None:
    """How wide an honour's name says it reaches: the world (全球避暑名城榜单), else its level (全国, 省级), else None."""
    return "world" if _WORLD.search(name) else level_of(name)


def _members(items: str) -> list[str]:
    """The holders a list names (A、B和C公司: a 和 after a name's own ending joins two; A公司的P和B社的Q: two owners'
    products)."""
    parts = [q for p in outside_quotes_split(items) for q in _JOINED.split(p)]
    parts = [q for p in parts for q in (_TWO_OWNED.match(p).groups() if _TWO_OWNED.match(p) else (p,))]
    return [r for r in (clean_recipient(p) for p in parts) if r]


_TWO_OWNED = re.compile(r"^([^和及的“”]{2,30}的[^和及的]{2,20}?)[和及]([^和及的“”]{2,30}的[^和及的]{2,20})$")


_QUOTED_LEAD = re.compile(r"^(?P<lead>(?:“[^”]{2,40}”[、，,]?)+)等[\d一二三四五六七八九十百]+(?:个|家|所|项)")  # “A”、“B”等八家
_GROUP_TITLES = re.compile(r"([^、，,“”]{2,40}?)等[\d一二三四五六七八九十百]+[个名家所户位项][\u4e00-\u9fa5]{0,4}“([^”]{2,40})”")
_KIND_BEFORE = re.compile(rf"^[\u4e00-\u9fa5（）()、]{{1,8}}?(?=(?:{PROVINCES})(?:省|市|自治区)|国家|全国|中国|第[一二三四五六七八九十\d]+[届批])")
# 全国五一劳动奖章25人、…先进集体26个: holders counted per honour (共获得金奖1项 still dates the winners named next)
_COUNTED_ITEM = r"[^、，,。；;]{2,30}?(?<![第\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+[个人名家位]"
_ALL_COUNTED = re.compile(rf"(?:{_COUNTED_ITEM}[、和及])+{_COUNTED_ITEM}")
# 全市首个获评X的县 / 全省唯一入选X的村: the first (or only) holder of a named honour (获此殊荣, 这一称号 point back)
_FIRST_TO = re.compile(r"^[\u4e00-\u9fa5]{0,8}?(?:唯一|首个|首家|首批|第一个|第一家)(?:一个|一家)?(?:获评|入选|荣获|获得|上榜)"
                       r"(?!此|这|该|上述)(?P<award>[^，,。；;的]{4,40}?)(?:称号|荣誉|殊荣)?的[\u4e00-\u9fa5]{1,6}$")
# 正式公布…名单，A正式入选 / 最终名单: the list published after the 公示 the notice also mentions
# 优胜奖以上企业330家 / 省级以上荣誉的单位12个: an object that ends by counting the holders of its honour
_HOLDERS_COUNTED_AFTER = re.compile(r"(?:以上|及以上)(?:荣誉|奖项|称号)?的?(?:企业|单位|集体|学校|个人|人才|家庭)(?:达到?|共|有|累计)?"
                                    r"[\d一二三四五六七八九十两百千万]+(?:家|个|所|名|位|户)$")
_COUNTED_TITLE = re.compile(r"^[\d一二三四五六七八九十两]+(?:个|家|项|所|处|座)")
# a holder's name that ends in 区 names a zone (经开区, 高新区, 园区, 景区, 度假区, 新区), not a district that speaks of itself
_NOT_A_ZONE = "".join(f"(?<!{z})" for z in ("经开", "开发", "高新", "园", "景", "度假", "新"))
_PLACE_BEFORE_LEVEL = re.compile(r"^(?P<holder>[\u4e00-\u9fa5]{2,8}?)(?P<title>(?:国家级|省级)[\u4e00-\u9fa5“”]{4,30})$")
# (2018年，第二批X名单公布，A入选: the list named first, then published)
_PUBLISHED_LIST = re.compile(r"(?:公布|发布|印发)了?[^，,。；;]{2,40}?(?:名单|名录)|[^，,。；;]{4,40}?(?:名单|名录)(?:正式)?(?:公布|发布|揭晓|出炉)")
# 获得X称号的地区 / 入选X名单的企业: the holders of a title as a class (its verb opens the clause, no subject before)
_HOLDER_CLASS = re.compile(r"(?:称号|荣誉|名单|名录|奖项?|”)的(?!还|也|有|为|是|分别)[\u4e00-\u9fa5]{0,2}?(?:地区|地方|单位|企业|城市|县区|县|"
                           r"区|市|乡镇|镇|村|个人|集体|同志|学校|园区|基地)(?:[应要须需将可均都和及、，,。；;]|给予|$)")
_CONDITION_LEAD = re.compile(r"^(?:[^，,。；;]{0,6}?[，,])?(?:对|凡|对于|凡是|对已)(?![象比照外内待口标接])[^，,。；;、]{0,16}$")
_RULE_GRANT = re.compile(r"^[，,][^。；;]{0,20}?(?:授予|颁授|颁发|给予|予以|奖励|增加|晋升)")


def _conditional_holders(before: str, obj: str, rest: str) -> bool:
    """对(连续N年|首次|当年)获得X的(单位)，授予Y / 每连续N年获评X的，授予Y: the condition of a rule, not an honour received.

    The object is nominalised by 的 (those who won X), and either the clause opens with 对/凡 (the rule's target) or
    the next clause grants something to them.
    """
    tail = obj.rstrip("。；;，,！! ")
    if "的" not in tail:
        return False
    if _CONDITION_LEAD.match(before.strip()):
        return True
    return bool(tail.endswith("的") and re.match(r"^(?:此后|今后|以后)?[，,]?(?:每|凡|对|连续|累计)", before.strip())
                and _RULE_GRANT.match(rest))


_NO_SUBJECT = re.compile(r"(?:对|凡|向|为|给|给予|鼓励|支持|对已|凡是)?")
_FINAL_LIST = re.compile(r"正式(?:公布|发布|命名|认定|入选|上榜|授予)|最终(?:名单|入选|确定)")
_HOLDERS_NEXT = re.compile(HOLDERS_AFTER.pattern.replace("[:：]?(?P<items>", "[:：](?P<items>"))  # the list after a colon
_PEOPLE_GRANT = re.compile(r"(?<!被)授予(?P<who>[^。；;“”：:]{4,200}?)“(?P<award>[^”]{2,40})”(?:荣誉)?称号")
# 县人民医院 / 丰溪县第一中学 / 县供电公司: a body a sentence opens with
_UNIT_LEAD = re.compile(r"^[\u4e00-\u9fa5]{1,16}?(?:医院|卫生院|中学|小学|学校|大学|学院|幼儿园|有限公司|集团|研究院|研究所|"
                        r"中心|图书馆|博物馆|纪念馆|文化馆|银行|分行|支行|协会|商会|派出所|供电公司|公安局|检察院|法院)"
                        r"(?=[^\u4e00-\u9fa5]|[\u4e00-\u9fa5]{2})")
_HEADLINE_TAIL = re.compile(r"(?:(?<=称号|荣誉|桂冠|殊荣)|(?<=[奖”]))[ \u3000]+[\u4e00-\u9fa5].*$")
# ，荣获国家卫生乡镇（县城）称号: the next clause names the honour a pointer (名列其中) left open
_NAMED_NEXT = re.compile(r"^[，,](?:并|均|同时)?(?:荣获|获得|获评|被授予|被评为|被命名为)[^，,。；;]{2,40}?(?:称号|奖|荣誉)")
_COUNT = re.compile(r"[\d一二三四五六七八九十两]+(?:个|枚|项|块|座)")
_MEDALS_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+枚?[金银铜](?:牌|奖)?(?=[\d一二三四五六七八九十两、和及]|$)")
_GROUP_CONTEST = re.compile(r"(?P<group>[\u4e00-\u9fa5]{1,8}(?:组|组别|赛道))(?:大赛|比赛|竞赛)")
_CONTEST_PRIZE = re.compile(r"(?:最佳|优秀|最具)?[\u4e00-\u9fa5]{1,4}奖")
_AT_CONTEST = re.compile(r"[在于][^，,。；;]{2,60}?(?:大赛|比赛|竞赛|挑战赛|评选)(?:总决赛|决赛|复赛|颁奖典礼|颁奖仪式)?(?:上|中)")
# 在日前结束的…大赛总决赛上: where it happened, never who received the honour
_SETTING = re.compile(r"^(?:在|于)?[^，,。；;]{2,80}(?:上|中|期间|之际|现场)$|^[^，,。；;]{2,30}的同时$|^在?[^，,。；;]{2,80}(?:领导|支持|指导|帮助|关心|关怀|带领|推动|引领)下$|^(?:面对|面临|应对|克服)[^，,。；;]{2,40}$"
                      r"|^经(?:过)?[^，,。；;]{0,30}(?:推荐|评审|审核|审定|批准|研究|认定|评选|考核|遴选|复核|公示)$"  # 经中国轻工联推荐
                      r"|^(?:记者|笔者)?(?:从|在)[^，,。；;]{2,80}(?:获悉|了解到|得知)$")  # 从…大会上获悉: where the news came from
_ORG_LEAD = re.compile(r"^[\u4e00-\u9fa5]{2,30}(?:研究院|研究所|大学|学院|有限公司|集团|医院|中学|小学|学校)(?=“|$)")
_EARLIER_HONOURS = re.compile(r"^(?:这是|这也是)(?:近年来|继)?(?P<body>[^。；;]{4,200}?[获评授](?:[^。；;]{2,120}?))(?:之后|以后)[，,]?"
                             r"(?:再次|又|再|第[一二三四五六七八九十\d]+次)?(?:获得|荣获|摘得|获评|斩获)(?:的|了)")
# 天津大学王教授领衔完成的“内燃机…技术及应用”项目 / 城建集团的“盾构法…技术”: a work, owned, in quotes
_OWNED_WORK = re.compile(r"^[^“”，,]{0,60}的“(?P<title>[^”]{4,80})”(?:项目|成果)?")
_COMMENDED = re.compile(r"对(?P<recipient>[^，,。；;：:“”]{2,40}?)(?:给予|予以|进行)?(?P<award>(?:集体|个人)?通令嘉奖|(?:集体|个人)?嘉奖)"
                        r"(?=[，,。；;]|$)")
# 我市有24个文明村镇(、单位、家庭): a count before the first of a list of kinds, led by 有 / 共 / 其中 or the scope that
# counts, its counter fitting the kind it counts (A等3个单位 names its lead; 三家子村, 八所镇, 四户村, 五家渠市 are names,
# the counter no fit for the place they end with)
_KINDS_COUNTED = re.compile(rf"(?:有|共|其中|[我全本][省市县区镇乡]){COUNT}+"
                            r"(?:[个家][\u4e00-\u9fa5]{0,4}(?:单位|企业|机构|医院|学校|集体|家庭|社区)"
                            r"|个[\u4e00-\u9fa5]{0,4}(?:村镇|乡镇|村|镇|乡|城市|县|区|校园|景区|园区|基地)"
                            r"|户[\u4e00-\u9fa5]{0,4}家庭|所[\u4e00-\u9fa5]{0,4}(?:学校|医院|校园)|名[\u4e00-\u9fa5]{0,4}(?:个人|同志|职工|教师|干部))$")
# (板芙河西新区，计划…: a zone that closes its clause; 园区主干道路 is something of a zone's)
# (共建飞地园区 / 10亿元建设智能制造产业园: a zone built, no name: no verb in it, and no count or sum just before it)
_ZONE_NAMED = re.compile(r"(?:^|(?<=[^\u4e00-\u9fa5\d]|[的为在是了和与及]))((?:(?![的为在是了和与及])[\u4e00-\u9fa5]){2,10}?"
                         r"(?:新区|开发区|高新区|经开区|产业园|工业园|园区))(?![\u4e00-\u9fa5])")
_ZONE_BUILT = re.compile(r"建设|共建|打造|投资|规划|建成|筹建|启动|推进|引进")
_QUALIFIES_PLACE = re.compile(rf"的(?!国家级|省级|市级|县级|全国|全省|{TITLE_HEAD}|百强|千强|文明|卫生|生态|特色|重点)"
                              r"(?:(?![的“”])[\u4e00-\u9fa5]){2,10}?(?:新区|开发区|高新区|经开区|园区|县|市|区|镇|乡|村)$")


def _qualifies_place(name: str, any_place: bool) -> bool:
    """Whether the words after the last 的 of a verb's object name a place it qualifies (X产业园的板芙河西新区), not the
    head of a title (…改革的试点县); `any_place`: the verb names no holder (or is a copula), so a place of any name."""
    m = _QUALIFIES_PLACE.search(name)
    return bool(m) and (any_place or not is_award_like(m.group(0)[1:]))


_ABBREVIATED = re.compile(r"^(?P<lead>国家级|省级|市级|县级|全国|全省|全市)(?P<head>[\u4e00-\u9fa5]{2,8})$")
_AIMED_AT = re.compile(r"以“[^“”]{0,12}$")
# (全省汽车销售技能大赛冠军 / 电商直播销售大赛冠军: a contest's prize, its trade the contest's subject)
_SALES = re.compile(r"(?:销量|销售额?|交付量?|出货量|市场占有率|市占率|票房)(?:(?!大赛|比赛|竞赛|技能|评选|挑战赛|联赛)[^，,。；;]){0,6}"
                    r"(?:冠军|亚军|季军|第一|榜首)")


def _sales_rank(obj: str) -> bool:
    """Whether a verb's object is a place in a sales ranking (1-8月累计交付冠军, 销量冠军)."""
    return bool(_SALES.search(obj))


# 镇党委动员全镇上下… / 县委县政府带领全县人民…: the body that leads the place, its people behind it (县政府获评… names
# the body itself)
_PLACE_BODY = re.compile(r"^[我本全]?([镇乡县区市旗])(?:党委|委)?(?:[镇乡县区市旗]?(?:人民)?政府)?(?<=委|府)"
                         r"(?:团结带领|带领|动员|团结|组织|领导)(?:全[镇乡县区市旗]|广大)")
_AT_EVENTS = re.compile(r"^在[^，,在]{2,60}?(?:[\d一二三四五六七八九十两]+个)?(?:项目|赛项|组别)(?:上|中)?$")
_WHERE_WON = re.compile(r"(?<=[\u4e00-\u9fa5])在[^，,在]{2,60}?(?:上|中|里|方面|[\d一二三四五六七八九十两]+个项目)$")
_PROPOSED_LIST = re.compile(r"(?:公示|候选|拟[\u4e00-\u9fa5]{0,4})名单|名单(?:的|进行)?公示")
_TIER_RANKS = re.compile(r"(?:^|(?<=[，,；;：:]))(?:其中[，,]?)?(?P<who>[\u4e00-\u9fa5]{1,12}?(?:区|县|市|镇|乡|街道|园区|开发区))"
                         r"(?P<name>[\u4e00-\u9fa5]{0,8}(?:考评|考核|评价|评估))(?:结果)?(?:连续[\d一二三四五六七八九十两]+年)?"
                         r"(?P<verb>重回|回到|首次进入|再次进入|进入|跻身|迈入|位列|保持|继续保持|稳居)(?P<scope>[^，,。；;“”]{0,20})"
                         r"“(?P<tier>[双三]?A{1,3}(?:类|级)?|[A-D]类|[一二三四五]星级?|优秀|先进)”(?:行列|等次|档次)")
# 杭州市钱塘区2024年…计划执行情况的报告 / 清州市丰溪区政府工作报告: a district's (or county's) own report, its city named too
_REPORT_TITLE = re.compile(r"^[ \u3000]*(?:[\u4e00-\u9fa5]{2,4}市)(?P<county>[\u4e00-\u9fa5]{1,4}[区县])(?:人民政府|政府)?[^\n]{0,60}?"
                           r"(?:工作报告|的报告|执行情况|公报|纲要|规划)", re.M)


def _district_report(body: str) -> str | None:
    """The district or county whose report this is, when its title names it under its city, or when the news of its
    congress says the district's (county's) government delivered it (区人民政府代区长…作政府工作报告); a banner's, a
    town's, a township's or a street's, when the title of its report, its year's summary or its congress names it
    (2024年湖镇镇政府工作报告 / 东柳街道2023年工作总结和2024年工作思路 / 中国共产党下各镇第十六届代表大会)."""
    m = _REPORT_TITLE.search(body, 0, 400) if "报告" in body[:400] or "公报" in body[:400] or "纲要" in body[:400] else None
    if m and body.count(m.group("county")) >= 2:
        return m.group("county")
    own = _OWN_REPORT.search(body, 0, 400) if re.search("代表大会|工作报告|工作总结", body[:400]) else None
    if own and body.count(own.group("place")) >= 2:
        return own.group("place")
    return county_home(body) if "工作报告" in body[:400] and _COUNTY_DELIVERS.search(body, 0, 400) else None


# (the place after a boundary: 赤峰市克什克腾旗, not 峰市克什克腾旗)
_OWN_REPORT = re.compile(r"(?:^|(?<=[市州盟年）)\s党]))(?P<place>[\u4e00-\u9fa5]{2,6}?(?:旗|镇|乡|街道))"
                         r"(?:(?:人民)?政府(?:政府)?工作报告|第[一二三四五六七八九十]+届(?:人民)?代表大会|\d{4}年度?工作总结)", re.M)


_COUNTY_DELIVERS = re.compile(r"[区县](?:人民)?政府[^，,。；;]{0,12}[区县]长|[区县]第[一二三四五六七八九十]+届人民代表大会")


_HELD_BY = re.compile(r"^“(?P<award>[^“”]{2,30})”(?:称号|荣誉)?的(?P<holder>(?![示先重该各全我本首])[\u4e00-\u9fa5]{2,10}(?:市|县|区|镇|乡|村|街道|社区))$")
_LED_BY = re.compile(r"在[^，,。；;]{2,40}?(?:领导|支持|指导|关心|关怀|帮助|带领)下")


_PLAN_TITLE = re.compile(r"(?:工作要点|要点|方案|计划|规划|实施意见|指导意见|办法|细则|任务清单|任务分工)(?:》)?(?:的通知)?[ \t]*$")
# 丰溪县农业农村局关于公布…名单的通知: the body that issues the notice, named in its title line (not one that relays
# another's: 关于转发《…》的通知)
_ISSUING_BODY = re.compile(r"[\u4e00-\u9fa5]{2,30}?(?:局|厅|委|办|政府|委员会|部|办公室|办公厅|妇联|总工会|管委会)")
_OWN_ISSUER = re.compile(rf"^\s*(?P<body>{_ISSUING_BODY.pattern})关于(?!转发|印发)[^\n]{{2,80}}(?:通知|决定|通报|公告|通告)[ \t]*$", re.M)
# 根据《省农业农村厅关于…的通知》要求 / 按照市政府工作部署: a document or a body cited, not the one that confers
_CITED = re.compile(r"《[^《》]*》|(?:根据|按照|依据|依照|遵照)[^，,。；;、]{0,16}?(?:要求|部署|精神|规定|安排|决定|意见)")


def _list_rank(before: str) -> str | None:
    """The rank of the body a list annexed under `before` was issued by: the last one named, not one cited (根据《省X厅
    关于…的通知》要求, 按照市政府工作部署: a county's own list, ranked by none of them)."""
    return _issuer_rank(_CITED.sub("", before) if "《" in before or re.search(r"根据|按照|依[据照]|遵照", before) else before)


def _issuer_rank(text: str) -> str | None:
    """The rank of the last awarding body `text` names (在市委市政府领导下 names none; a zone's 管委会 ranks as a county)."""
    issuers = ISSUER.findall(_LED_BY.sub("", text) if "下" in text else text)
    return ("county" if ZONE_BOARD.fullmatch(issuers[-1]) else level_of(issuers[-1])) if issuers else None
_DING = re.compile(r"鼎”?$")
_COUNTED_WORKS = re.compile(r"[\d一二三四五六七八九十两]+项(?:工作|改革|任务)$")
_SPEAKER = re.compile(r"(?:全|我|本)([市县区])(?!域|委|级|政府|属|直)")
_YEAR_LEAD = re.compile(r"^(?:\d{4}[—\-–])?\d{4}年度?(?=[\u4e00-\u9fa5“])")
_WORKS_DONE = re.compile(r"(?:等[\d一二三四五六七八九十]+项)工作$")
_LEAD_AWARD = re.compile(r"^“(?P<award>[^“”]{2,30}(?:奖|称号|标兵|之星))”(?:则|还)?(?:表彰|授予|颁给|颁发给|聚焦|奖励)")
_OWNED_PERSON = re.compile(r"^[\u4e00-\u9fa5（）()]{2,30}(?:公司|集团|大学|学院|医院|研究院|研究所|中心|学校)的[\u4e00-\u9fa5]{2,3}$")
_SIGNED_ABOVE = re.compile(r"(?:人民政府|委员会|管委会|办公室|总工会)[ \t]*\n[ \t]*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[ \t]*\n"
                           r"(?=[ \t]*\n?[ \t]*[^\n]{2,40}名单)")
_GRADE_SERIES = re.compile(r"([一二三四五六七八九十特])(?=(?:、[一二三四五六七八九十特])+等奖)")
_ROUND = re.compile(r"(?:总决赛|半决赛|决赛|复赛|初赛|[\d一二三四五六七八九十百]+强)$")


# 成都共7个区(市)县登榜，其中 / 全省有12个县入选，其中: a group counted as entering a list, its members named after 其中
_COUNTED_ENTERED = re.compile(r"[\d一二三四五六七八九十两]+(?:个|家|席)[^，,。；;]{0,12}?(?:上榜|登榜|入榜|入选|入围|进入(?:该)?榜单)"
                              r"[^，,。；;]{0,6}[，,]\s*其中[，,]?")
_NOT_REACHED_YET = re.compile(r"力争|争取|有望|目标|计划|拟|将")
# 发布2022赛迪西部百强县榜单 / 2024全国百强县名单公布: a ranking list published (its name before 榜单/名单)
_PUBLISHED_RANKING = re.compile(r"(?:发布|公布|揭晓|出炉|推出)了?的?(?P<list>[^，,。；;“”《》]{4,30}?)(?:榜单|名单|排行榜)|"
                                r"(?P<named>[^，,。；;“”《》]{4,30}?)(?:榜单|名单|排行榜)(?:正式)?(?:发布|公布|揭晓|出炉)")
# 推选结果排名依次为A、B、C / 评选结果依次为A、B: a selection's result given in order, its members after it
_RESULT_IN_ORDER = re.compile(r"(?:推选|评选|票选|遴选)结果(?:排名|排序)?(?:依次|按序)(?:为|是)[:：]?(?P<items>[^。；;：:]+?)[。；;]?$")
# “中国最具幸福感城市”调查推选活动 / “十佳文明城市”评选活动: the selection, by its quoted title
_SELECTION_NAMED = re.compile(r"“(?P<title>[^“”]{4,30})”(?:调查|大调查|网络)?(?:推选|评选|票选|遴选)(?:活动)?")
_SELECTION_AHEAD = re.compile(r"将于|即将|拟|筹备|将(?:举办|开展|启动)|(?:明年|下半年|下月|近期)[^，,。；;]{0,8}启动|启动在即")
# what the result's own clause says before 推选结果, without a time lead or quotes (2023年 / 今年 / “X”)
_SELECTION_OWN = re.compile(r"^(?:(?:19|20)\d{2}年度?|[今去前本上]年度?|此次|本次|这次|最终|最后|其中)+|[“”\s]|(?:调查|大调查|网络|活动)+$")
_SELECTION_CLASS = re.compile(r"(?:城市|县城|[县市区城镇乡村]|企业|单位|品牌|景区|人物|家庭|集体|个人|榜样|典型|案例)$")
_ASSESSED_ORDER = re.compile(r"考核|考评|评估|综合排名|测评|督查|检查")
_RANKING_WORD = re.compile(r"排名|排行|排序|得分|评分")
_BEST_LIST = re.compile(r"[十百千]强|\d+强|[十百]佳|最美|最具")
# 简阳排名第7 / 彭州位列第8位 / 金堂居第16名: a member and its rank in the list
_RANKED_MEMBER = re.compile(r"(?:^|(?<=[，,、]))(?P<who>[\u4e00-\u9fa5]{2,10}?)(?:排名|排|位列|位居|居)"
                            r"(?P<rank>第[\d一二三四五六七八九十百]+(?:位|名)?)(?=[，,、。；;]|$)")
# a member of a list of the best is a place or a body (A县 / B集团), or a place's bare name (简阳, 彭州): no count or
# measure of one (我市入选县数量排名第2, 丰溪县GDP排名第2 / 综合得分排名第1)
_RANKED_HOLDER = re.compile(r"(?![我本全该各])(?:[\u4e00-\u9fa5]{1,10}?(?:省|市|州|盟|地区|县|区|旗|镇|乡|街道|公司|集团|股份|银行|企业|"
                            r"开发区|园区|高新区|新区)|[\u4e00-\u9fa5]{2,3})(?<!数量|总量|得分|指标|增速|综合|经济|入选|上榜)")
_PLACE_YEAR = re.compile(r"^[\u4e00-\u9fa5]{2,12}?[省市县区](?P<year>(?:19|20)\d{2})年度(?=[\u4e00-\u9fa5“])")
_PLACE_HEADING = re.compile(r"[\u4e00-\u9fa5]{1,10}(?:省|市|州|县|区|旗)?[\u4e00-\u9fa5]{1,8}(?:镇|乡|街道|村|社区)"
                            r"|[\u4e00-\u9fa5]{1,10}(?:市|州|盟)?[\u4e00-\u9fa5]{1,8}(?:县|区|旗)")
_OWN_DATE = re.compile(r"(?:19|20)\d{2}年|[今去前本上]年|\d{1,2}月|(?:新|又|最新|另)一批")
_LIST_WORD_END = re.compile(r"(?<![“\"])名单$")
# 10家企业（品牌）分别为： / 这12个村是： / 上述5个单位名单如下：: a line that points to the lines below it, counting them
_COUNTED_POINTER = re.compile(r"^(?:其中[，,]?)?(?:这|上述|以上|此)?(?P<count>[\d一二三四五六七八九十百两]+[个家名所位项户])"
                              r"[\u4e00-\u9fa5（）()]{0,12}?(?:名单)?(?:分别|依次|具体)?(?:是|为|如下|包括|有)[ \u3000]*[:：]$")


# 决定 / 通知 / 通报 / 表彰 / 命名 / 现予以公布 / 希望…再接再厉 / 特此: the words of a decision, whose signature dates it
_DECISION_WORDS = re.compile(r"决定|通知|通报|表彰|命名|予以公布|现予公布|现将|再接再厉|珍惜荣誉|特此")
# 近日 / 日前 / 据悉 / 记者 / 讯 / 来源: a news item's words (a report of a decision is dated by its reporter, not the decision)
_NEWS_WORDS = re.compile(r"^[^。]{0,20}?(?:近日|日前|近期)|据悉|据了解|记者|通讯员|[（(【]?[\u4e00-\u9fa5]{0,10}讯[）)】]|来源[:：]|编辑[:：]")


def _decision_text(body: str) -> bool:
    """Whether a text whose last sentence runs into a body's name and a day reads as that body's decision (its day the
    honour's) rather than a news item that ends on where and when it was posted."""
    return bool(_DECISION_WORDS.search(body)) and not _NEWS_WORDS.search(body)


# 撤销授予 / 取消其…授予 / 收回授予: a grant withdrawn, in the words just before 授予 (its clause only)
_REVOKED_GRANT = re.compile(r"(?:撤销|撤回|取消|收回|注销)[^，,。；;]{0,10}$")
def _lead_proposes(lead: str) -> bool | None:
    """Whether the prose line over a list proposes it (True), publishes it as final (False) or says neither (None):
    the last sentence that decides says which (拟认定名单已于4月公示，公示期满无异议。现将名单公布如下： final; a 公布如下,
    命名 or 认定 with no 拟 in its sentence publishes)."""
    for said in reversed([c for c in re.split(r"[。；;！!]", lead) if c.strip()]):
        if _FINAL_LEAD.search(said) and "拟" not in said and not PROPOSED.search(said):
            return False
        if PROPOSED.search(said):
            return True
    return None


# a list published as final: 现将…名单公布如下 / 正式发文认定 / 命名…为 (a 拟 in the sentence makes it a proposal)
_FINAL_LEAD = re.compile(r"现将[^。；;]*?(?:公布|印发|发布)(?:如下|于后)?|(?:命名|认定|授予)(?!名单的公示)")
# a signature (省林业局) or a date (2024年3月1日) alone on its line: the end of a notice
_SIGNED_OFF = re.compile(r"^(?:[\u4e00-\u9fa5]{2,20}(?:厅|局|委|办|委员会|办公室|政府|中心|协会)|\d{4}年\d{1,2}月\d{1,2}日)$")
_PROSE_LINE = re.compile(r"[。，,！？!?；;：:]")


# 柞水县、市农业农村局等11个单位荣获X称号: the first holders of a group counted, its whole roster under the lead
_GROUP_COUNTED = re.compile(rf"等{COUNT}+(?:个|家|名|所|位)")
# 柞水县 / 柞水县人民政府: a place, and the government or the board that holds the title for it on the roster
_FOR_THE_PLACE = re.compile(r"(?:人民政府|政府|管委会|管理委员会|党委|委员会)$")


def _named_again(award: Award, rostered: list[Award]) -> bool:
    """Whether an honour a lead sentence gave to the first holders of a counted group (A、B等11个单位荣获X) is given
    again by a roster below it, the holder named there in full (A人民政府 under 一、Y先进单位): the roster's line
    holds it, under the part's own title; the lead's combined title is no second honour."""
    holder = award.recipient
    if not holder or award in rostered or not _GROUP_COUNTED.search(award.evidence):
        return False
    # (the same title on both: the merge keeps one fact, the holder as the lead wrote it)
    return any(r.span[0] > award.span[0] and r.award != award.award and _piece_of(r, award)
               and (same_holder(r.recipient, holder) or r.recipient.startswith(holder)
                    and _FOR_THE_PLACE.search(r.recipient[len(holder):]) is not None)
               for r in rostered if r.recipient)


# 全国 / 全省 / 市级 …: the level word a title opens with
_LEVEL_OPENING = re.compile(r"^(?:\d{4}年度?)?(全国|国家级?|中国|全省|省级|全市|市级|全县|县级|全区|区级)")
_JOINED_FIELDS = re.compile(r"和|及|与|、|暨")


def _piece_of(part: Award, lead: Award) -> bool:
    """Whether the title a roster's part names is one piece of the combined title a lead gave (河湖治理工作先进单位 of
    河湖治理和农田建设工作先进单位): the same end, the part's field one of the fields the lead joins, at the same level
    (全省平安建设先进县 in the lead and 全市平安建设先进县 on the roster are two honours)."""
    a, b = part.award, lead.award
    levels = (_LEVEL_OPENING.match(a), _LEVEL_OPENING.match(b))
    if any(levels) and (not all(levels) or levels[0].group(1) != levels[1].group(1)):
        return False
    if part.level and lead.level and part.level != lead.level:
        return False
    a, b = _LEVEL_OPENING.sub("", a), _LEVEL_OPENING.sub("", b)
    end = 0
    while end < min(len(a), len(b)) and a[-1 - end] == b[-1 - end]:
        end += 1
    if end < 2:
        return False
    field, fields = a[:len(a) - end], b[:len(b) - end]
    return bool(field) and field != fields and field in fields and _JOINED_FIELDS.search(fields) is not None


def _head_noun(name: str) -> str:
    """The last two characters of an honour's name, its list word set aside (全国道德模范名单 -> 模范)."""
    return re.sub(r"(?:名单|榜单|名录)$", "", name)[-2:]


def _is_setting(clause: str) -> bool:
    """在日前结束的…大赛总决赛上 / 经中国轻工联推荐: where or how it happened, no subject; 丰溪华光科技有限公司在…大赛中 names
    its subject before the setting."""
    if not _SETTING.match(without_time_lead(clause)):
        return False
    head = re.split(r"[在于]", clause, maxsplit=1)[0] if re.search(r"[在于]", clause) else ""
    if not head and clause.endswith("的同时") and _LEADING_HOLDER.match(clause):
        return False  # 白沙县抓好产业发展的同时: the subject opens the clause
    return not (head and clean_recipient(head))


_LEADING_HOLDER = re.compile(r"^(?:[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|镇|乡|村|街道|公司|集团|企业|医院|学校|中学|小学)"
                             r"|[\u4e00-\u9fa5]{2,3}(?=做好|抓好|坚持|加大|推进|推动|立足|在))(?!的同时)")


def _is_round(obj: str) -> bool:
    """入围…大赛全国总决赛 / 晋级大赛十强: a round of a contest; 入选全国综合实力百强 is a ranking's list, an honour."""
    m = _ROUND.search(obj)
    return bool(m) and (not m.group(0).endswith("强") or "赛" in obj)


# 乐亭县城顺利通过复审: a place that passed a review (of the title the clause after it says it holds again)
_REVIEW_PASSED = re.compile(r"^(?P<place>[\u4e00-\u9fa5]{2,12}?(?:县城|城区|市|县|区|镇|乡|村|街道|社区))(?:顺利|成功|已|均)?"
                            r"(?:通过|经过)[^，,。；;]{0,12}(?:复审|复查|复核|复评|验收)")
# A、B、C达到…标准要求 / A等25家企业符合…认定要求 / A、B、C分获前三名: holders and the mark they met or the places they took,
# the title conferred in the clause after it with no subject of its own (_CONFERRED_NEXT)
_QUALIFIED = re.compile(r"^(?P<holders>[^，,。；;：:]{2,400}?)(?:均|全部|都|已|各项指标)?"
                        r"(?:(?<![不未没无])(?:达到|符合|满足)[^，,。；;]{0,60}?(?:要求|标准|条件)|"
                        r"(?<![不未])(?:各项指标|复核|复评|复查|监测|考核|验收)(?:均|全部)?合格|"
                        r"分获前(?P<top>[两二三四五六七八九十])名)$")
# 我县三支代表队 / 全县共有5个村: a group counted, none of it named (A等25家企业 names its first)
_COUNTED_ONLY = re.compile(r"[\d一二三四五六七八九十两]+(?:支|个|家|名|所|位|户|只|批)")
# the holder a bare 保留…称号 keeps: a named body, place or firm by its ending (never 必须, 将难以, 甲镇因…问题突出)
_NAMED_HOLDER = re.compile(r"^[\u4e00-\u9fa5（）()“”·]{1,40}(?:省|市|县|区|州|旗|镇|乡|村|街道|社区|局|委|委员会|办|办公室|中心|站|所|"
                           r"院|校|馆|公司|企业|集团|厂|社|农场|单位|协会|学会|银行|园|基地|景区|队|部|店|场|家庭|医院|学校)$")
_CONFERRED_NEXT = re.compile(r"^[，,]?(?:正式|均|并|已|同时|一并|从而|顺利|成功)?(?:被授予|获评|被评为|被命名为|被认定为|被确认为|"
                             r"继续保留|仍然保留|仍保留|予以保留|保留|荣获|入选)")
# 该局 / 该中心 / 该单位: a body named before, by the ending of its kind (a 单位 any public body's)
_BODY_POINTED = {"该局": ("局",), "本局": ("局",), "该中心": ("中心",), "该站": ("站",), "该所": ("所",),
                 "该委": ("委", "委员会"), "该单位": ("局", "委", "委员会", "办公室", "中心", "站", "所", "院", "馆")}
_NAMED_BODY = re.compile(r"(?:^|(?<=[\n，,。；;：:！!？?、“”《》（）()\s与和及同]))(?P<name>(?:[\u4e00-\u9fa5]{0,8}?(?:省|市|县|区|州|旗))"
                         r"(?<!全[省市县区])(?<![该各][省市县区])[\u4e00-\u9fa5]{2,12}?(?:局|委员会|委|办公室|中心|站|所|院|馆))")
# 在庆元县林业局的推动下 / 今年以来庆元县林业局…: a preposition or a time before the name, no part of it
_BODY_LEAD = re.compile(r"^(?:(?:在|由|经|据|对|向|与|和|及|同|今年以来|近年来|近年|去年以来|多年来|日前|近日|近期|目前|当前|此前|同时|此外|"
                        r"其中|另外|随后|\d{4}年(?:以来)?|[一二三四五六七八九十\d]{1,2}月(?:份)?(?:以来)?)(?=[\u4e00-\u9fa5]{3}))+")
# the name once its lead is set aside starts with a place (我县 as written too): 庆元县林业局, 县交通运输局, 我县自然资源局
_PLACE_LED = re.compile(r"^(?:[我本]|[\u4e00-\u9fa5]{0,6}?)(?:省|市|县|区|州|旗)")
# what a body named before does that confers (联合发文表彰, 印发通报, 组织的考评): not the holder 该局 points back to
_CONFERS = re.compile(r"^[^被获受]{0,40}?(?:联合)?(?:发文|印发|下发|表彰|授予|命名|评选|评定|通报|颁发|组织的|主办的)")
# 现将…名单予以公示，公示期为5个工作日 / 拟认定…: the body above an annex puts its list to a 公示 (a 公示 over, 经…和公示，
# 公示期满无异议, is none)
_PUT_TO_NOTICE = re.compile(r"予以公示|予公示|进行公示|公示如下|现将[^。；;\n]{0,80}?公示(?!期满|无异议|结束)|公示期为|公示时间为?[:：\d]|"
                            r"拟(?:评定|认定|命名|授予|确定|推荐|表彰|入选)")
_NEWLY = re.compile(r"^新(?:认定|评定|命名)的?(?=[\u4e00-\u9fa5“]{4})")
# 国家民族事务委员会继续命名 / 省政府认定: a decision's body and verb alone on a line, its holders on the lines under it
_NAMING_OPENS = re.compile(r"^[\u4e00-\u9fa5]{2,30}?(?:继续|正式|重新)?(?:命名|认定|授予|确认)[:：]?$")
# 为“全国民族团结进步示范州” / 为省级生态乡镇称号: the title of the decision above, after its holders
_NAMED_AS = re.compile(r"^为“?(?P<title>[^“”，,。；;]{4,40}?)”?(?:荣誉称号|称号)?[。！!]?$")
# 市人民医院 / 丰溪县中医院 / 清州市第一中学: a hospital or a school by its name (after a boundary: not 该院, 本校)
_HOSPITAL = re.compile(r"(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,12}?医院")
_SCHOOL = re.compile(r"(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,12}?(?:中学|小学|学校|学院|大学)")
# 助力江苏省中关村创成国家级高新区 / 为推动X入选…: what is helped towards, its verb no honour received
_HELPED_TOWARDS = re.compile(r"^\s*(?:为了?)?(?:助力|力促|促进|帮助|推动)(?!会|中心)")
_SOURCE_LEAD = re.compile(r"(?:据(?:介绍|悉|了解|统计)|另悉|记者了解到)[，,]?")
_CONTEST_RANK = re.compile(r"(?:团体|个人)?第[一二三四五六七八九十]名")
_CYCLE = re.compile(r"\d{4}年?[—\-–~～至]+(?P<last>\d{4})年?(?:度)?周期")
_CROWN = re.compile(r"^(?:本届|本次|此次|该项?|大赛|比赛|赛事|决赛)?的?(?:最高)?桂冠$")
_THE_CONTEST = re.compile(r"(?:本次|此次|这次|该|本届|此届)?(?:大赛|比赛|竞赛|评选|赛事|活动|决赛|大会)")
_SOME = re.compile(r"^(?:[，,]?(?:其中|同时|此外|另有|还有)[，,]?)?(?:一批|一些|多家|多个|众多|大批|部分|若干|一大批"
                   r"|" + PERSON_TIMES + ")")  # (数十人次获得…: how many times people won, nobody named)
_JOINED = re.compile(r"(?:(?<=公司|集团|中心|学校|医院|园区|街道|社区)|(?<=研究院|研究所)|(?<=[村镇乡]))[和及与]")
# titles only places hold (全国文明城市, 国家森林城市, 平安县), and the names of places
_PLACE_HONOUR = re.compile(r"(?:城市|示范市|安全市|模范市|模范城|[^企公]市|示范县|强县|先进县|百强县|模范县|生态县|试点县|示范区|强区|百强区|"
                           r"先进区|强镇|名镇|之乡|氧吧|"
                           r"名村|卫生乡镇|平安[市县区]|激励)[”\"]?$")
# (paragraph_topic) what may follow a place that is a paragraph's topic: not a list, an owner, a comparison
_NOT_TOPIC_NEXT = set("、，,和与及的等或人籍")
# honours held by a person (a topic place holds none of these); honours held by a unit (a body's team)
_PERSON_HONOUR = re.compile(r"劳动模范|劳模|奖章|能手|标兵|工匠|个人|人物|党员|干部|教师|医生|青年(?!文明号)|巾帼(?!文明岗)|模范(?:人物)?$|之星|人才|专家|名师|妈妈")
_UNIT_HONOUR = re.compile(r"(?:先锋号|文明号|文明岗|示范岗|处室|科室|集体|班组|先进单位|文明单位|红旗单位|红旗党支部|党支部)[”\"]?$")
# 泰顺 at the paragraph's head, a unit that opens it (重大项目建设办公室自…组建以来)
_TOPIC_UNIT = re.compile(r"^(?P<unit>(?:我[委局办厅院])?[\u4e00-\u9fa5]{2,14}?(?:办公室|中心|处|科|站|队|所|局|委员会|支部|班组|车间))"
                         r"(?=自|于|在|坚持|始终|持续|多年来|近年来|成立|组建|以来|，|,)")
# another subject in the paragraph before the honour: a person, a firm, another body, a pronoun of another
_OTHER_SUBJECT = re.compile(r"[，,。；;](?:该|其|他|她|他们|其中)|[，,。；;][\u4e00-\u9fa5]{0,10}(?:公司|集团|医院|学校|中学|小学|村|社区|街道|镇|乡)(?:[\u4e00-\u9fa5]{0,4})(?:获|荣获|被|入选)")
_PLACE_NAME = re.compile(r"(?:省|市|县|区|镇|乡|村|州|街道|社区|新区|开发区|经开区|高新区|园区)$")
# (selection_in_order) a result not final yet: an interim count, a first round, a vote still running
_INTERIM = re.compile(r"正在|进行中|截至|截止|实时|暂列|暂居|初评|初选|初审|复评|入围|网络投票阶段|投票阶段")
# (the sentence that names the selection: 是目前国内最具影响力的…活动 says nothing of the result's stage)
_INTERIM_STAGE = re.compile(r"正在进行|进行中|初评|初选|初审|复评|投票阶段|暂列|暂居")
# (paragraph_topic) a 区 title a district does not hold: a scenic area's, a street's, a community's, a park's
_AREA_TITLE = re.compile(r"(?:景|街|社|园|小|校|院|度假|保护|开发|高新|工业|产业|功能|商|片|经开|新|城)区[”\"]?$")
# (paragraph_topic) a unit topic that is a stock phrase or starts with a verb (坚持以人民为中心 / 把…落到实处 / 着力建强团队)
_NOT_A_UNIT = re.compile(r"^(?:坚持|始终|着力|把|将|以|围绕|立足|聚焦|紧扣|全力|切实|扎实|建强|打造|持续|不断|积极|大力|推进|推动|深化|"
                         r"加强|强化|全面|努力|认真|做好|抓好|落实|践行|牢记|秉持|秉承|紧盯|注重|突出|狠抓|强|建|把握|树立|构建|发挥|"
                         r"坚定|筑牢|优化|提升|完善|实施|开展|创新|争创|创建)|以.{0,10}为|落到|作为|为中心|到实处")
# (paragraph_topic) a sentence or clause between the topic and the honour that opens with its own subject (鉴湖景区加大投入 /
# 结对的四川旺苍县学习… / 第一税务分局办税服务厅推出… / 综合信息科编发…): a body, a place, a sub-unit or a parent, known or not
_OWN_SUBJECT = re.compile(r"^(?:[^，,。；;的]{1,8}的)?(?P<who>(?![多几各数诸众一两三四五六七八九十\d])(?:"
                          r"[\u4e00-\u9fa5]{0,12}?(?:景区|街道|社区|园区|科技城|工业区|开发区|新区|古镇|中心|公司|集团|医院|学校|中学|小学|"
                          r"车间|班组|窗口|专班|小组)|[\u4e00-\u9fa5]{1,12}?[县市区旗镇乡村局厅科处所馆站队室院台行社办委]))"
                          r"(?=[\u4e00-\u9fa5“])(?!领导|干部|群众|居民|代表|专家|委员|书记|负责人|人民|百姓|游客|企业家)")
_VERB_OPENING = re.compile(r"^(?:以|把|将|在|对(?!口)|为|向|从|按|据|经|由|随着|通过|围绕|坚持|始终|着力|立足|聚焦|紧扣|全力|切实|扎实|新建|建成|建设|"
                           r"打造|推进|推动|实施|完成|开展|加快|深化|持续|不断|积极|大力|先后|累计|共|已|还|更|也|都|并|又|再|同时|"
                           r"此外|其中|发展|带动|吸引|实现|形成|引进|新增|培育|创建|争创|助力|服务|提升|优化|改造|加强|强化|成功|获|被|入选|荣获)")


# (收获…等荣誉) a holder that is a body, a place or a person: no time (这些年, 该剧上演以来), no clause (他扎根基层 /
# 青山县建设了一批美丽乡村 / …建设成果丰硕), no pronoun
_HARVEST_CLAUSE = re.compile(r"了|以来|年来|这些年|多年|[一二三四五六七八九十两\d]+年|^(?:他|她|它|我|你|其|该)|建设|扎根|上演|坚持|推进|"
                             r"发展|成果|丰硕|努力|奋斗|攻关|深耕|致力|立足|依托|通过|经过")
_HARVEST_HOLDER = re.compile(r"[\u4e00-\u9fa5（）()]{1,24}?(?:省|市|县|区|镇|乡|村|街道|社区|团队|集团|公司|中心|学校|大学|学院|中学|小学|"
                             r"医院|研究院|研究所|局|厅|委|办|站|所|队|馆|园|景区|协会|剧院|剧团|企业|银行|支部|党委|车间|班组)")


def _harvested(award: Award) -> bool:
    """收获X、Y等荣誉: kept only when its holder is a body, a place or a person, and the title stops at a closing quote."""
    name, who = award.award, award.recipient or ""
    if "，" in name or "," in name or name.count("”") > name.count("“"):
        return False  # 全国乡村治理示范村等荣誉，”东岭村党支部书记王林说: speech ran into the title
    if not who:
        return True
    if re.fullmatch(r"(?:该|我|本)[县市区镇乡村]", who):
        return True  # 该县收获…: the pronoun, as any verb gives it
    if _HARVEST_CLAUSE.search(who):
        return False
    return bool(who in gazetteer().known or _HARVEST_HOLDER.fullmatch(who) or persons(who) == [who]
                or re.fullmatch(rf"(?:{SURNAMES})[\u4e00-\u9fa5]{{1,2}}", who))


def _own_subject_between(rest: str, topic: tuple[str, ...]) -> bool:
    """A sentence or clause after the topic's, up to the honour, that opens with a subject of its own (not the topic,
    not 全县/该县/我市/县里): the honour is likelier that subject's than the paragraph's topic."""
    for part in re.split(r"[，,。；;！!？?]", rest)[1:]:
        part = part.strip(" \u3000\t“”\"")
        if re.match(r"在|对(?!口)|由|经过|随着|通过", part):
            continue  # 在乡村振兴上: a field, no subject
        part = without_time_lead(part).lstrip("，,、 ")
        if not part or part.startswith(topic) or _VERB_OPENING.match(part):
            continue
        if re.match(r"(?:全|该|本|我|其|此)[县市区镇乡村]|[县市区镇乡村]里|(?:全|该|本|我)(?:局|委|办|厅|院|中心|单位)", part):
            continue
        m = _OWN_SUBJECT.match(part)
        who = m.group("who") if m else ""
        back = re.sub(r"^[该本我]", "", who)  # (中心推行… / 该局…: the topic named again by its head noun)
        if m and len(who) >= 2 and not any(t == who or len(back) <= 3 and t.endswith(back) for t in topic) \
                and not re.fullmatch(r"乡村|农村|城乡|城市|城区|市区|县区|山区|社区|景区|园区|街区|库区|片区|城镇|乡镇", m.group("who")):
            return True
    return False


def awards_in(sentences: list[Sentence], body: str, published: dt.date | None) -> list[Award]:
    """The awards of a notice; a reprint's pinyin glosses (數(shù)字) are read past: the notice is read without them, its
    names given without them, its evidence and spans as written (docs/contract-conventions.md, pinyin glosses)."""
    headed = _bullet_headings_apart(body)  # (as long as the body: its offsets stand)
    if headed is not None:
        sentences = split_sentences(headed)
    source, body = body, headed or body
    unquoted = _lost_quotes(body)
    plain = unglossed(unquoted[0] if unquoted else body)
    if plain is None and unquoted is None:
        found = _Reader(body, _speech_split(sentences), published).read()
        return found if headed is None else [_as_written(a, source, tuple(range(len(source)))) for a in found]
    body, text, kept = source, *(plain or unquoted)
    if plain and unquoted:
        kept = tuple(unquoted[1][i] for i in kept)
    return [_as_written(a, body, kept) for a in _Reader(text, _speech_split(split_sentences(text)), published).read()]


# 第六届全国文明村镇名单◆云和县雾溪乡 / ◆龙泉市溪头村: a bulleted roster whose heading a reprint ran into its first entry
# (□ ☐ ☑ ☒ are a form's boxes, 是否列入X名单□是 / □否, and ☆☆☆ / ★★★★★ a star rating, 星级农家乐名单☆☆☆A: no bullets)
_HEADING_BULLET = re.compile(r"^(?P<head>[ \u3000]*[^\s，,。；;：:！!？?“”◆■●▲★◇○△☆□☐☑☒]{4,60}?(?:名单|榜单|名录)"
                             r"(?:[（(][^）()（]{1,12}[）)])?[ \u3000]*)(?P<bullet>[◆■●▲★◇○△☆])(?=[^\s☆★□☐☑☒])", re.M)
_BULLET_LINE = re.compile(r"[ \u3000]*[◆■●▲★◇○△☆](?=[^\s☆★□☐☑☒])")


def _bullet_headings_apart(body: str) -> str | None:
    """The body with each roster heading run into its first bulleted entry set on a line of its own (the bullet between
    them turned into the line break the page lost), as long as the body; None when there is none. The heading is one
    only beside a line of the same bullets (above or below it), so that a lone X名单◆Y is left as written."""
    if not any(b in body for b in "◆■●▲★◇○△☆"):
        return None
    lines = body.split("\n")
    bulleted = [bool(_BULLET_LINE.match(t)) or bool(_HEADING_BULLET.match(t)) for t in lines]
    cuts: list[int] = []
    blanks: list[int] = []
    start = 0
    for k, t in enumerate(lines):
        m = _HEADING_BULLET.match(t)
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if m and any(bulleted[j] for j in near):
            cuts.append(start + m.start("bullet"))
            folded = re.match(r"[ \u3000]*[▼▽↓⬇]+", t)
            blanks += [start + j for j in range(folded.end())] if folded else []  # ▼第七届…名单◆A: a fold mark, no name
        start += len(t) + 1
    if not cuts:
        return None
    text = list(body)
    for c in cuts:
        text[c] = "\n"
    for c in blanks:
        text[c] = " "
    return "".join(text)


def _lost_quotes(body: str) -> tuple[str, tuple[int, ...]] | None:
    """The text without the opening quote marks whose closing mark a page lost (国字号”“省字头再添新名片，…入列X名单: the
    “ of 省字头 never closed on its line, so that all the line says after it would read as a quoted name), and the offset
    of each character kept; None when every opened quote closes. A quote that opens a line (a speech running over
    paragraphs), follows a speaker's colon or verb (他说：“…) or holds no clause mark (a name wrapped to the next line)
    is kept."""
    if "“" not in body:
        return None
    lost: list[int] = []
    start = 0
    for line in body.split("\n"):
        depth_at = -1
        for i, c in enumerate(line):
            if c == "“":
                if depth_at >= 0 and _CLAUSE_MARK.search(line, depth_at, i):
                    lost.append(start + depth_at)  # (“A，…“B”: the first never closed)
                depth_at = i
            elif c == "”":
                depth_at = -1
        # (a quote still open at the end of a line that ran on over clauses; a name wrapped to the next line has none)
        if depth_at > 0 and line[:depth_at].strip() and _CLAUSE_MARK.search(line, depth_at) \
                and not _SPEAKER_BEFORE.search(line[:depth_at]):
            lost.append(start + depth_at)
        start += len(line) + 1
    lost = [i for i in lost if i > 0 and body[i - 1] != "\n" and not _SPEAKER_BEFORE.search(body[max(0, i - 8): i])]
    if not lost:
        return None
    dropped = set(lost)
    kept = tuple(i for i in range(len(body)) if i not in dropped)
    return "".join(body[i] for i in kept), kept


# 力争创成X / 争创X: a goal set, carried across the clauses of its sentence after it
_GOAL_WORD = re.compile(r"(?:力争|争取|争创|力求|冲刺)(?:成功|顺利|再次|首次)?$")
_GOAL_CLAUSE = re.compile(r"^\s*(?:全力|积极|努力)?(?:力争|争取|争创|冲刺)")
_CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")
_SPEAKER_BEFORE = re.compile(r"(?:[：:]|说|表示|介绍|指出|谈到|坦言|称|道|写道|强调)[ \u3000]*$")


# 局长说，“ / 介绍： “: a speech quote opened after its speaker, the sentences it holds each a sentence of their own
_SPEECH_OPENS = re.compile(r"(?:说|表示|介绍|指出|谈到|坦言|称)[，,：:]?[ \u3000]*“")


def _speech_split(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, those holding a long or unclosed speech quote split again after its opening mark: 局长说，“2023年
    我县…突破50亿元；A纳入省级X名单。获得了Y奖。(”): a report quoting its official, several sentences inside one quote
    (left open or closed at the paragraph's end), which the splitter keeps as one, cut neither at its 。 nor its ；."""
    out: list[Sentence] = []
    for s in sentences:
        opens = _SPEECH_OPENS.search(s.text)
        if not opens or "。" not in s.text[opens.end(): -1] and "”" in s.text[opens.end():]:
            out.append(s)
            continue
        out.append(Sentence(s.text[: opens.end()], s.start, s.start + opens.end(), s.line))  # (the speaker: no holder)
        out += [Sentence(p.text, s.start + opens.end() + p.start, s.start + opens.end() + p.end, s.line)
                for p in split_sentences(s.text[opens.end():])]
    return out


def _as_written(award: Award, body: str, kept: tuple[int, ...]) -> Award:
    """The award read on the text without glosses, its span and evidence put back on the text as written."""
    start, end = award.span
    start, end = kept[start], kept[end] if end < len(kept) else len(body)
    end = len(body[:end].rstrip())
    return dataclasses.replace(award, evidence=body[start:end], span=(start, end))
