"""Projects listed in a pipe table in the body text:

    序号 | 项目名称 | 总投资（亿元） | 建设地点 | 进度
    1 | 青山智能装备产业园项目 | 12.5 | 万全镇 | 已开工

Each row under a header that has a name column is one project: its investment in the header's
unit (亿元 / 万元 / 元, or the unit written in the cell), its place from a 建设地点 / 所在地 column,
its stage from a 进度 column (已开工, 已竣工, 签约 …) or from a 建设内容 column that reports progress
(已开工), or from a 建设起止年限 column against the plan's year (2012-2017 in a 2016 plan: under way), its
capacity, land, floor area and output from what it builds, its companies from a 建设单位 column. A money column
with no unit, in its header or in a note above the table (单位：万元), states no amount.

The same tables come as project cards (项目名称：… / 总投资：…, a field a line), as rows whose cells were run
together, and as tables whose cells stand one a line (序号 / 项目名称 / … then 1 / 青山…项目 / …).
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
from .names import is_generic

_PIPE = re.compile(r"\s*[|｜]\s*")
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
_ROLES = (
    ("years", re.compile(r"起止年限|建设年限|建设期限|起止年份|建设周期|起止时间")),
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


_BLANKS = re.compile(r"\t|[ \u3000\xa0]+")


def _spaced_cells(line: str) -> list[str] | None:
    """序号 项目名称 总投资(亿元) 建设地点 — a table cell by cell, as a page's table reads once its tags are gone."""
    cells = [c for c in _BLANKS.split(line.strip()) if c]
    return cells if len(cells) >= 3 else None


def has_table(body: str) -> bool:
    """Whether `body` may hold a project table (pipes, tabs, or a 名称 column header)."""
    return "|" in body or "｜" in body or "\t" in body or "名称" in body


def _table_lines(body: str):
    """(index, line, cells, header) of every line in a project table: a pipe table, or a table whose cells are
    separated by blanks under a header naming a name column, for as long as its rows have the header's cells."""
    header = None
    spaced = 0  # the number of cells of a blank-separated table's header, while in one
    for index, line in enumerate(body.split("\n")):
        cells = _cells(line)
        if cells is not None:
            spaced = 0
            found = _header(cells)
            header = found or header
            yield index, line, cells, (found is not None), header
            continue
        cells = _spaced_cells(line)
        found = _header(cells) if cells else None
        if found:
            header, spaced = found, len(cells)
            yield index, line, cells, True, header
        elif spaced and cells and spaced - 1 <= len(cells) <= spaced:
            yield index, line, cells, False, header
        else:
            header, spaced = None, 0


def _number(cell: str, multiplier: Decimal | None) -> Decimal | None:
    """A cell's amount: its own unit, else the column's (None: a money column with no unit anywhere, whose bare
    figures are no stated amount)."""
    cell = normalize(cell).replace(",", "").strip()
    quantities = find_quantities(cell)
    if quantities and quantities[0].kind in ("money", "land", "area"):
        return quantities[0].value if quantities[0].unit in ("元", "亩", "m²") else None
    m = re.fullmatch(r"约?(\d+(?:\.\d+)?)", cell)
    if not m or multiplier is None:
        return None
    try:
        return Decimal(m.group(1)) * multiplier
    except InvalidOperation:
        return None


_PLAN_COLUMN = re.compile(r"计划|目标")
# a column with no unit: land is counted in 亩; a bare amount of money is no amount (万元? 元?) unless a note says
_DEFAULT_UNIT = {"land": Decimal(1)}
_UNIT_NOTE = re.compile(r"单位[:：]\s*(?P<mag>万亿|亿|万|千)?元")


def _noted(header: list[tuple[str, int, Decimal | None]], body: str, upto: int) -> list[tuple[str, int, Decimal | None]]:
    """The header with the unit of its money columns taken from a note above the table (（单位：万元）)."""
    notes = list(_UNIT_NOTE.finditer(body, max(0, upto - 300), upto))
    if not notes:
        return header
    magnitude = _MAGNITUDE[notes[-1].group("mag")]
    return [(role, column, magnitude if multiplier is None else multiplier) for role, column, multiplier in header]
_YEARS = re.compile(r"(?P<y1>(?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至]\s*(?P<y2>(?:19|20)\d{2})")
_PLAN_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度)?计划")


