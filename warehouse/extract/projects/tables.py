"""Projects listed in a pipe table in the body text:

    序号 | 项目名称 | 总投资（亿元） | 建设地点 | 进度
    1 | 青山智能装备产业园项目 | 12.5 | 万全镇 | 已开工

Each row under a header that has a name column is one project: its investment in the header's
unit (亿元 / 万元 / 元, or the unit written in the cell), its place from a 建设地点 / 所在地 column,
its stage from a 进度 column (已开工, 已竣工, 签约 …) or from a 建设内容 column that reports progress
(已开工), its capacity from what it builds, its companies from a 建设单位 column.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..companies import find_companies
from ..dates import find_dates
from ..numbers import find_quantities, normalize
from .attributes import Attribute, clause_attributes

_PIPE = re.compile(r"\s*[|｜]\s*")
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
_ROLES = (
    ("name", re.compile(r"^(?:项目|工程)?名称$|^项目$|^项目名称|^工程名称|^建设项目$")),
    ("investment", re.compile(r"总投资|投资总额|计划投资|投资规模|^投资")),
    ("land", re.compile(r"用地|占地")),
    ("annual_output", re.compile(r"年产值|年销售")),
    ("location", re.compile(r"建设地点|所在地|建设地址|实施地点|所在区域|所属区域|项目地点|^地点|属地|所在园区|落户")),
    ("stage", re.compile(r"进度|进展|状态|阶段")),
    ("content", re.compile(r"内容|规模|备注")),
    ("company", re.compile(r"建设单位|业主单位|项目单位|实施单位|投资主体|投资方|建设主体|项目业主")),
)
_HEADER_UNIT = re.compile(r"[（(](?P<mag>万亿|亿|万|千)?(?P<unit>元|亩|平方米)[）)]")
_MAGNITUDE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000), None: Decimal(1)}
_PROGRESS = re.compile(r"已|正在|在建|续建|签约|前期")
_TOTAL_ROW = re.compile(r"^(?:合计|小计|总计|共计|全部|总数)")
# the words a 进度 cell uses that are no stage verb of the attribute reader
_TABLE_STAGE = ((False, re.compile(r"在建|续建|施工中|主体施工")), (True, re.compile(r"前期|谋划|待开工|拟开工")))  # (future, …) of 开工


@dataclass
class TableRow:
    """One project row: its cells by role, the row's text and its span in the body."""

    name: str
    text: str
    span: tuple[int, int]
    line: int
    attributes: list[Attribute] = field(default_factory=list)
    location: str | None = None


def _cells(line: str) -> list[str] | None:
    if line.count("|") + line.count("｜") < 2:
        return None
    cells = _PIPE.split(line.strip().strip("|｜").strip())
    return [c.strip() for c in cells]


def _number(cell: str, multiplier: Decimal) -> Decimal | None:
    cell = normalize(cell).replace(",", "").strip()
    quantities = find_quantities(cell)
    if quantities and quantities[0].kind in ("money", "land", "area"):
        return quantities[0].value if quantities[0].unit in ("元", "亩", "m²") else None
    m = re.fullmatch(r"约?(\d+(?:\.\d+)?)", cell)
    if not m:
        return None
    try:
        return Decimal(m.group(1)) * multiplier
    except InvalidOperation:
        return None


def _header(cells: list[str]) -> list[tuple[str, int, Decimal]] | None:
    """(role, column, multiplier) of each column a header names, when it names a name column; a role
    is read from its first column, except stage (建设内容 and 进度 both say how far it got)."""
    roles: list[tuple[str, int, Decimal]] = []
    for column, cell in enumerate(cells):
        cell_text = re.sub(r"\s+", "", cell)
        for role, pattern in _ROLES:
            if pattern.search(cell_text):
                if role in ("stage", "content") or all(r != role for r, _, _ in roles):
                    unit = _HEADER_UNIT.search(cell_text)
                    roles.append((role, column, _MAGNITUDE[unit.group("mag")] if unit else Decimal(1)))
                break
    return roles if any(r == "name" for r, _, _ in roles) and len(roles) >= 2 else None


def table_lines(body: str) -> set[int]:
    """Indices of the lines that belong to a project table (its header, separators and rows)."""
    found: set[int] = set()
    header = False
    for index, line in enumerate(body.split("\n")):
        cells = _cells(line)
        if cells is None:
            header = False
            continue
        if _header(cells):
            header = True
        if header:
            found.add(index)
    return found


def table_rows(body: str, published: dt.date | None = None) -> list[TableRow]:
    """Every project row of every pipe table in `body`, in order."""
    rows: list[TableRow] = []
    header: list[tuple[str, int, Decimal]] | None = None
    offset = 0
    for index, line in enumerate(body.split("\n")):
        start = offset
        offset += len(line) + 1
        cells = _cells(line)
        if cells is None:
            header = None
            continue
        if all(_SEPARATOR_CELL.match(c) or not c for c in cells):
            continue  # |---|---|
        found = _header(cells)
        if found:
            header = found
            continue
        if header is None:
            continue
        name_column = next(column for role, column, _ in header if role == "name")
        if name_column >= len(cells):
            continue
        name = re.sub(r"\s+", "", cells[name_column]).strip("“”\"")
        if len(name) < 2 or _TOTAL_ROW.match(name) or re.fullmatch(r"[\d.]+", name):
            continue
        lead = len(line) - len(line.lstrip())
        text = line.strip()
        row = TableRow(name, text, (start + lead, start + lead + len(text)), index)
        for role, column, multiplier in header:
            if role == "name" or column >= len(cells) or not cells[column]:
                continue
            cell = cells[column]
            if role in ("investment", "annual_output"):
                value = _number(cell, multiplier)
                if value is not None:
                    row.attributes.append(Attribute(role, value, 0))
            elif role == "land":
                value = _number(cell, multiplier)
                if value is not None:
                    row.attributes.append(Attribute("land", value, 0))
            elif role == "location":
                row.location = cell
            elif role == "company":
                for _, company in find_companies(cell):
                    row.attributes.append(Attribute("company", company, 0))
            elif role in ("stage", "content"):
                dates = [(d.start, d.end, d.value) for d in find_dates(cell, published)]
                read = clause_attributes(cell, dates, None, published=published.isoformat() if published else None)
                row.attributes.extend(a for a in read if a.kind == "capacity")  # 建设内容: 年产10万台电机…
                # what a 建设内容 cell plans to build (建成年产…生产线) is no progress unless it says so (已开工)
                stages = [a for a in read if a.kind == "stage"] if role == "stage" or _PROGRESS.search(cell) else []
                if not stages:  # 在建 -> started; 前期 -> not started yet (planned)
                    stages = [Attribute("stage", "started", 0, future)
                              for future, pattern in _TABLE_STAGE if pattern.search(cell)][:1]
                row.attributes.extend(stages)
        rows.append(row)
    return rows

