"""What part of a notice a sentence sits in: a review of results, a list of goals, or neither.

Headings (过去一年成绩, 一、2022年政府主要工作, 新一年的目标) set the mode of the lines under them;
a lead-in (今年主要预期目标：, 主要目标是) gives its commitment, year and subject to the items it
introduces — the rest of its line, or the lines under it when it is a heading of its own.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from dataclasses import dataclass, replace

from .dates import five_year_plan_end, period_end_year
from .places import gazetteer
from .script import unglossed
from .sentences import Sentence

NUMBERED_HEADING = _NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章部节])")
_REVIEW = re.compile(r"过去|回顾|成绩|成效|主要工作$|工作总结|一年来|执行情况|取得")
_PLAN = re.compile(r"目标|计划|安排|任务|新一年|新的一年|今年|思路|举措|重点工作|工作建议")
# 北仑今年投产十六个重大工业项目: a news title that reports what happened this year, not a section of goals
_REPORTED = re.compile(r"投产|开工|签约|竣工|举行|召开|完成|实现|获|入选|落地|建成")
_PLAN_WORD = re.compile(r"目标|计划|任务|安排|思路|举措|重点工作|工作建议")
_LEAD_IN = re.compile(
    r"(?:主要|奋斗|总体|发展|预期|年度)?(?:预期)?(?:目标|指标)(?:任务)?(?:具体)?(?:是|为|如下)?[:：]"
    r"|目标(?:具体)?(?:是|为)"  # (“五强”目标具体为：产业强，…: the goals spelled out)
    r"|预期目标(?:[，,]\s*)?(?:包括|——)"  # 提出今年的主要预期目标，包括经济方面，…; 主要预期目标——地区生产总值…
)
# a zone named with its place (丽水经开区, 青山经开区); not a verb in front of a bare 开发区 (推进开发区…)
_ZONE_PREFIX = (rf"(?:{{PLACE_PREFIX}}|(?!推进|推动|加快|建设|打造|创建|部署|围绕|依托|聚焦|全力|助力|支持|服务|发展|做强|"
                rf"做大|提升|实现|带动|助推|落户|入驻|位于|来到|扎根|成为|作为|支撑|引领|赋能|深化|优化|强化|完善|壮大|"
                rf"培育|引进|招引|各个|所有|本次|这个|今年|明年|去年|全年|当年|本年|上年|年度|新的)[\u4e00-\u9fa5]{{2}})")
_SUBJECT_SRC = rf"(全省|全市|全县|全区|我省|我市|我县|我区|{_ZONE_PREFIX}?(?:开发区|经开区|高新区)|全镇)"
# a clause that opens with who acts: 2022年，…，丽水经开区坚持稳进提质 -> 丽水经开区
_CLAUSE_SUBJECT_SRC = (rf"^(?:(?:\d{{4}}年|去年|今年|上年)(?:度|以来)?)?(全省|全市|全县|全区|我省|我市|我县|我区|"
                       rf"{_ZONE_PREFIX}?(?:开发区|经开区|高新区))")


@cache
def _subject_re(clause: bool = False) -> re.Pattern:
    """Compiled on first use: the gazetteer (a file dbt reads too) is not read at import."""
    source = _CLAUSE_SUBJECT_SRC if clause else _SUBJECT_SRC
    return re.compile(source.replace("{PLACE_PREFIX}", gazetteer().place_prefix))
_HEADING_YEAR = re.compile(r"(?<!\d)\d{4}年(?:度)?")
_SUBJECT_HINT = re.compile(r"开发区|经开区|高新区|全省|全市|全县|全区|我省|我市|我县|我区")
# a period that leads the lines after it: 到2027年： / 力争到2027年， / 到“十五五”末，(ending its line)
_PERIOD_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?"
                          r"(?:力争|确保|争取|预计|预期|计划)?(?:到|至)(?:\d{4}年|“?十.五”?)(?:底|末|期末)?[，,：:]$")
_QUANTITY_HINT = re.compile(r"\d\s*(?:%|％|亿|万|个|家|项|元|人|亩|倍)|翻.?番|百分点")
# a plan period named in words, which the next sentences of its paragraph keep (到“十四五”末 / 今后五年 / 5年内)
# 为离校2年内未就业高校毕业生…: a span after these says who is meant, not the period of a statement
WHO_SPAN_BEFORE = ("离校", "毕业", "退役", "退休", "失业")
_PLAN_PERIOD = re.compile(r"(?:到|至)“?十.五”?(?:末|期末)?|“?十.五”?(?:时期|期间)|(?:未来|今后|用|通过)[\d一二两三四五六七八九十]+年"
                          r"|" + "".join(f"(?<!{w})" for w in WHO_SPAN_BEFORE) + r"[\d一二两三四五六七八九十]+年内")
_PERIOD_OPENING = re.compile(r"^(?:力争|确保|争取|预计|预期|计划)?(?:到|至)(?:\d{4}年|“?十.五”?)")
_WORK_YEAR = re.compile(r"(\d{4})年(?:度)?(?:工作|政府工作|国民经济|经济社会发展|主要预期目标)")
# (比2016年增加2%, 较2016年, 在2022年的基础上: a year compared with names no period of the statement)
_EXPLICIT_YEAR = re.compile(r"(?<![\d比较])(\d{4})年(?!的?基础上|为基数)")


@dataclass(frozen=True)
class Context:
    """How to read the quantities in one sentence."""

    mode: str | None = None  # review | plan | None
    lead_commitment: str | None = None  # commitment given by a lead-in, if any
    lead_year: int | None = None
    lead_subject: str | None = None
    lead_end: int = -1  # offset in the sentence after which the lead-in governs (inline lead-in)
    year: int | None = None  # the year the section heading names (一、2022年政府主要工作 -> 2022)
    ref_year: int | None = None  # the last year named in the sentences before (what "当年" refers to)
    work_year: int | None = None  # without a document date: the year the notice says it works for
    line_subject: str | None = None  # who the earlier sentences of the same line are about (丽水经开区坚持…)
    lead_paragraph_subject: str | None = None  # who the notice's first paragraph is about
    line_year: int | None = None  # the last year named in the earlier sentences of the same line
    lead_paragraph_year: int | None = None  # the last year the notice's first paragraph names
    partial_period: bool = False  # a ；-continuation of a line that opened with 1-6月 / 上半年
    # an earlier sentence of the same line named part of the year (PARTIAL_OR_QUARTER), and none named a whole one since
    # (上半年，引进…。引进亿元以上项目107个: still the half year)
    line_partial: bool = False
    line_quarter: bool = False  # that part is a quarter named with its year (2025年一季度), whose figures are results
    carried: str | None = None  # 'target' / 'outcome' / 'plan' / 'breakdown:…': what the sentences before stated (targets.carry)
    plan_year: int | None = None  # the end of a coming five-year plan the notice has named so far (十五五 in 2026: 2030)
    # the sentence goes on dividing up a batch of projects arranged in the sentence before it (安排重点项目476个。其中，
    # 续建项目269个；计划开工项目207个): the counts of its kinds are the batch's composition
    batch_parts: bool = False
    # the sentence before it (headings aside) states a batch of projects with its money (全年计划实施项目120个，总投资
    # 200亿元): a sector's line that opens the sentence after it (产业项目60个，…) may be one of its parts
    batch_before: bool = False
    # the sentence is a part of a batch whose own money for the year was stated before it (…年度计划投资300亿元。其中
    # 工业项目20个，…，年度计划投资120亿元；服务业项目…): the parts' money for the year is the plan's composition
    planned_batch_parts: bool = False


def commitment_of(text: str) -> str:
    """The commitment a lead-in or heading gives: 预期 -> expected, 确保 -> hard, 力争 -> aspirational."""
    if re.search(r"(?<![超于及合])(?:预期|预计)", text):
        return "expected"
    if re.search(r"确保|必须", text):
        return "hard"
    if re.search(r"力争|争取|奋斗|努力", text):
        return "aspirational"
    return "unspecified"


_NOT_IN_HEADING = re.compile(r"[。；;，,:：\d]")


def is_heading(sentence: Sentence) -> bool:
    text = sentence.text
    if _NUMBERED_HEADING.match(text) and len(text) <= 40:
        return True
    # (2024年工作回顾 / 2025年部分重点工作: a year is the one number a short heading has)
    return len(text) <= 20 and not _NOT_IN_HEADING.search(_HEADING_YEAR.sub("", text))


# 项目数、总投资、年度计划投资均居全省前列: a news subtitle that reports a ranking is no section of goals
# (位列全国千强镇64位 / 排名第10位: a place in a ranking; 居 alone is no rank: 居家养老, 居民)
RANKED = re.compile(r"位列|位居|排名|排在|排位|名列|居(?:全[国省市县区]|[省市县区]内|前列|首位|第)|前列")


def _names_now_first(text: str, published: dt.date) -> bool:
    """Whether a plan heading that names a coming period names the notice's own year too, first or as 今年 / 本年
    (2024年及“十四五”后两年主要任务 / 2025年远景目标和今年重点): its undated items are this year's work."""
    if "今年" in text or "本年" in text:
        return True
    first = _EXPLICIT_YEAR.search(text)
    return bool(first) and int(first.group(1) if first.groups() else first.group(0)[:4]) == published.year