def _plan_year(header_cells: list[str], published: dt.date | None) -> int | None:
    """The year a plan table is for (2016年计划投资), else the document's."""
    for cell in header_cells:
        m = _PLAN_YEAR.search(re.sub(r"\s+", "", cell))
        if m:
            return int(m.group(1))
    return published.year if published else None


def _header(cells: list[str]) -> list[tuple[str, int, Decimal]] | None:
    """(role, column, multiplier) of each column a header names, when it names a name column; a role
    is read from its first column, except stage (建设内容 and 进度 both say how far it got)."""
    roles: list[tuple[str, int, Decimal]] = []
    for column, cell in enumerate(cells):
        cell_text = re.sub(r"\s+", "", cell)
        for role, pattern in _ROLES:
            if pattern.search(cell_text):
                if role == "stage" and _PLAN_COLUMN.search(cell_text):
                    break  # 2016年形象进度计划: what the year is to bring, not how far it got
                if role in ("stage", "content") or all(r != role for r, _, _ in roles):
                    unit = _HEADER_UNIT.search(cell_text)
                    roles.append((role, column, _MAGNITUDE[unit.group("mag")] if unit else _DEFAULT_UNIT.get(role)))
                break
    return roles if any(r == "name" for r, _, _ in roles) and len(roles) >= 2 else None


def table_lines(body: str) -> set[int]:
    """Indices of the lines that belong to a project table (its header, separators and rows) or to a labelled
    project card (项目名称：… / 总投资：…)."""
    return {index for index, _, _, _, header in _table_lines(body) if header} | \
        {index for row in labelled_rows(body) for index in row.lines}


# 项目名称：遂昌金矿国家矿山公园提升工程 / 总投资：3.2亿元 / 建设地点：… — a project card, one field a line
# (5项目名称：… — a card's number run into its name label)
_LABEL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}(?:[)）.、．]|(?=(?:项目|工程)名称))\s*)?"
                    r"(?P<label>[\u4e00-\u9fa5（）()]{2,12})\s*[:：]\s*(?P<value>\S.*?)\s*$")
_NAME_LABEL = re.compile(r"^(?:项目|工程)名称$")
_SCHEDULE_LABEL = re.compile(r"(?P<plan>计划|预计)?(?P<verb>开工|竣工|投产|完工)(?:时间|日期|年月)")


@dataclass
class LabelledRow(TableRow):
    lines: list[int] = field(default_factory=list)


def labelled_rows(body: str, published: dt.date | None = None) -> list[LabelledRow]:
    """Every project card in `body`: a 项目名称 line and the labelled lines under it."""
    if "名称" not in body:
        return []
    rows: list[LabelledRow] = []
    row: LabelledRow | None = None
    labels: set[str] = set()  # the labels of the card being read
    offset = 0
    for index, line in enumerate(body.split("\n")):
        start, offset = offset, offset + len(line) + 1
        m = _LABEL.match(line)
        if not m:
            # a card whose 项目名称 label was lost: a line that is only a project's name, then the fields of a card
            # (not a heading over the next card: 二等奖获奖项目 / 项目名称：…)
            after = _LABEL.match(_next_line(body, offset) or "")
            bare = rows and _BARE_NAME.fullmatch(line.strip()) and after and not is_generic(line.strip()) \
                and not _NAME_LABEL.match(re.sub(r"\s+", "", after.group("label")))
            row = LabelledRow(line.strip(), line.strip(), (start + line.index(line.strip()), start + len(line.rstrip())),
                              index, lines=[index]) if bare else (None if line.strip() else row)
            if bare:
                rows.append(row)
                labels = set()
            continue
        label, value = re.sub(r"\s+", "", m.group("label")), m.group("value")
        if _NAME_LABEL.match(label):
            row = LabelledRow(value.strip("“”\""), line.strip(), (start, start + len(line)), index, lines=[index])
            rows.append(row)
            labels = set()
            continue
        if row is None or label in labels:
            row = None  # 央企：… again: the next card, its name not given
            continue
        labels.add(label)
        row.lines.append(index)
        _read_label(row, label, value, published)
    return rows


_BARE_NAME = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9（）()·—\-]{4,40}(?:项目|工程)")


