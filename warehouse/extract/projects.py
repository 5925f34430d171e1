"""Projects as frames (contract § projects).

A frame opens at a named project and collects the attributes stated with it — in the same
clause, in the clauses after it, and in follow-on sentences that refer back (该项目…, 项目于…,
其中首期…, 首期项目建成达产后…). Mentions of one project in a notice merge into one frame.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import find_dates
from .numbers import find_quantities, to_json_number
from .project_attributes import STAGE_ORDER, Attribute, clause_attributes
from .project_names import NameMention, names_in
from .sections import Context
from .sentences import Sentence, split_clauses

_REFER_BACK = re.compile(
    r"^(?:[^，,:：]{0,6}[:：])?(?:该|本|此)?(?:项目|园区|小微园|产业园|基地|工程|首期|一期|二期|三期|其中)"
)
_CLAUSE_REFER = re.compile(r"^(?:目前|同时|并)?(?:该|本)?项目|^整个项目|^项目整体")
_PHASE = re.compile(r"(?<![分第])(首期|一期|二期|三期|四期)")
_PHASE_KEY = {"首期": "1", "一期": "1", "二期": "2", "三期": "3", "四期": "4"}


@dataclass(frozen=True)
class Phase:
    name: str
    investment_cny: float | None
    land_mu: float | None

    def to_contract(self) -> dict:
        return {"name": self.name, "investment_cny": self.investment_cny, "land_mu": self.land_mu}


@dataclass(frozen=True)
class Project:
    name: str
    investment_cny: float | None
    land_mu: float | None
    floor_area_m2: float | None
    annual_output_cny: float | None
    capacity: str | None
    stage: str | None
    companies: list[str]
    location: str | None
    phases: list[Phase]
    dates: dict[str, str]
    evidence: str
    span: tuple[int, int]

    def to_contract(self) -> dict:
        return {"name": self.name, "investment_cny": self.investment_cny, "land_mu": self.land_mu,
                "floor_area_m2": self.floor_area_m2, "annual_output_cny": self.annual_output_cny,
                "capacity": self.capacity, "stage": self.stage, "companies": list(self.companies),
                "location": self.location, "phases": [p.to_contract() for p in self.phases],
                "dates": dict(self.dates), "evidence": self.evidence, "span": list(self.span)}


@dataclass
class _Frame:
    name: str
    listed: bool
    evidence: str
    span: tuple[int, int]
    values: dict = field(default_factory=dict)  # investment, land, floor_area, annual_output, capacity, location
    stages: set = field(default_factory=set)
    planned: set = field(default_factory=set)
    dates: dict = field(default_factory=dict)
    phases: dict = field(default_factory=dict)  # key -> [name, investment, land]
    companies: list = field(default_factory=list)

    def concrete(self) -> bool:
        return bool(self.listed or self.values or self.stages or self.planned or self.dates
                    or self.phases or self.companies)

    def apply(self, a: Attribute, phase: str | None) -> None:
        if a.kind in ("investment", "land") and phase:
            entry = self.phases.setdefault(_PHASE_KEY[phase], [phase, None, None])
            slot = 1 if a.kind == "investment" else 2
            entry[slot] = entry[slot] if entry[slot] is not None else a.value
        elif a.kind == "stage":
            (self.planned if a.future else self.stages).add(a.value)
            if a.date and a.value not in self.dates:
                self.dates[a.value] = a.date
        elif a.kind == "company":
            if a.value not in self.companies:
                self.companies.append(a.value)
        else:
            self.values.setdefault(a.kind, a.value)

    def build(self) -> Project:
        stage = max(self.stages, key=STAGE_ORDER.index) if self.stages else ("planned" if self.planned else None)
        v = self.values
        phases = [Phase(n, to_json_number(i), to_json_number(land)) for n, i, land in self.phases.values()]
        return Project(
            name=self.name, investment_cny=to_json_number(v.get("investment")), land_mu=to_json_number(v.get("land")),
            floor_area_m2=to_json_number(v.get("floor_area")), annual_output_cny=to_json_number(v.get("annual_output")),
            capacity=v.get("capacity"), stage=stage, companies=list(self.companies), location=v.get("location"),
            phases=phases, dates=dict(sorted(self.dates.items(), key=lambda kv: STAGE_ORDER.index(kv[0]))),
            evidence=self.evidence, span=self.span,
        )


class _Frames:
    """Frames of one notice, found again by name (富乐德半导体 is 富乐德半导体产业项目)."""

    def __init__(self) -> None:
        self.frames: list[_Frame] = []

    def get(self, mention: NameMention, sentence: Sentence) -> _Frame:
        for frame in self.frames:
            a, b = frame.name, mention.name
            if a == b or a.endswith(b) or b.endswith(a) or (mention.listed and a.startswith(b)) \
                    or (frame.listed and b.startswith(a)):
                if not mention.listed and (frame.listed or len(b) > len(a)):
                    frame.name, frame.listed = b, False
                return frame
        frame = _Frame(mention.name, mention.listed, sentence.text, (sentence.start, sentence.end))
        self.frames.append(frame)
        return frame


def _target(a: Attribute, mentions: list[tuple[NameMention, _Frame]], clause: str) -> list[_Frame]:
    """Which named projects in the clause an attribute belongs to."""
    after = [(m, f) for m, f in mentions if m.start >= a.start and "的" in clause[a.start:m.start]
             and m.start - a.start <= 20]
    if after and a.kind != "stage":
        return [after[0][1]]
    before = [(m, f) for m, f in mentions if m.start < a.start]
    if a.kind == "stage" and before and all(m.listed for m, _ in before):
        return [f for _, f in before]
    if before:
        return [before[-1][1]]
    return []


def projects_in(sentences: list[Sentence], contexts: list[Context], published: dt.date | None) -> list[Project]:
    frames = _Frames()
    current: _Frame | None = None
    line = None
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
        owner = current if refers else None
        phase = None
        explicit = [d.year for d in find_dates(s.text, published) if not d.relative and d.year]
        dates = find_dates(s.text, published, context_year=explicit[0] if explicit else None)
        unowned: list[Attribute] = []
        for clause in split_clauses(s):
            offset = clause.start - s.start
            here = [(NameMention(m.name, m.start - offset, m.end - offset, m.listed), f)
                    for m, f in mentions if offset <= m.start < offset + len(clause.text)]
            if _CLAUSE_REFER.match(clause.text) and (current or owner):
                owner, phase = owner or current, None
            found = _PHASE.search(clause.text)
            if found:
                phase = found.group(1)
            clause_dates = [(d.start - offset, d.value) for d in dates if offset <= d.start < offset + len(clause.text)]
            for a in clause_attributes(clause.text, clause_dates, ctx.mode == "plan"):
                targets = _target(a, here, clause.text)
                if targets:
                    for frame in targets:
                        frame.apply(a, None)
                elif owner:
                    owner.apply(a, phase)
                elif a.kind == "stage":
                    unowned.append(a)
            named = [f for m, f in here if not m.listed]
            if named:
                owner, phase = named[-1], None
        for a in unowned:  # 10个重大项目集中开工, 包括A项目、B项目: the verb covers the names of the sentence
            for _, frame in mentions:
                frame.apply(a, None)
        named = [f for m, f in mentions if not m.listed]
        if named:
            current = named[-1]
        elif owner:
            current = owner
    return [f.build() for f in frames.frames if f.concrete()]