def heading_mode(text: str, published: dt.date | None) -> str | None:
    year = period_end_year(text, published)
    if RANKED.search(text) and not _REVIEW.search(text):
        return None
    if _REVIEW.search(text):
        return "review"
    if _PLAN.search(text) and not (_REPORTED.search(text) and not _PLAN_WORD.search(text)):
        return "plan"
    if year and published and year < published.year:
        return "review"
    return None


def contexts(sentences: list[Sentence], published: dt.date | None) -> list[Context]:
    """One Context per sentence, in order, each knowing the year named last before it."""
    plain = _contexts(sentences, published)
    work_year = None
    if published is None:
        m = next((_WORK_YEAR.search(s.text) for s in sentences if _WORK_YEAR.search(s.text)), None)
        work_year = int(m.group(1)) if m else None
    result, ref_year, line, line_subject, line_year, partial = [], None, None, None, None, False
    line_partial = line_quarter = False
    plan_year = None
    first_line = sentences[0].line if sentences else None
    lead_subject = next((found for found in (clause_subject(s.text) for s in sentences if s.line == first_line)
                         if found), None)
    lead_years = [int(y) for s in sentences if s.line == first_line for y in _EXPLICIT_YEAR.findall(s.text)
                  if 1990 <= int(y) <= 2100]
    lead_paragraph_year = lead_years[-1] if lead_years else None
    arranged = parts = batch = False
    batch_plan = planned_parts = False
    for s, ctx in zip(sentences, plain):
        if s.line != line:
            line, line_subject, line_year, partial, line_partial, line_quarter = s.line, None, None, False, False, False
            arranged = parts = planned_parts = False
        planned_parts = planned_parts or batch_plan and bool(_PARTS_OPENING.match(s.text))
        # (…其中工业项目12个；二季度计划集中开工项目25个，总投资70亿元，…: a ；-continuation that opens a batch of its own)
        planned_parts = planned_parts and not (not _PARTS_OPENING.match(s.text) and _NEW_BATCH_OPENING.match(s.text))
        # (其中 opens the parts right after the batch; a part ended by ；goes on in the next sentence of its line)
        parts = parts or arranged and s.text.startswith("其中")
        # (Context(...) with the fields kept spelled out: dataclasses.replace is slow, and this runs per sentence)
        result.append(Context(mode=ctx.mode, lead_commitment=ctx.lead_commitment, lead_year=ctx.lead_year,
                              lead_subject=ctx.lead_subject, lead_end=ctx.lead_end, year=ctx.year, carried=ctx.carried,
                              ref_year=ref_year, work_year=work_year, line_subject=line_subject,
                              lead_paragraph_subject=lead_subject, partial_period=partial, line_partial=line_partial,
                              line_quarter=line_quarter,
                              line_year=line_year,
                              lead_paragraph_year=lead_paragraph_year, plan_year=plan_year, batch_parts=parts,
                              batch_before=batch, planned_batch_parts=planned_parts))
        if not is_heading(s):
            batch = "项目" in s.text and bool(_BATCH_STATED.search(s.text)) and not SECTOR_OPENING.match(s.text) \
                and bool(_BATCH_MONEY.search(s.text))
            stated = "项目" in s.text and _PLAN_BATCH_COUNTED.search(s.text) and BATCH_YEAR_PLAN.search(s.text)
            batch_plan = bool(stated)
            # (…年度计划投资561亿元，…，其中：在建项目185项，…；: the parts open inside the batch's own sentence)
            # (…年度计划投资18亿元，其中工业项目12个；: a 其中 with no money of its own carries no part on)
            planned_parts = planned_parts or bool(stated) and "其中" in s.text[stated.end():] \
                and bool(_BATCH_MONEY.search(s.text, s.text.find("其中", stated.end())))
        planned_parts = planned_parts and s.text.rstrip().endswith(("；", ";"))
        parts = parts and s.text.rstrip().endswith(("；", ";"))
        arranged = "安排" in s.text and bool(_ARRANGED_BATCH.search(s.text))
        if "五" in s.text and published and (end := five_year_plan_end(s.text)) and end > published.year:
            plan_year = end
        # (gates: every match of _EXPLICIT_YEAR and WHOLE_PERIOD holds 年, of _PLAN_PERIOD 年 or 五, of PARTIAL_PERIOD
        # and PARTIAL_OR_QUARTER 月, 年 or 季度; a sentence without them has none, and most have none)
        has_year = "年" in s.text
        years = [int(y) for y in _EXPLICIT_YEAR.findall(s.text) if 1990 <= int(y) <= 2100] if has_year else []
        ref_year = years[-1] if years else ref_year
        line_year = years[-1] if years else line_year
        this_year = max(s.text.rfind("今年"), s.text.rfind("本年")) if published and has_year else -1
        if this_year >= 0 and not _EXPLICIT_YEAR.search(s.text, this_year):
            # 2025年，…。(next line) 今年是开局之年。预计全年…: the year the line names last is the notice's own, by 今年
            # (the line's only: what 当年 refers to further on, ref_year, stays the year named by its number)
            line_year = published.year
        plan = _PLAN_PERIOD.search(s.text) if has_year or "五" in s.text else None
        if plan and published and not years:  # 到“十四五”末，…。其中，一产业年均增速保持在2.6%以上: the period goes on
            end = period_end_year(plan.group(0), published)
            line_year = end if end and end > published.year else line_year
        line_subject = clause_subject(s.text) or line_subject
        partial = s.text.rstrip().endswith(("；", ";")) and (partial or bool(PARTIAL_PERIOD.search(s.text)))
        part = list(PARTIAL_OR_QUARTER.finditer(s.text)) if has_year or "月" in s.text or "季度" in s.text else []
        whole = list(WHOLE_PERIOD.finditer(s.text)) if has_year else []
        if part or whole:
            line_partial = bool(part) and (not whole or whole[-1].start() < part[-1].start())
            line_quarter = line_partial and not PARTIAL_PERIOD.match(s.text, part[-1].start())
    return result