def _next_line(body: str, offset: int) -> str | None:
    """The next line with text after `offset` (cards are often set one blank line apart)."""
    for line in body[offset:offset + 400].split("\n"):
        if line.strip():
            return line
    return None


def _read_label(row: LabelledRow, label: str, value: str, published: dt.date | None) -> None:
    schedule = _SCHEDULE_LABEL.search(label)
    if schedule:
        dates = [d for d in find_dates(value, published) if d.value]
        date = dates[0].value if dates else None
        stage = {"开工": "started", "竣工": "completed", "完工": "completed", "投产": "in_production"}[schedule["verb"]]
        future = bool(schedule["plan"]) or bool(date and published and date > published.isoformat()[: len(date)])
        row.attributes.append(Attribute("stage", stage, 0, future, date))
        return
    role = next((role for role, pattern in _ROLES if pattern.search(label)), None)
    if role is not None:  # a field of a card reads as a cell of a table's column (总投资（亿元）：12.5)
        unit = _HEADER_UNIT.search(label)
        header = [(role, 0, _MAGNITUDE[unit.group("mag")] if unit else _DEFAULT_UNIT.get(role))]
        _read_cells(row, [value], header, published, published.year if published else None)


def table_rows(body: str, published: dt.date | None = None) -> list[TableRow]:
    """Every project row of every pipe table in `body`, in order."""
    rows: list[TableRow] = []
    starts, offset = [], 0
    for line in body.split("\n"):
        starts.append(offset)
        offset += len(line) + 1
    plan_year = published.year if published else None
    noted: tuple[list, list] | None = None  # (the header as found, with the units of a note above it)
    for index, line, cells, is_header, header in _table_lines(body):
        start = starts[index]
        if is_header:
            plan_year = _plan_year(cells, published)
            noted = (header, _noted(header, body, start))
        header = noted[1] if noted and header is noted[0] else header
        if is_header or header is None or all(_SEPARATOR_CELL.match(c) or not c for c in cells):
            continue  # the header, |---|---|, or a pipe line outside a project table
        name_column = next(column for role, column, _ in header if role == "name")
        if name_column >= len(cells):
            continue
        name = re.sub(r"\s+", "", cells[name_column]).strip("“”\"")
        if len(name) < 2 or _TOTAL_ROW.match(name) or re.fullmatch(r"[\d.]+", name):
            continue
        lead = len(line) - len(line.lstrip())
        text = line.strip()
        row = TableRow(name, text, (start + lead, start + lead + len(text)), index)
        _read_cells(row, cells, header, published, plan_year)
        rows.append(row)
    return rows


def _read_cells(row: TableRow, cells: list[str], header: list[tuple[str, int, Decimal]], published: dt.date | None,
                plan_year: int | None) -> None:
    """The attributes of a row from its cells, each read by its column's role."""
    for role, column, multiplier in header:
        if role == "name" or column >= len(cells) or not cells[column].strip():
            continue
        cell = cells[column].strip()
        if role in ("investment", "annual_output", "land"):
            value = _number(cell, multiplier)
            if value is not None:
                row.attributes.append(Attribute(role, value, 0))
        elif role == "location":
            row.location = cell
        elif role == "company":
            for _, company in find_companies(cell):
                row.attributes.append(Attribute("company", company, 0))
        elif role == "years":
            years = _YEARS.search(cell)
            if years and plan_year:  # 2012-2017 in a 2016 plan: under way; 2016-2017: to begin this year
                first, last = int(years.group("y1")), int(years.group("y2"))
                row.attributes.append(Attribute("stage", "started", 0, first >= plan_year, str(first)))
                if last >= plan_year:
                    row.attributes.append(Attribute("stage", "completed", 0, True, str(last)))
        elif role in ("stage", "content"):
            dates = [(d.start, d.end, d.value) for d in find_dates(cell, published)]
            read = clause_attributes(cell, dates, None, published=published.isoformat() if published else None)
            row.attributes.extend(a for a in read if a.kind == "capacity")  # 建设内容: 年产10万台电机…
            if role == "content":  # 总用地2000亩，厂房建筑面积3.5万平方米，投产后年产值1亿元: the first of each
                seen = {a.kind for a in row.attributes}
                for a in read:
                    if a.kind in ("land", "floor_area", "annual_output") and a.kind not in seen:
                        seen.add(a.kind)
                        row.attributes.append(a)
            # what a 建设内容 cell plans to build (建成年产…生产线) is no progress unless it says so (已开工)
            stages = [a for a in read if a.kind == "stage"] if role == "stage" or _PROGRESS.search(cell) else []
            if not stages:  # 在建 -> started; 前期 -> not started yet (planned)
                stages = [Attribute("stage", "started", 0, future)
                          for future, pattern in _TABLE_STAGE if pattern.search(cell)][:1]
            row.attributes.extend(stages)



