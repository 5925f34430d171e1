"""Scale: synthetic landing archives of N notices through landing → raw load → extraction → dbt build →
publish, each step in its own process (time, peak RSS of the step and its children, sizes on disk); growth
exponents between sizes; then a night with 100 new notices on top of the biggest archive and a night with
nothing new."""
from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from scrapers.landing import list_landing_files, read_landing_file
from tests.benchmarks.figures import Figure
from tests.benchmarks.synthetic import GENERATOR, Cloner, add_night, build_archive

REPO = Path(__file__).resolve().parents[2]
STEPS = ("load", "extract", "dbt", "publish")
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class StepRun:
    seconds: float
    max_rss_mb: float          # the largest single process (wait4)
    tree_rss_mb: float         # the step and its children together, sampled every 0.2 s
    cpu_seconds: float         # user + system time of the step and every process under it
    load: tuple[float, float]  # the machine's 1-minute load average when the step started and ended
    out: dict = field(default_factory=dict)


def _tree(root: int) -> list[int]:
    """root and every process under it (a fork server's workers too)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    ppid = int(handle.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _usage(pid: int) -> tuple[int, float]:
    """(resident bytes, CPU seconds so far) of one process; zeros once it is gone."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            rss = int(handle.read().split()[1]) * PAGE
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return rss, (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, ValueError, IndexError):
        return 0, 0.0


def run_step(cmd: list[str], env: dict, log: Path) -> StepRun:
    """Run cmd to completion; its time, peak memory, CPU time and the JSON of its last output line."""
    with open(log, "w", encoding="utf-8") as out:
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
        peak, cpu, stop = [0], {}, threading.Event()

        def sample():
            while not stop.wait(0.2):
                usage = {pid: _usage(pid) for pid in _tree(proc.pid)}
                peak[0] = max(peak[0], sum(rss for rss, _ in usage.values()))
                for pid, (_, seconds) in usage.items():
                    cpu[pid] = max(cpu.get(pid, 0.0), seconds)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}); see {log}:\n{text[-3000:]}")
    last = text.strip().splitlines()[-1] if text.strip() else "{}"
    try:
        result = json.loads(last)
    except json.JSONDecodeError:
        result = {}
    # wait4 counts the step and the children it reaped; the samples also see a fork server's workers
    cpu_seconds = max(usage.ru_utime + usage.ru_stime, sum(cpu.values()))
    return StepRun(seconds, usage.ru_maxrss / 1024, max(peak[0], usage.ru_maxrss * 1024) / 2**20, cpu_seconds,
                   (load_before, os.getloadavg()[0]), result)


class Warehouse:
    """One size's folder: landing archive, warehouse, serving copy, dbt target and logs."""

    def __init__(self, work: Path, n: int):
        self.n, self.dir = n, work / f"n{n}"
        self.landing, self.db = self.dir / "landing", self.dir / "warehouse.duckdb"
        self.serving = self.dir / "serving.duckdb"
        self.logs = self.dir / "logs"

    def fresh(self, cloner: Cloner) -> dict:
        """The archive (kept between runs of the benchmark when already complete), and no warehouse yet."""
        marker = self.dir / "archive.json"
        if not marker.exists() or json.loads(marker.read_text(encoding="utf-8")).get("generator") != GENERATOR:
            shutil.rmtree(self.dir, ignore_errors=True)
            started = time.perf_counter()
            archive = build_archive(self.landing, self.n, cloner)
            marker.write_text(json.dumps({
                "files": archive.files, "pages": archive.page_records, "bytes": archive.bytes,
                "sources": archive.sources, "seconds": time.perf_counter() - started, "generator": GENERATOR,
                "names": sorted(str(p.relative_to(self.landing)) for p in self.landing.glob("*/*.jsonl"))}),
                encoding="utf-8")
        archive = json.loads(marker.read_text(encoding="utf-8"))
        for path in (self.db, self.serving, self.dir / "warehouse.duckdb.wal", self.dir / "target"):
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        names = set(archive["names"])
        for night in self.landing.glob("*/*.jsonl"):  # nights added by an earlier benchmark run
            if str(night.relative_to(self.landing)) not in names:
                night.unlink()
        self.logs.mkdir(parents=True, exist_ok=True)
        return archive

    def env(self) -> dict:
        return {**os.environ, "GOVWATCH_DB": str(self.db), "GOVWATCH_LANDING": str(self.landing),
                "GOVWATCH_SERVING": str(self.serving), "GOVWATCH_DATA_DIR": str(self.dir),
                "PYTHONPATH": str(REPO)}

    def step(self, name: str, tag: str) -> StepRun:
        python = [sys.executable, "-m", "tests.benchmarks.step"]
        cmd = {"load": python + ["load", str(self.db), str(self.landing)],
               "extract": python + ["extract", str(self.db)],
               "publish": python + ["publish", str(self.db), str(self.serving)],
               "dbt": python + ["dbt", str(self.db), str(self.dir / "target"), str(self.logs)]}[name]
        return run_step(cmd, self.env(), self.logs / f"{tag}-{name}.log")

    def build(self, tag: str) -> dict[str, StepRun]:
        return {name: self.step(name, tag) for name in STEPS}


