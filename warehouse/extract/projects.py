"""Projects as frames (contract § projects).

A frame opens at a named project and collects the attributes stated with it — in the same
clause, in the clauses after it, and in follow-on sentences that refer back (该项目…, 项目于…,
其中首期…, 首期项目建成达产后…). Mentions of one project in a notice merge into one frame.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates
from .numbers import find_quantities
from .places import document_places, place_in_name, sole_county
from .project_attributes import Attribute, clause_attributes
from .project_frame import Frame, Project
from .project_names import NameMention, names_in
from .sections import Context
from .sentences import Sentence, split_clauses

_REFER_BACK = re.compile(
    r"^(?:[^，,:：]{0,6}[:：])?(?:该|本|此)?(?:项目|园区|小微园|产业园|基地|工程|学校|首期|一期|二期|三期|其中)"
)
_CLAUSE_REFER = re.compile(r"^(?:目前|同时|并)?(?:该|本)?项目|^整个项目|^项目整体")
_PHASE = re.compile(r"(?<![分第])(首期|一期|二期|三期|四期)")
# a clause about a batch or a total (全市共组织215个项目…): attributes after it are not the project's
_AGGREGATE = re.compile(r"(?<!\d)\d+个[^，,]{0,6}项目|项目\d+个|共组织|全市|全县|全区|合计|总计|累计")
_EVENT = re.compile(r"举行|开工|签约|仪式|召开")
_BEFORE_NAME = re.compile(r"(?P<place>[\u4e00-\u9fa5]{2,20}?(?:经开区|开发区|高新区|集聚区|片区|园区|新区|街道|镇|乡|县|区))的$")
_PLACE_LEAD = re.compile(r"^.*(?:来到|到|在|于|和|与|是|及)")


class _Frames:
    """Frames of one notice, found again by name (富乐德半导体 is 富乐德半导体产业项目)."""

    def __init__(self) -> None:
        self.frames: list[Frame] = []

    def get(self, mention: NameMention, sentence: Sentence) -> Frame:
        for frame in self.frames:
            a, b = frame.name, mention.name
            if a == b or a.endswith(b) or b.endswith(a) or (mention.listed and a.startswith(b)) \
                    or (frame.listed and b.startswith(a)):
                if not mention.listed and (frame.listed or len(b) > len(a)):
                    frame.name, frame.listed = b, False
                return frame
        frame = Frame(mention.name, mention.listed, mention.weak, sentence.text, (sentence.start, sentence.end))
        self.frames.append(frame)
        return frame


def _targets(a: Attribute, mentions: list[tuple[NameMention, Frame]], clause: str) -> list[Frame]:
    """Which named projects in the clause an attribute belongs to."""
    inside = [f for m, f in mentions if m.start <= a.start < m.end]
    if inside and a.kind in ("company", "capacity"):
        return inside[:1]  # 浙江恒泽环境科技有限公司年产2000万平方米无纺布生产线项目
    after = [(m, f) for m, f in mentions if m.start >= a.start and "的" in clause[a.start:m.start]
             and m.start - a.start <= 20]
    if after and a.kind != "stage":
        return [after[0][1]]
    before = [(m, f) for m, f in mentions if m.start < a.start]
    if a.kind == "stage" and before and all(m.listed for m, _ in before):
        return [f for _, f in before]
    if before:
        return [before[-1][1]]
    if a.kind == "stage" and mentions:
        return [f for _, f in mentions]  # 建成A、B: the verb comes first
    return []


def _event_date(sentences: list[Sentence], published: dt.date | None) -> str | None:
    """The day of the ceremony a news story reports (6月29日上午…集中开工…举行), if any."""
    for s in sentences[:8]:
        if _EVENT.search(s.text):
            days = [d.value for d in find_dates(s.text, published) if d.value and len(d.value) == 10]
            if days:
                return days[0]
    return None


def projects_in(sentences: list[Sentence], contexts: list[Context], published: dt.date | None,
                body: str = "") -> list[Project]:
    frames = _Frames()
    current: Frame | None = None
    line = None
    event = _event_date(sentences, published)
    for s, ctx in zip(sentences, contexts):
        refers = bool(_REFER_BACK.match(s.text))
        if s.line != line and not refers:
            current = None
        line = s.line
        mentions = [(m, frames.get(m, s)) for m in names_in(s.text)]
        for m, frame in mentions:
            if m.prefix_investment:
                q = find_quantities(m.prefix_investment)
                if q:
                    frame.values.setdefault("investment", q[0].value)
            place = _BEFORE_NAME.search(s.text[:m.start])
            if place:  # 来到杭州湾上虞经开区的昌红科技…
                where = _PLACE_LEAD.sub("", place.group("place"))
                if len(where) >= 3:
                    frame.values.setdefault("location", where)
        owner = current if refers else None
        if not mentions and owner is None:
            continue  # nothing in this sentence can carry a project attribute
        phase = None
        explicit = [d.year for d in find_dates(s.text, published) if not d.relative and d.year]
        dates = find_dates(s.text, published, context_year=explicit[0] if explicit else None)
        plan_year = (ctx.lead_year or (published.year if published else None)) if ctx.mode == "plan" else None
        unowned: list[tuple[int, int, Attribute]] = []
        pending: tuple[int, int, str | None] | None = None
        for index, clause in enumerate(split_clauses(s)):
            offset = clause.start - s.start
            here = [(NameMention(m.name, m.start - offset, m.end - offset, m.listed), f)
                    for m, f in mentions if offset <= m.start < offset + len(clause.text)]
            if _CLAUSE_REFER.match(clause.text) and (current or owner):
                owner, phase = owner or current, None
            if not here and _AGGREGATE.search(clause.text):
                owner, phase = None, None
            found = _PHASE.search(clause.text)
            if found:
                phase = found.group(1)
            clause_dates = [(d.start - offset, d.end - offset, d.value) for d in dates
                            if offset <= d.start < offset + len(clause.text)]
            attributes = clause_attributes(clause.text, ([pending] if pending else []) + clause_dates, plan_year)
            # 2023年12月22日，浙江省人民政府正式批复: a date clause dates the next stage verb
            if any(a.kind == "stage" for a in attributes):
                pending = None
            elif clause_dates:
                pending = (-1, -1, clause_dates[-1][2])
            for a in attributes:
                targets = _targets(a, here, clause.text)
                if targets:
                    for frame in targets:
                        frame.apply(a, None)
                elif owner:
                    owner.apply(a, phase)
                elif a.kind == "stage":
                    unowned.append((index, offset + a.start, a))
            named = [f for m, f in here if not m.listed]
            if named:
                owner, phase = named[-1], None
        clause_starts = [c.start - s.start for c in split_clauses(s)]
        for index, position, a in unowned:  # 10个重大项目集中开工, 包括A项目、B项目: the verb covers the names after it
            for m, frame in mentions:
                clause_of_m = sum(1 for c in clause_starts if c <= m.start) - 1
                if m.start > position and (not m.weak or clause_of_m <= index + 1):
                    frame.apply(a, None)  # a building only from the verb right before it (批复，同意设立X学院)
        if event:
            for _, frame in mentions:
                frame.date_missing_stages(event)
        named = [f for m, f in mentions if not m.listed]
        if named:
            current = named[-1]
        elif owner:
            current = owner
    places = document_places(body)
    county = sole_county(body)
    kept = [f for f in frames.frames if f.concrete()]
    for frame in kept:  # where the name or the notice places it (莲都纳爱斯…, a 天台县 batch)
        frame.values.setdefault("location", place_in_name(frame.name, places) or county)
    return [f.build() for f in kept]