def column_rows(body: str, published: dt.date | None = None) -> list[LabelledRow]:
    """Rows of a table whose cells stand one a line, as a page's table reads once its tags are gone:

        序号 / 项目名称 / 建设规模及内容 / 建设地址 / … (the header, a cell a line)
        1 / 青山智能装备产业园项目 / 总用地200亩… / 万全镇 / …

    (cells often set one empty line apart; a cell with only a blank in it is an empty cell). A row opens with its
    number, before a name, and has as many cells as the header; a group's subtotal line (合计, (一)工业) has no number."""
    if "序号" not in body:
        return []
    lines = body.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    rows: list[LabelledRow] = []
    for first, line in enumerate(lines):
        if line.strip() != "序号":
            continue
        spaced = first + 2 < len(lines) and lines[first + 1] == "" and lines[first + 2].strip() != ""
        cells = [j for j in range(first, len(lines)) if not (spaced and lines[j] == "")]
        width = 0
        while width < len(cells) and _HEADER_CELL.fullmatch(lines[cells[width]].strip()) \
                and not _TOTAL_ROW.match(lines[cells[width]].strip()):
            width += 1
        header_cells = [lines[j] for j in cells[:width]]
        header = _header(header_cells)
        if header is None or width < 3:
            continue
        header = _noted(header, body, starts[first])
        name_column = next(column for role, column, _ in header if role == "name")
        plan_year = _plan_year(header_cells, published)
        k = width
        while k + name_column < len(cells):
            number, name = lines[cells[k]].strip(), re.sub(r"\s+", "", lines[cells[k + name_column]])
            if not (re.fullmatch(r"\d{1,3}", number) and len(name) >= 4 and not re.fullmatch(r"[\d.]+", name)):
                k += 1
                continue
            own = cells[k: k + width]
            at = cells[k + name_column]
            row = LabelledRow(name, lines[at].strip(), (starts[at] + len(lines[at]) - len(lines[at].lstrip()),
                                                       starts[at] + len(lines[at].rstrip())), at, lines=own)
            _read_cells(row, [lines[j] for j in own], header, published, plan_year)
            rows.append(row)
            k += width
    return rows


# a header cell standing on its own line: a short label (项目名称, 总投资（万元）, 2016年计划投资), no figure
_HEADER_CELL = re.compile(r"(?!\d+$)(?![\d.]+$)[\u4e00-\u9fa5（）()0-9A-Za-z/、 ]{2,20}")


# 序号项目名称建设单位建设地点建设规模建设年限总投资(万元)2022年计划投资(万元)2022年形象进度: a plan table whose
# cells were run together when the page's tags were stripped; each row is 序号 + name + 建设单位 + place + …
_FLAT_HEADER = re.compile(r"^\s*序号(?:项目|工程)名称(?P<rest>\S*)\s*$")
_FLAT_ROW = re.compile(r"^\s*(?P<no>\d{1,3})(?=[\u4e00-\u9fa5])(?P<rest>\S.*?)\s*$")
# the unit that builds it (区教育局, 区交通运输局、市畅道交通投资集团有限公司) follows the name
_FLAT_UNIT_END = re.compile(r"(?:有限公司|(?<!建设)局|委员会|管委会|办事处|指挥部)(?:、[^、，,。；;]{2,24}?(?:有限公司|局|委员会|管委会|办事处|指挥部))*")
_FLAT_STRONG = re.compile(r"项目|工程")
_FLAT_WEAK = re.compile(r"改造|改建|新建|扩建|整治|提升|建设")
_FLAT_PLACES = re.compile(r"(?:[\u4e00-\u9fa5]{2}(?:街道|镇|乡)?、)*[\u4e00-\u9fa5]{2}(?:街道|镇|乡)?")
_FLAT_YEARS = re.compile(r"(?P<y1>20\d{2})[-—~～至](?P<y2>20\d{2})(?:年)?(?P<money>\d{1,12})(?!\d)")