def _parse_floor(landing: Path) -> float:
    """Seconds to read and check every landing file: what any loader pays before writing a row."""
    started = time.perf_counter()
    for path in list_landing_files(landing):
        for _ in read_landing_file(path):
            pass
    return time.perf_counter() - started


def _copy_floor(db: Path) -> float:
    """Seconds to copy the warehouse file as it is (the serving copy of a whole warehouse)."""
    target = db.with_name("copy-floor.duckdb")
    started = time.perf_counter()
    shutil.copyfile(db, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    seconds = time.perf_counter() - started
    target.unlink()
    return seconds


def _mb(path: Path) -> float:
    return path.stat().st_size / 2**20 if path.exists() else 0.0


def figures(sizes: list[int], work: Path, nightly: bool = True, log=print) -> list[Figure]:
    cloner = Cloner()
    out: list[Figure] = []
    runs: dict[int, dict[str, StepRun]] = {}
    for n in sizes:
        wh = Warehouse(work, n)
        archive = wh.fresh(cloner)
        log(f"  {n:,} notices: {archive['files']} landing files, {archive['bytes'] / 2**20:,.0f} MB")
        steps = runs[n] = wh.build("full")
        parse = _parse_floor(wh.landing)
        alone = run_step([sys.executable, "-m", "tests.benchmarks.step", "extract-alone", str(wh.db), "300"],
                         wh.env(), wh.logs / "extract-alone.log").out
        copy = _copy_floor(wh.db)
        whole = run_step([sys.executable, "-m", "tests.benchmarks.step", "publish", str(wh.db),
                          str(wh.dir / "serving-whole.duckdb"), "whole"], wh.env(), wh.logs / "publish-whole.log")
        pages = steps["load"].out.get("page_versions_added", 0)
        out += _size_figures(f"scale {n:,}", wh, archive, steps, pages, parse, alone, copy, whole)
        out += [Figure(f"scale {n:,}", f"peak RSS {name}", steps[name].tree_rss_mb, "MB",
                       note=f"largest single process {steps[name].max_rss_mb:,.0f} MB") for name in STEPS]
        log(f"  {n:,}: " + ", ".join(f"{k} {v.seconds:.1f} s" for k, v in steps.items()))
    for n1, n2 in zip(sizes, sizes[1:], strict=False):
        for name in STEPS:
            t1, t2 = runs[n1][name].seconds, runs[n2][name].seconds
            out.append(Figure(f"growth {n1:,}→{n2:,}", f"{name} time exponent", math.log(t2 / t1) / math.log(n2 / n1),
                              "", 1.0, "linear", "<=", 1.15, goal_on="ours", note=f"{t1:.1f} s → {t2:.1f} s"))
        for name in ("load", "extract"):
            m1, m2 = runs[n1][name].tree_rss_mb, runs[n2][name].tree_rss_mb
            out.append(Figure(f"growth {n1:,}→{n2:,}", f"{name} peak RSS exponent",
                              math.log(m2 / m1) / math.log(n2 / n1), "", 1.0, "linear", "<=", 0.5, goal_on="ours",
                              note=f"{m1:,.0f} MB → {m2:,.0f} MB"))
    if nightly and sizes:
        out += _nights(Warehouse(work, sizes[-1]), runs[sizes[-1]], cloner, log)
    return out


def _size_figures(s: str, wh: Warehouse, archive: dict, steps: dict[str, StepRun], pages: int, parse: float,
                  alone: dict, copy: float, whole: StepRun) -> list[Figure]:
    load, extract, publish = steps["load"], steps["extract"], steps["publish"]
    cores = os.cpu_count() or 1
    out = [
        Figure(s, "raw load", pages / load.seconds, "notices/s", pages / parse, "reading the landing files",
               ">=", 0.25, note=f"{load.seconds:.1f} s for {archive['files']} files ({pages} page versions); "
                                f"reading them alone {parse:.1f} s; goal: within 4x of reading them"),
        Figure(s, "extraction", pages / extract.seconds, "notices/s", alone["rate"],
               "extract_document alone, one core", ">=", 0.8 * cores,
               note=f"{extract.seconds:.1f} s on {cores} cores, machine load {extract.load[0]:.1f}→"
                    f"{extract.load[1]:.1f}; goal: 0.8 x cores x one core"),
        Figure(s, "extraction CPU per notice", 1000 * extract.cpu_seconds / max(1, pages), "ms",
               1000 * alone["cpu_per_page"], "extract_document alone", "<=", 1.25,
               note="every process of the step (workers too): what the warehouse adds to extracting"),
        Figure(s, "dbt build", steps["dbt"].seconds, "s", note="the first build: every model and test"),
        Figure(s, "publish", publish.seconds, "s", copy, "copying the warehouse file", "<=", 1.0,
               note=f"as Dagster publishes ({publish.out.get('scope', '?')}): {_mb(wh.serving):,.0f} MB of a "
                    f"{_mb(wh.db):,.0f} MB warehouse; peak RSS {publish.tree_rss_mb:,.0f} MB"),
        Figure(s, "publish, whole warehouse file", whole.seconds, "s", copy, "copying the warehouse file", "<=", 1.5,
               note="how the pipeline published before the BI-only copy (checkpoint, copy, verify, rename)"),
        Figure(s, "warehouse on disk", _mb(wh.db), "MB", archive["bytes"] / 2**20, "landing archive"),
        Figure(s, "serving copy on disk", _mb(wh.serving), "MB", _mb(wh.db), "warehouse", "<=", 0.5),
    ]
    return out


def _nights(wh: Warehouse, full: dict[str, StepRun], cloner: Cloner, log) -> list[Figure]:
    full_seconds = sum(r.seconds for r in full.values())
    add_night(wh.landing, wh.n, wh.n, 100, cloner)
    plus = wh.build("night-plus-100")
    add_night(wh.landing, wh.n, wh.n + 100, 0, cloner)
    nothing = wh.build("night-nothing-new")
    plus_s, nothing_s = sum(r.seconds for r in plus.values()), sum(r.seconds for r in nothing.values())
    parts = lambda steps: ", ".join(f"{k} {v.seconds:.1f} s" for k, v in steps.items())  # noqa: E731
    log(f"  night +100: {parts(plus)}; nothing new: {parts(nothing)}")
    s = f"nightly on {wh.n:,}"
    return [
        Figure(s, "100 new notices, end to end", plus_s, "s", full_seconds, "full build of the archive", "<=", 0.05,
               note=f"{parts(plus)}; {plus['load'].out.get('page_versions_added')} page versions, "
                    f"{plus['extract'].out.get('pages_extracted')} extracted; dbt: {plus['dbt'].out.get('plan')}"),
        Figure(s, "nothing new, end to end", nothing_s, "s", plus_s, "100 new notices", "<=", 1.0,
               note=f"{parts(nothing)}; {nothing['load'].out.get('page_versions_added')} page versions added, "
                    f"{nothing['extract'].out.get('pages_extracted')} extracted; dbt: {nothing['dbt'].out.get('plan')}"),
        # the absolute goals for a night on the 100,000 archive (held at every size: a smaller archive's
        # night can only be cheaper): 100 new notices end to end under 60 s, nothing new under 15 s
        Figure(s, "100 new notices, end to end, seconds", plus_s, "s", goal_op="<=", goal_value=60, goal_on="ours"),
        Figure(s, "nothing new, end to end, seconds", nothing_s, "s", goal_op="<=", goal_value=15, goal_on="ours"),
        Figure(s, "nothing new: pages extracted", nothing["extract"].out.get("pages_extracted"), "pages",
               goal_op="==", goal_value=0, goal_on="ours"),
    ]