# 全年计划实施项目120个 / 共安排重点项目45个 / 120个项目: a count of projects, with money in the same sentence
_BATCH_STATED = re.compile(r"项目(?:共计?|总数)?\d+(?:个|项)|\d+(?:个|项)(?:重点|重大)?项目")
_BATCH_MONEY = re.compile(r"\d(?:\.\d+)?(?:亿|万)元")
# 年度计划投资 / 年度投资 / 全年计划完成投资 / 当年计划投资 / 计划完成年度投资 / 年度投资计划: what a batch is set to spend in
# its year (not 占年度投资计划的72%, a share of it, nor 完成年度投资, what was spent)
BATCH_YEAR_PLAN = re.compile(r"(?<!占)(?<!完成)(?:年度|全年|年内|当年)(?:计划)?(?:完成)?投资(?:计划)?(?!的)|"
                             r"计划完成(?:年度|全年|当年)投资")
# 120个项目 / 上述9个产业项目 / 项目共45个: a batch counted, whose money for the year may follow
_PLAN_BATCH_COUNTED = re.compile(r"项目(?:共计?|总数|有)?\d+(?:个|项|宗)|\d+(?:个|项|宗)[^，,。；;\d]{0,12}?项目")
# 其中， / 其中： opening the sentence after a batch: its parts follow
_PARTS_OPENING = re.compile(r"^[，,]?其中")
# 二季度 / 下半年 / 第二批 / 同时 / 另外 / 此外, or 计划集中开工项目25个，总投资70亿元 (a batch's verb, its count and its
# own total): a clause that opens a batch of its own, not one more part of the batch before it
_NEW_BATCH_OPENING = re.compile(r"^[，,]?(?:[一二三四1-4]季度|[上下]半年|第[二三四五六七八九十\d]+批|同时|另外|此外|"
                                r"(?:今年|全年|年内)?(?:计划|拟|还将|将)?(?:集中|新)?(?:开工|签约|安排|实施|竣工|投产|列入)"
                                r"[^，,。；;]{0,16}?项目(?:共计?)?\d+(?:个|项|宗)[^。；;]*?总投资)")