def _split_money(digits: str, two: bool) -> Decimal | None:
    """The total of a 总投资 + 年度计划投资 pair run together (6000700 -> 6000 and 700): the split whose parts have no
    leading zero, with the year's plan no larger than the total and the closest to it."""
    if not two:
        return Decimal(digits)
    best = None
    for cut in range(1, len(digits)):
        total, plan = digits[:cut], digits[cut:]
        if plan.startswith("0") or total.startswith("0") or int(plan) > int(total) or int(plan) == 0:
            continue
        ratio = int(total) / int(plan)
        if best is None or ratio < best[0]:
            best = (ratio, Decimal(total))
    return best[1] if best else None


def flat_rows(body: str, published: dt.date | None = None) -> list[LabelledRow]:
    """Rows of a project plan table whose cells were run together (see _FLAT_HEADER): the name, the unit that
    builds it (a company), the places, and from the 建设年限 the stage against the plan's year (a works begun in an
    earlier year is under way; one that begins in the plan's year is planned); the total investment in the
    header's unit."""
    if "序号" not in body:
        return []
    rows: list[LabelledRow] = []
    header: re.Match | None = None
    offset = 0
    plan_year = published.year if published else None
    for index, line in enumerate(body.split("\n")):
        start, offset = offset, offset + len(line) + 1
        found = _FLAT_HEADER.match(line)
        if found:
            header = found
            years = re.search(r"(20\d{2})年(?:度)?计划", found.group("rest"))
            plan_year = int(years.group(1)) if years else plan_year
            continue
        if header is None:
            continue
        m = _FLAT_ROW.match(line)
        if not m:
            continue  # 合计 / a group's subtotal line (区教育局2290006200)
        cells = m.group("rest")
        unit_end = _FLAT_UNIT_END.search(cells)
        if not unit_end:
            continue
        # 小洋岙幼儿园新建项目|定海城区建设开发有限公司: the first 项目 / 工程 ends the name; else the last works word
        # that leaves a unit of its own (定海城区老旧住宅改造|区住建资产经营有限公司)
        strong = [x.end() for x in _FLAT_STRONG.finditer(cells, 0, unit_end.start()) if x.end() >= 4]
        weak = [x.end() for x in _FLAT_WEAK.finditer(cells, 0, unit_end.start()) if x.end() >= 4
                and unit_end.start() - x.end() >= 2]
        cut = strong[0] if strong else (weak[-1] if weak else None)
        if cut is None or cells[:cut].count("，") or len(cells[:cut]) > 60:
            continue
        name, unit = cells[:cut], cells[cut: unit_end.end()]
        text = line.strip()
        lead = len(line) - len(line.lstrip())
        row = LabelledRow(name, text, (start + lead, start + lead + len(text)), index, lines=[index])
        for company in unit.split("、"):
            row.attributes.append(Attribute("company", company, 0))
        places = _FLAT_PLACES.match(cells, unit_end.end())
        if places:
            row.location = places.group(0)
        rest = header.group("rest")
        unit = _HEADER_UNIT.search(rest[rest.find("总投资"):]) if "总投资" in rest else None
        years = _FLAT_YEARS.search(cells, unit_end.end())
        # 建设规模: 总用地约11.6亩，总建筑面积约9980平方米 (the first of each: 含地下… / 含规划二期… are parts)
        content = cells[places.end() if places else unit_end.end(): years.start() if years else len(cells)]
        seen: set[str] = set()
        for a in clause_attributes(content, [], None):
            if a.kind in ("land", "floor_area", "capacity") and a.kind not in seen:
                seen.add(a.kind)
                row.attributes.append(a)
        if years:
            first = int(years.group("y1"))
            if plan_year:
                row.attributes.append(Attribute("stage", "started", 0, first >= plan_year, str(first)))
            if unit:
                total = _split_money(years.group("money"), "计划投资" in rest)
                if total is not None:
                    row.attributes.append(Attribute("investment", total * _MAGNITUDE[unit.group("mag")], 0))
        rows.append(row)
    return rows
