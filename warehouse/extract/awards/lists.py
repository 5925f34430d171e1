"""Awards given to many at once: rosters under a 名单 / 榜单 heading, assessment tiers
(X等23个单位考核为优秀) and 对A等N个先进单位以及B等N名先进工作者予以表彰."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .parts import GRADE, TIER, holders_title, level_of
from .recipients import clean_recipient
from ..sentences import Sentence

_ROSTER_HEADING = re.compile(r"^(?:附件[\d一二三四五六七八九十]*[:：])?(?!附件)(?P<name>.{4,80}?(?:名单|榜单|名录))"
                             r"(?:[（(][^）)]{1,10}[）)])?$")
# the lines that close a decision or label an annex: never a recipient, and the roster above them is over
_NOT_AN_ITEM = re.compile(r"^(?:附件[\d一二三四五六七八九十]*(?:[:：].*)?|[（(]此件[^）)]*[）)]|\d{4}年\d{1,2}月\d{1,2}日|"
                          r"[\u4e00-\u9fa5]{2,30}(?:人民政府|委员会|管委会|办公室|办公厅|总工会)(?:办公室)?|"
                          r"[\u4e00-\u9fa5]{2,20}(?:局|厅|委|办)|抄送[:：].*|联系人[:：].*)$")
_PENDING = re.compile(r"拟|公示|推荐|候选|申报|征求")
# 2023年度考核优秀单位名单: a tier of an assessment; 先进单位 / 先进个人 / 先进集体 are titles of their own
_TIERED = re.compile(rf"^(?P<award>.+?)(?P<tier>{TIER}|先进(?!单位|集体|个人|工作者|企业))(?:县|市|区|镇|乡|村|单位|集体|个人|企业)?"
                     rf"(?:[（(][^）)]*[）)])?名单$")
_YEAR_PREFIX = re.compile(r"^(?:\d{4}[—\-–])?(?P<year>\d{4})年?度?")
_ROSTER_LINE = re.compile(r"^(?:[\u4e00-\u9fa5]{2,8}(?:[（(][^）)]*[）)])?[:：])?(?P<items>[^。，,“”]+?)[;；]?$")
_ASSESSED = re.compile(rf"(?P<who>[^，,。；;]+?)(?:考核|评定|评估)(?:为|结果为)(?P<tier>{TIER})")
_ASSESSMENT = re.compile(r"(?P<year>\d{4})年?度?(?P<name>[\u4e00-\u9fa5“”]{2,30}?(?:考核|评估|评定))")
_COMMEND = re.compile(r"对(?P<body>[^。；;]+?)(?:予以|进行|给予)(?:通报)?表彰")
_COMMEND_ITEM = re.compile(r"^(?P<who>.+?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|所)(?P<award>[\u4e00-\u9fa5]{2,20})$")


# an annex heading of one grade: 科学技术进步奖一等奖（2项） / 二等奖（5项）
_GRADED_HEADING = re.compile(rf"^(?:[一二三四五六七八九十]+[、.．])?(?P<award>[^，,。；;：:“”]{{0,30}}?)(?P<grade>{GRADE})"
                             rf"(?:[（(][\d一二三四五六七八九十百]+(?:项|个|名|人|家|件)[）)])?$")
# 1. 高效节能电机关键技术 / （2）新型防腐涂料研制: one winner of the grade above
_NUMBERED_ITEM = re.compile(r"^(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])\s*(?P<item>[^。；;，,:：]{2,60}?)[。；;]?$")
_NUMBERING = re.compile(r"^(?:\d{1,3}[.．、]|[（(](?:\d{1,3}|[一二三四五六七八九十]+)[）)]|[一二三四五六七八九十]+、)\s*")
# the details under a winner (完成单位：…, 主要完成人：…): neither a winner nor the end of the list
_ITEM_DETAIL = re.compile(r"^[\u4e00-\u9fa5]{2,8}[:：]")


@dataclass(frozen=True)
class ListedAward:
    award: str
    grade: str | None
    recipient: str
    level: str | None
    date: str | None
    sentence: Sentence


def roster_heading(sentence: Sentence, line_text: str) -> tuple[str, str | None, str | None] | None:
    """(award, grade, year) when a whole line names a roster: 2024中国最美县域榜单(不排序)."""
    if sentence.text != line_text.strip():
        return None
    m = _ROSTER_HEADING.match(re.sub(r"\s+", "", sentence.text))
    if not m or _PENDING.search(m.group("name")):
        return None
    name = m.group("name")
    year = None
    y = _YEAR_PREFIX.match(name)
    if y:
        year, name = y.group("year"), name[y.end():]
    tiered = _TIERED.match(name)
    if tiered:
        return tiered.group("award"), tiered.group("tier"), year
    return holders_title(name) or name, None, year  # 先进单位名单 -> the title 先进单位


def roster_items(sentence: Sentence) -> list[str] | None:
    """The names on one roster line ('北京:东城区、昌平区'), or None when the line is not a list."""
    m = _ROSTER_LINE.match(sentence.text.strip())
    if not m or len(sentence.text) > 200 or _NOT_AN_ITEM.match(re.sub(r"\s+", "", sentence.text)):
        return None
    # 1. 浙江星光科技有限公司 / （一）青山经开区: the numbering is no part of the name
    items = [_NUMBERING.sub("", i.strip()).strip() for i in m.group("items").split("、")]
    if not all(len(i) <= 15 for i in items):
        return None
    return [i for i in items if len(i) >= 2]


def assessment_awards(sentence: Sentence, earlier_text: str) -> list[ListedAward]:
    """嘉善县姚庄镇等23个单位考核为优秀 -> award = the assessment named before (小城市培育试点考核)."""
    if not re.search(r"(?:考核|评定|评估)(?:为|结果为)", sentence.text):
        return []
    results = list(_ASSESSED.finditer(sentence.text))
    if not results:
        return []
    named = list(_ASSESSMENT.finditer(earlier_text))
    if not named:
        return []
    award, year = named[-1].group("name"), named[-1].group("year")
    found = []
    for m in results:
        recipient = clean_recipient(re.split(r"[，,、]", m.group("who"))[-1])
        if recipient:
            level = level_of(award) or level_of(sentence.text[: m.start()])
            found.append(ListedAward(award, m.group("tier"), recipient, level, year, sentence))
    return found


def commended(sentence: Sentence) -> list[tuple[str, str, int]]:
    """对A等10个先进单位以及B等10名先进工作者予以表彰 -> [(award, recipient, position)]."""
    found = []
    for m in _COMMEND.finditer(sentence.text):
        for part in re.split(r"以及|和|及|、", m.group("body")):
            item = _COMMEND_ITEM.match(part)
            if item:
                recipient = clean_recipient(item.group("who"))
                if recipient:
                    found.append((item.group("award"), recipient, m.start()))
    return found


def graded_heading(sentence: Sentence, line_text: str) -> tuple[str, str] | None:
    """(award, grade) when a whole line heads the winners of one grade: 科学技术进步奖一等奖（2项）;
    the award is '' when only the grade is given (二等奖（5项）)."""
    if sentence.text != line_text.strip():
        return None
    m = _GRADED_HEADING.match(re.sub(r"\s+", "", sentence.text))
    if not m:
        return None
    award = m.group("award")
    if award and (not re.search(r"(?:奖|大赛|竞赛|评选)$", award) or re.search(r"获|授予|评为|摘得|夺得", award)):
        return None  # 浙江星光科技有限公司荣获金奖: a sentence, not a heading
    return award, m.group("grade")


def graded_item(sentence: Sentence) -> str | None:
    """'winner' text of a numbered line under a graded heading; '' for a detail line (完成单位：…);
    None when the line is neither (the list is over)."""
    text = sentence.text.strip()
    m = _NUMBERED_ITEM.match(text)
    if m:  # the winner as written (新型5G基站天线研制), without the unit named after it in brackets
        item = re.sub(r"\s*[（(][^）)]*[）)]$", "", m.group("item").strip()).strip("“”《》 ")
        return item if len(item) >= 2 and clean_recipient(item) else ""
    if _ITEM_DETAIL.match(text):
        return ""
    return None


# ---- award tables pasted as text: a header row (获奖单位 | 奖励名称 | 授奖单位), then one row per honour

_HEADER_ISSUER = re.compile(r"授奖|授予单位|颁发|颁奖|命名单位|发文|批准(?:单位|机关)|评选单位|授牌单位|表彰单位")
_HEADER_RECIPIENT = re.compile(r"获奖(?:单位|集体|个人|者|对象|企业)|受表彰|获评(?:单位|对象)|入选(?:单位|对象)|"
                               r"^(?:单位|单位名称|企业名称|姓名|集体|名称)$")
_HEADER_AWARD = re.compile(r"奖励|奖项|荣誉|称号|命名名称|获奖名称|表彰名称|奖励名称|^(?:名称|荣誉名称)$")
_CELL_SPLIT = re.compile(r"\s*[|｜]\s*|\s+")
_ISSUER_CELL = re.compile(r"(?:部|厅|委|委员会|办公室|办公厅|政府|中心|关工委|社|局|院|总会|协会|联合会|领导小组)$")
_MAX_GAP = 8  # lines that are no row (a wrapped cell, a blank) before the table is over


@dataclass(frozen=True)
class TableRow:
    line: int
    award: str
    recipient: str
    issuer: str | None


def table_columns(line_text: str) -> list[str] | None:
    """Roles of a header row's cells ('recipient', 'award', 'issuer', None), when it is an award table's."""
    cells = [c for c in _CELL_SPLIT.split(line_text.strip()) if c]
    if not 2 <= len(cells) <= 6:
        return None
    roles = []
    for cell in cells:
        if _HEADER_ISSUER.search(cell):
            roles.append("issuer")
        elif _HEADER_RECIPIENT.search(cell):
            roles.append("recipient")
        elif _HEADER_AWARD.search(cell):
            roles.append("award")
        else:
            roles.append(None)
    return roles if roles.count("recipient") == 1 and roles.count("award") == 1 else None


def table_rows(lines: list[str]) -> list[TableRow]:
    """Rows of every award table in the text; a row whose cells wrapped onto other lines is left out."""
    rows: list[TableRow] = []
    roles: list[str | None] | None = None
    gap = 0
    for i, line in enumerate(lines):
        header = table_columns(line)
        if header:
            roles, gap = header, 0
            continue
        if roles is None:
            continue
        cells = [c.strip("。；;，,") for c in _CELL_SPLIT.split(line.strip()) if c.strip("。；;，,")]
        row = _row(roles, cells)
        if row is None:
            gap += 1
            if gap > _MAX_GAP:
                roles = None
            continue
        gap = 0
        rows.append(TableRow(i, *row))
    return rows


def _row(roles: list[str | None], cells: list[str]) -> tuple[str, str, str | None] | None:
    if len(cells) == len(roles):
        values = dict(zip(roles, cells))
    elif len(cells) == len(roles) - 1 and roles[-1] == "issuer" and not _ISSUER_CELL.search(cells[-1]):
        values = dict(zip(roles, cells))  # the issuer cell wrapped onto another line
    else:
        return None
    award, recipient = values.get("award"), values.get("recipient")
    if not award or not recipient or len(award) < 4 or _ISSUER_CELL.search(award) and len(award) < 8:
        return None
    return award, recipient, values.get("issuer")