# 产业项目 / 基础设施项目: a sector of the economy whose projects a line counts, at the very start of the sentence
SECTOR = (r"(?:产业|工业|制造业|服务业|现代服务业|基础设施|民生|社会事业|公共服务|生态环保|农业|交通|能源|水利|城建|文旅)"
          r"(?:发展)?")
SECTOR_OPENING = re.compile(SECTOR + r"(?:类)?项目")
_ARRANGED_BATCH = re.compile(r"安排[^，,。；;\d]{0,20}?项目\d+(?:个|项)")
WHOLE_PERIOD = re.compile(r"全年|年度|今年|本年|明年|到\d{4}年|\d{4}年(?!\s*\d{1,2}\s*[-—–~～至到月])")
# part of a year: 1-6月, 上半年, 前三季度, 一季度 (1-12月 is the whole year); its figures are no result of the year
_PARTS = (r"(?<!\d)(?:1|一)\s*[-—–~～至到]\s*(?:[1-9]|1[01]|[二三四五六七八九十]|十一)\s*月(?!\d)|上半年|下半年|"
          r"前[一二三]季度|(?<![\d年])[一二三]季度|第[一二三]季度|前[1-9一二三四五六七八九十]{1,2}个?月")
PARTIAL_PERIOD = re.compile(_PARTS)
# the same, or a quarter named with its year (2025年一季度, 今年一季度): a part of the year, whose figures are no goal
# for the year (they stay results, reported for the quarter)
PARTIAL_OR_QUARTER = re.compile(_PARTS + r"|(?:(?<=\d{4}年)|(?<=今年)|(?<=本年))[一二三]季度")


