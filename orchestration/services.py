"""The processes of a shared Dagster instance on this machine: one code server, the webserver and the daemon.

Runs are submitted through the webserver's GraphQL API, wait in the queued run coordinator, and the daemon
launches each in its own worker process (the code server's child) within the instance's run and pool limits:
the same path as a run started from the UI, a schedule or a sensor."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dagster import DagsterEventType, DagsterInstance, DagsterRunStatus, RunRecord, RunsFilter

from warehouse.paths import REPO_ROOT

DONE = {DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}
HOST = "127.0.0.1"
STEP_EVENTS = {DagsterEventType.STEP_START, DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE}


class ServiceError(RuntimeError):
    """A Dagster process did not come up, died, or runs did not finish in time."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex((HOST, port)) == 0


@dataclass
class DagsterServices:
    """Start with `with DagsterServices(...) as services:`; `env` must carry DAGSTER_HOME and whatever the
    instance's dagster.yaml and the code read (every process gets it). Logs go to `log_dir/<process>.log`."""

    code_target: Sequence[str]  # how `dagster api grpc` finds the definitions, e.g. ("-m", "orchestration.definitions")
    location_name: str
    env: Mapping[str, str]
    log_dir: Path
    startup_timeout: float = 180.0
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.grpc_port, self.web_port = _free_port(), _free_port()
        self.log_dir = Path(self.log_dir)
        self._client = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.web_port}"

    def __enter__(self) -> DagsterServices:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        bin_dir = Path(sys.executable).parent
        grpc = ["--grpc-host", HOST, "--grpc-port", str(self.grpc_port)]
        self._spawn("code-server", [bin_dir / "dagster", "api", "grpc", *self.code_target, "--location-name",
                                    self.location_name, "-h", HOST, "-p", str(self.grpc_port)])
        self._wait_listening("code-server", self.grpc_port)
        self._spawn("webserver", [bin_dir / "dagster-webserver", *grpc, "-h", HOST, "-p", str(self.web_port)])
        self._spawn("daemon", [bin_dir / "dagster-daemon", "run", *grpc])
        self._wait_listening("webserver", self.web_port)

    def _spawn(self, name: str, cmd: list) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_dir / f"{name}.log", "ab") as log:
            # its own process group, so stopping it also ends the run workers it started
            self.processes[name] = subprocess.Popen([str(c) for c in cmd], cwd=REPO_ROOT, env=dict(self.env),
                                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def _wait_listening(self, name: str, port: int) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            self.check_alive()
            if _listening(port):
                return
            time.sleep(0.5)
        raise ServiceError(f"{name} did not listen on {HOST}:{port} within {self.startup_timeout:.0f}s; "
                           f"see {self.log_dir / (name + '.log')}")

    def check_alive(self) -> None:
        for name, proc in self.processes.items():
            if proc.poll() is not None:
                raise ServiceError(f"the Dagster {name} exited with status {proc.returncode}:\n"
                                   + self._log_tail(name))

    def _log_tail(self, name: str, lines: int = 30) -> str:
        path = self.log_dir / f"{name}.log"
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        for name in ("daemon", "webserver", "code-server"):  # the daemon first: it launches nothing more
            proc = self.processes.get(name)
            if proc is None or proc.poll() is not None:
                continue
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def submit(self, job_name: str, tags: Mapping[str, str] | None = None,
               run_config: Mapping | None = None) -> str:
        """Queue a run of `job_name` through the webserver; returns its run id."""
        from dagster_graphql import DagsterGraphQLClient

        if self._client is None:
            self._client = DagsterGraphQLClient(HOST, port_number=self.web_port)
        return self._client.submit_job_execution(job_name, repository_location_name=self.location_name,
                                                 run_config=dict(run_config or {}), tags=dict(tags or {}))

    def wait(self, instance: DagsterInstance, run_ids: Iterable[str], timeout: float) -> list[RunRecord]:
        """Block until every run has finished (succeeded, failed or was canceled); their records, oldest first."""
        run_ids = list(run_ids)
        deadline = time.monotonic() + timeout
        while True:
            records = instance.get_run_records(RunsFilter(run_ids=run_ids), ascending=True)
            if len(records) == len(run_ids) and all(r.dagster_run.status in DONE for r in records):
                return records
            if time.monotonic() > deadline:
                states = ", ".join(f"{r.dagster_run.run_id[:8]} {r.dagster_run.status.value}" for r in records)
                raise ServiceError(f"runs not finished after {timeout:.0f}s: {states}; daemon log:\n"
                                   + self._log_tail("daemon"))
            self.check_alive()
            time.sleep(1.0)


def most_at_once(intervals: Iterable[tuple[float, float]]) -> int:
    """The largest number of (start, end) intervals open at one moment."""
    intervals = list(intervals)
    edges = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals],
                   key=lambda edge: (edge[0], edge[1]))  # an end before a start at the same instant
    best = current = 0
    for _, step in edges:
        current += step
        best = max(best, current)
    return best


def run_intervals(records: Iterable[RunRecord]) -> list[tuple[float, float]]:
    """(start, end) of each run's worker process, from its record."""
    return [(r.start_time, r.end_time) for r in records if r.start_time and r.end_time]


def step_intervals(instance: DagsterInstance, run_ids: Iterable[str]) -> list[tuple[float, float]]:
    """(start, end) of every step of these runs that started and finished, from the instance's event log."""
    intervals = []
    for run_id in run_ids:
        records = instance.get_records_for_run(run_id, of_type=STEP_EVENTS).records
        started = {}
        for record in records:
            entry = record.event_log_entry
            if entry.dagster_event_type == DagsterEventType.STEP_START:
                started[entry.step_key] = entry.timestamp
            elif entry.step_key in started:
                intervals.append((started.pop(entry.step_key), entry.timestamp))
    return intervals
