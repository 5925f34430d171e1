"""A measured figure beside its baseline from the same run, the table they print as and the JSON they are kept in."""
from __future__ import annotations

import json
import operator
import platform
import socket
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path

RESULTS = Path(__file__).with_name("results")
OPS = {">=": operator.ge, "<=": operator.le, "==": operator.eq}


@dataclass
class Figure:
    """`ratio` is ours / baseline; the goal is on the ratio, or on ours itself when `goal_on` says so."""

    section: str
    name: str
    ours: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    goal_op: str | None = None
    goal_value: float | None = None
    goal_on: str = "ratio"          # ratio | ours
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.baseline:
            return None
        return self.ours / self.baseline

    @property
    def goal(self) -> str:
        if self.goal_op is None:
            return ""
        return f"{self.goal_on} {self.goal_op} {_num(self.goal_value)}"

    @property
    def passed(self) -> bool | None:
        if self.goal_op is None:
            return None
        value = self.ratio if self.goal_on == "ratio" else self.ours
        return None if value is None else OPS[self.goal_op](value, self.goal_value)

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio, "goal": self.goal, "passed": self.passed}


def _num(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.3g}" if abs(value) < 10 else f"{value:,.1f}"
    return f"{value:,.0f}"


def table(figures: list[Figure]) -> str:
    headers = ["figure", "ours", "baseline", "ratio", "goal", "pass"]
    rows = [[f"{f.section}: {f.name}", f"{_num(f.ours)} {f.unit}".strip(),
             f"{_num(f.baseline)} ({f.baseline_name})" if f.baseline_name else _num(f.baseline),
             _num(f.ratio), f.goal, {True: "pass", False: "FAIL", None: ""}[f.passed]] for f in figures]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def write_results(figures: list[Figure], meta: dict, label: str | None = None) -> Path:
    RESULTS.mkdir(exist_ok=True)
    name = f"{date.today().isoformat()}-{socket.gethostname()}" + (f"-{label}" if label else "") + ".json"
    path = RESULTS / name
    machine = {"python": platform.python_version(), "platform": platform.platform(), "host": socket.gethostname()}
    path.write_text(json.dumps({"meta": {**machine, **meta}, "figures": [f.to_json() for f in figures]},
                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_results(path: Path) -> list[Figure]:
    """The figures of a results file, as they were measured (goals included)."""
    names = {f.name for f in fields(Figure)}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Figure(**{k: v for k, v in f.items() if k in names}) for f in data["figures"]]


def comparison(before: list[Figure], after: list[Figure]) -> str:
    """Figures measured in both: before, after, after / before, and whether each met its goal."""
    earlier = {(f.section, f.name): f for f in before if f.ours is not None}
    headers = ["figure", "before", "after", "after / before", "goal", "before", "after"]
    mark = {True: "pass", False: "FAIL", None: ""}
    rows = [[f"{f.section}: {f.name}", f"{_num(b.ours)} {b.unit}".strip(), f"{_num(f.ours)} {f.unit}".strip(),
             _num(f.ours / b.ours) if b.ours else "-", f.goal, mark[b.passed], mark[f.passed]]
            for f in after if f.ours is not None and (b := earlier.get((f.section, f.name))) is not None]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])