def clause_subject(text: str, end: int | None = None) -> str | None:
    """The last place or body that opens a clause of `text` before `end` (丽水经开区坚持… -> 丽水经开区)."""
    text = text[:end] if end is not None else text
    if not _SUBJECT_HINT.search(text):
        return None
    found = None
    start = 0
    for m in re.finditer(r"[，,：:；;。]|$", text):
        clause = text[start:m.start()]
        subject = _subject_re(clause=True).match(clause)
        if subject:
            found = subject.group(1)
        start = m.end()
    return found


def _contexts(sentences: list[Sentence], published: dt.date | None) -> list[Context]:
    # (主要預(yù)期目標(biāo)是：a reprint's pinyin glosses break the words of a lead-in: it is read without them, its end
    # given back as an offset in the text as written)
    kept_offsets: dict[int, tuple[int, ...]] = {}
    if any("(" in s.text or "（" in s.text for s in sentences):
        plain_sentences = []
        for i, s in enumerate(sentences):
            plain = unglossed(s.text)
            if plain is not None:
                kept_offsets[i] = plain[1]
                s = replace(s, text=plain[0])
            plain_sentences.append(s)
        sentences = plain_sentences
    result: list[Context] = []
    mode: str | None = None
    year: int | None = None
    block: Context | None = None  # a lead-in heading governing the lines under it
    inline: tuple[int, Context] | None = None  # (line, context) of an inline lead-in
    period_block = False  # the block comes from a period lead-in (到2027年：), whose items may be numbered
    for i, s in enumerate(sentences):
        if block and period_block and _NUMBERED_HEADING.match(s.text) and _QUANTITY_HINT.search(s.text):
            result.append(block)  # （一）地区生产总值达到1000亿元: an item under 到2027年：, not a heading
            continue
        if is_heading(s) and block is not None and not _NUMBERED_HEADING.match(s.text) \
                and heading_mode(s.text, published) is None and not _LEAD_IN.search(s.text) \
                and not _work_heading(sentences, i):
            result.append(block)  # 董贵波 / a unit's name in a goals table: a cell, not a new section
            continue
        if is_heading(s):
            new_mode = heading_mode(s.text, published)
            if new_mode:
                mode, year = new_mode, period_end_year(s.text, published)
                if mode == "plan" and year and published and year > published.year and _names_now_first(s.text, published):
                    year = published.year  # 2024年及“十四五”后两年主要任务 (in 2024): this year's section, first of all
            block, period_block = None, False
            if _NUMBERED_HEADING.match(s.text) and _LEAD_IN.search(s.text) or _GOALS_HEADING.search(s.text):
                block = Context(mode="plan", lead_commitment=commitment_of(s.text),
                                lead_year=period_end_year(s.text, published), lead_subject=_subject(s.text))
                mode = "plan"
            result.append(Context(mode=mode, year=year))
            continue
        if _PERIOD_LEAD.match(s.text) and (i + 1 == len(sentences) or sentences[i + 1].line != s.line):
            # 到2027年：(line break) the items below are goals for 2027, until the next period or heading
            block = Context(mode="plan", lead_commitment=commitment_of(s.text),
                            lead_year=period_end_year(s.text, published), lead_subject=_subject(s.text))
            inline, period_block = None, True
            result.append(Context(mode="plan", year=year))
            continue
        lead = _LEAD_IN.search(s.text)
        if lead:
            before = s.text[: lead.end()]
            ctx = Context(mode="plan", lead_commitment=commitment_of(before),
                          lead_year=period_end_year(before, published) or _named_goal_year(sentences, i, before, published),
                          lead_subject=_subject(before),
                          lead_end=kept_offsets[i][lead.end() - 1] + 1 if i in kept_offsets else lead.end())
            if lead.end() >= len(s.text.rstrip("。；;:： ")):
                period_block = False
                block = Context(mode="plan", lead_commitment=ctx.lead_commitment, lead_year=ctx.lead_year,
                                lead_subject=ctx.lead_subject)  # lead-in ends its line: governs the lines below
            else:
                inline = (s.line, Context(mode="plan", lead_commitment=ctx.lead_commitment,
                                          lead_year=ctx.lead_year, lead_subject=ctx.lead_subject))
            result.append(ctx)
            continue
        if block and block.lead_year is not None and _PERIOD_OPENING.match(s.text):
            block = None  # another period (到2030年，…) ends the one led before
        opening = _PERIOD_OPENING.match(s.text)
        if opening and mode == "plan" and (block is None or block.lead_year is None) \
                and not (inline and inline[0] == s.line):
            # （二）发展目标。到2025年，初步建成…: under a goals heading, the period opening the section dates its items
            block = Context(mode="plan", lead_commitment=block.lead_commitment if block else commitment_of(opening[0]),
                            lead_year=period_end_year(opening.group(0), published),
                            lead_subject=block.lead_subject if block else None)
        if inline and inline[0] == s.line:
            result.append(inline[1])
        elif block:
            result.append(block)
        else:
            result.append(Context(mode=mode, year=year))
    return result


