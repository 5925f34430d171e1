"""Award tables pasted as text: a header row (获奖单位 | 奖励名称 | 授奖单位, or 项目名称 | 完成单位 | 等级),
then one row per honour; a long award cell may wrap onto the lines around its row."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .parts import GRADE, is_award_like



_HEADER_ISSUER = re.compile(r"授奖|授予单位|颁发|颁奖|命名单位|发文|批准(?:单位|机关)|评选单位|授牌单位|表彰单位")
_HEADER_RECIPIENT = re.compile(r"获奖(?:单位|集体|个人|者|对象|企业|人)|受表彰|获评(?:单位|对象)|入选(?:单位|对象)|"
                               r"^(?:单位|单位名称|企业名称|姓名|集体|名称)$")
# a science prize's table names the work (项目名称) and who did it (完成单位): the work is what won
_HEADER_WORK = re.compile(r"^(?:项目|成果|作品|课题|论文|产品)(?:名称)?$")
_HEADER_DOER = re.compile(r"^(?:主要)?(?:完成|申报|推荐|参赛|承担)(?:单位|人)$|^(?:主要)?完成人$")
_HEADER_AWARD = re.compile(r"奖励|奖项|荣誉|称号|命名名称|获奖名称|表彰名称|奖励名称|^(?:名称|荣誉名称)$")
_HEADER_GRADE = re.compile(r"^(?:奖励|获奖|奖项)?(?:等级|等次|奖次|级别)$")
_CELL_SPLIT = re.compile(r"\s*[|｜]\s*|\s+")
_ISSUER_CELL = re.compile(r"(?:部|厅|委|委员会|办公室|办公厅|政府|中心|关工委|社|局|院|总会|协会|联合会|领导小组)$")
_ISSUER_LEAD = re.compile(r"^(?:中共|中央|国务院|[\u4e00-\u9fa5]{2,8}(?:委|部|厅|局|政府)(?:办公厅|办公室)?(?:、|$))")
_MAX_GAP = 8  # lines that are no row (a wrapped cell, a blank) before the table is over


@dataclass(frozen=True)
class TableRow:
    line: int
    award: str  # '' when the table has a grade column only: the prize is the one its title names
    recipient: str
    issuer: str | None
    grade: str | None = None


def table_columns(line_text: str) -> list[str | None] | None:
    """Roles of a header row's cells ('recipient', 'award', 'grade', 'issuer', None), when it is an award
    table's: one recipient column, and an award column or a grade column."""
    cells = [c for c in _CELL_SPLIT.split(line_text.strip()) if c]
    if not 2 <= len(cells) <= 6:
        return None
    work = any(_HEADER_WORK.match(c) for c in cells)
    roles: list[str | None] = []
    for cell in cells:
        if _HEADER_ISSUER.search(cell):
            roles.append("issuer")
        elif _HEADER_RECIPIENT.search(cell) or _HEADER_WORK.match(cell) or not work and _HEADER_DOER.match(cell):
            roles.append("recipient")
        elif _HEADER_GRADE.match(cell):
            roles.append("grade")
        elif _HEADER_AWARD.search(cell):
            roles.append("award")
        else:
            roles.append(None)
    if roles.count("recipient") > 1 and "姓名" in cells:  # 姓名 | 单位 | 荣誉称号: the person holds it
        roles = [None if r == "recipient" and c != "姓名" else r for r, c in zip(roles, cells)]
    named = roles.count("award") == 1 or roles.count("grade") == 1 and "award" not in roles
    return roles if roles.count("recipient") == 1 and named else None


def table_rows(lines: list[str]) -> list[TableRow]:
    """Rows of every award table in the text; a row whose cells wrapped onto other lines is left out.
    A table continued from a page before has no header: two rows in a row that read as
    holder | honour | awarding body are its rows."""
    rows: list[TableRow] = []
    roles: list[str | None] | None = None
    gap = 0
    for i, line in enumerate(lines):
        header = table_columns(line)
        if header:
            roles, gap = header, 0
            continue
        bare = _bare_roles(line)
        if roles is None and bare and any(_bare_roles(n) == bare for n in lines[i + 1: i + 3]):
            roles, gap = list(bare), 0
        if roles is None:
            continue
        row = _row(roles, _cells(line)) or _wrapped_row(roles, lines, i)
        if row is None:
            gap += 1
            if gap > _MAX_GAP:
                roles = None
            continue
        gap = 0
        rows.append(TableRow(i, *row))
    return rows


def _bare_roles(line: str) -> tuple[str, str, str] | None:
    """望城区 第二批全国全域旅游示范区 文化和旅游部 (or the honour first): a holder, an honour and the body
    that gave it, in a row with no header above it."""
    cells = _cells(line)
    if len(cells) != 3 or not _ISSUER_CELL.search(cells[2]) or re.search(r"[，,。；;]", line):
        return None
    if len(cells[0]) <= 20 and is_award_like(cells[1]) and not is_award_like(cells[0]):
        return "recipient", "award", "issuer"
    if len(cells[1]) <= 20 and is_award_like(cells[0]) and not is_award_like(cells[1]):
        return "award", "recipient", "issuer"
    return None


def _cells(line: str) -> list[str]:
    return [c.strip("。；;，,") for c in _CELL_SPLIT.split(line.strip()) if c.strip("。；;，,")]


def _wrapped_row(roles: list[str | None], lines: list[str], i: int) -> tuple[str, str, str | None, None] | None:
    """A row whose award cell wrapped onto the lines above and below it (a long name in a narrow column):
    “新时代好少年”主题教育读书活动“美好 / 长沙市望城区教育局 教育部关工委 / 生活劳动创造”先进集体."""
    cells = _cells(lines[i])
    if roles != ["recipient", "award", "issuer"] or len(cells) != 2 or not _ISSUER_CELL.search(cells[1]):
        return None
    above = _cells(lines[i - 1]) if i > 0 else []
    below = _cells(lines[i + 1]) if i + 1 < len(lines) else []
    pieces = [p[0] for p in (above, below) if len(p) == 1 and not table_columns(p[0])]
    award = "".join(pieces)
    if len(award) < 8 or not re.search(r"奖|称号|先进|优秀|示范|单位|集体|个人|模范|标兵", award):
        return None
    return award, cells[0], cells[1], None


def _row(roles: list[str | None], cells: list[str]) -> tuple[str, str, str | None, str | None] | None:
    if len(cells) == len(roles):
        values = dict(zip(roles, cells))
    elif len(cells) == len(roles) - 1 and roles[-1] == "issuer" and not _ISSUER_CELL.search(cells[-1]):
        values = dict(zip(roles, cells))  # the issuer cell wrapped onto another line
    else:
        return None
    award, recipient, grade = values.get("award", ""), values.get("recipient"), values.get("grade")
    if "grade" in roles and not re.fullmatch(GRADE, grade or ""):
        return None
    if "award" in roles and (not award or len(award) < 4 or _ISSUER_CELL.search(award) and len(award) < 8):
        return None
    if not recipient or re.search(r"获|被|荣膺", recipient) or _ISSUER_LEAD.match(award):
        return None  # 望城区平安建设获2020年度湖南省先 | 中共湖南省委办公厅: a cut row, a sentence in the recipient's place
    return award, recipient, values.get("issuer"), grade
