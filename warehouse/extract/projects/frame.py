"""The Project fact and the frame that collects it across clauses and sentences."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..numbers import to_json_number
from .attributes import Attribute, stage_rank

_PHASE_KEY = {"首期": "1", "一期": "1", "二期": "2", "三期": "3", "四期": "4"}
_CONSTRUCTION = {"approved", "started", "topped_out", "completed"}
_BEFORE_START = {"signed", "approved", "started"}  # a plan to reach these means: not started yet


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
class Frame:
    name: str
    listed: bool  # named only as an item of a 等…项目 list
    weak: bool  # a building or road: a project only with construction or money reported
    evidence: str
    span: tuple[int, int]
    values: dict = field(default_factory=dict)  # investment, land, floor_area, annual_output, capacity, location
    stages: set = field(default_factory=set)  # reached
    planned: set = field(default_factory=set)  # planned
    dates: dict = field(default_factory=dict)
    phases: dict = field(default_factory=dict)  # key -> [name, investment, land]
    companies: list = field(default_factory=list)
    ongoing: set = field(default_factory=set)  # stages known only from work under way (加快建设, 续建项目)
    firm: set = field(default_factory=set)  # stages a verb of their own reports
    # stages a plan names by a stage verb (计划年内开工), not by work to press on with (加快推进…建设进度)
    firm_planned: set = field(default_factory=set)
    series: bool = False  # named in a list of …项目 names (A项目、B项目): a project even with nothing else said
    site: bool = False  # a ceremony was held at its site (签约仪式在A项目现场举行): a works that exists

    def concrete(self) -> bool:
        money = any(k in self.values for k in ("investment", "foreign_investment", "land", "floor_area", "annual_output"))
        # (A项目进展顺利: works said to move, with no stage named, exist: "progress", attributes._PROGRESS)
        moving = "progress" in self.values
        if self.weak:
            return money or moving or bool((self.stages | self.planned) & _CONSTRUCTION)
        if self.name.endswith("工程"):  # works: only with money, a stage or a place in a list of projects
            return bool(self.listed or money or moving or self.stages or self.planned or self.dates or self.phases)
        return bool(self.listed or money or moving or self.stages or self.planned or self.dates or self.phases
                    or (self.series or self.site) and self.name.endswith("项目")
                    or self.name.endswith("建设项目")  # a works by its own name (a photo caption: X基地建设项目)
                    or self.companies or "capacity" in self.values or "location" in self.values)

    def apply(self, a: Attribute, phase: str | None) -> None:
        if a.kind in ("investment", "land") and phase:
            entry = self.phases.setdefault(_PHASE_KEY[phase], [phase, None, None])
            slot = 1 if a.kind == "investment" else 2
            entry[slot] = entry[slot] if entry[slot] is not None else a.value
        elif a.kind == "stage":
            (self.planned if a.future else self.stages).add(a.value)
            if not a.future:
                (self.ongoing if a.ongoing else self.firm).add(a.value)
            elif not a.ongoing:
                self.firm_planned.add(a.value)
            known = self.dates.get(a.value)
            if a.date and (known is None or (a.date.startswith(known) and len(a.date) > len(known))):
                self.dates[a.value] = a.date  # a later mention may say the same more precisely (2023 -> 2023-12-22)
        elif a.kind == "floor_area" and phase:
            pass  # 一期…建筑面积约92万平方米: a phase's building, not the whole project's (phases hold money and land only)
        elif a.kind == "converted_investment":
            if "foreign_investment" in self.values:
                self.values.setdefault("investment", a.value)
        elif a.kind == "company":
            if a.value not in self.companies:
                self.companies.append(a.value)
        else:
            self.values.setdefault(a.kind, a.value)

    def date_missing_stages(self, day: str, kinds: frozenset = frozenset({"signed", "started"})) -> None:
        """Stages reached at the reported ceremony (集中开工, 签约仪式; `kinds`: also 集中竣工 when the notice
        reports one) take its day; works only said to be under way (…等续建项目加快推进) did not start that day."""
        for stage in self.stages & kinds - (self.ongoing - self.firm):
            known = self.dates.get(stage)
            if known is None or (day.startswith(known) and len(day) > len(known)):
                self.dates[stage] = day  # 二季度重点项目集中开工 (2017) held today (2017-05-24)

    def build(self) -> Project:
        if self.stages:
            stage = max(self.stages, key=stage_rank)
        else:
            stage = "planned" if self.planned & _BEFORE_START else None
        v = self.values
        phases = [Phase(n, to_json_number(i), to_json_number(land)) for n, i, land in self.phases.values()]
        return Project(
            name=self.name, investment_cny=to_json_number(v.get("investment")), land_mu=to_json_number(v.get("land")),
            floor_area_m2=to_json_number(v.get("floor_area")), annual_output_cny=to_json_number(v.get("annual_output")),
            capacity=v.get("capacity"), stage=stage, companies=list(self.companies), location=v.get("location"),
            phases=phases, dates=dict(sorted(self.dates.items(), key=lambda kv: stage_rank(kv[0]))),
            evidence=self.evidence, span=self.span,
        )