_QUOTED_NAME = re.compile(r"“([^“”]{1,12})”")


def _named_goal_year(sentences: list[Sentence], i: int, before: str, published: dt.date | None) -> int | None:
    """到2022年，实现…“五强”发展目标。“五强”目标具体为：…: a lead-in that names a goal in quotes, with no period of its
    own, is for the period an earlier sentence (of the three before) gave that goal."""
    name = _QUOTED_NAME.search(before)
    if name is None:
        return None
    for earlier in sentences[max(0, i - 3): i][::-1]:
        at = earlier.text.find(name.group(0))
        if at >= 0:
            return period_end_year(earlier.text[:at], published)
    return None


# 全力抓好十件大事 / 扎实做好六项工作: a heading that names the work to be done opens a new section, no cell of the goals
# table above it (its items do not take the goals' commitment)
# (做好稳就业工作 / 抓好安全生产工作 as a row of the table names a task, no section: the heading counts its work, 十件大事 /
# 六项工作, or numbered items follow it)
_WORK_HEADING = re.compile(r"(?:抓好|做好|办好|干好|抓实|抓牢)[^，,。；;]{0,8}?(?:大事|实事|工作|任务|行动|工程)")
_COUNTED_WORK = re.compile(r"[一二两三四五六七八九十\d]+(?:件|项|个|大|方面)[^，,。；;]{0,6}?(?:大事|实事|工作|任务|行动|工程)")
_NUMBERED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}(?:[、.．]|(?=[\u4e00-\u9fa5])(?![年月日])))")


def _work_heading(sentences: list[Sentence], i: int) -> bool:
    work = _WORK_HEADING.search(sentences[i].text)
    if work is None:
        return False
    return bool(_COUNTED_WORK.search(work.group(0))) \
        or i + 1 < len(sentences) and bool(_NUMBERED_ITEM.match(sentences[i + 1].text))
_GOALS_HEADING = re.compile(r"(?:目标|指标)[:：。]?$")


def _subject(text: str) -> str | None:
    m = _subject_re().search(text)
    return m.group(1) if m else None
