"""ensure_manifest when several processes load the definitions at once: one parse, and no reader ever sees a
half-written manifest. dbt itself is replaced by a script that writes its manifest slowly."""
from __future__ import annotations

import json
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import orchestration.project as project

FAKE_DBT = """#!{python}
import json, sys, time, pathlib
args = sys.argv[1:]
target = pathlib.Path(args[args.index("--target-path") + 1])
log = pathlib.Path({log!r})
with log.open("a") as f:
    f.write("start\\n")
if pathlib.Path({fail!r}).exists():
    sys.exit(2)
body = json.dumps({{"nodes": {{f"model.n{{i}}": {{}} for i in range(2000)}}, "written": time.time()}})
with (target / "manifest.json").open("w") as out:  # written in pieces, as a real parse writes a large file
    for i in range(0, len(body), 4096):
        out.write(body[i:i + 4096]); out.flush(); time.sleep(0.002)
(target / "partial_parse.msgpack").write_bytes(b"cache")
"""


@pytest.fixture
def fake_project(tmp_path, monkeypatch):
    root = tmp_path / "dbt_project"
    (root / "models").mkdir(parents=True)
    (root / "dbt_project.yml").write_text("name: x\n")
    log, fail = tmp_path / "parses.log", tmp_path / "fail"
    dbt = tmp_path / "dbt"
    dbt.write_text(FAKE_DBT.format(python=sys.executable, log=str(log), fail=str(fail)))
    dbt.chmod(dbt.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(project, "DBT_DIR", root)
    monkeypatch.setattr(project, "MANIFEST", root / "target" / "manifest.json")
    monkeypatch.setattr(project, "DBT_EXECUTABLE", str(dbt))
    monkeypatch.setattr(project, "prepare_environment", lambda: None)
    return root, log, fail


def _parses(log: Path) -> int:
    return log.read_text().count("start") if log.exists() else 0


def test_processes_starting_together_parse_once(fake_project):
    root, log, _ = fake_project
    results = []
    threads = [threading.Thread(target=lambda: results.append(project.ensure_manifest())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _parses(log) == 1
    assert results == [project.MANIFEST] * 4
    assert json.loads(project.MANIFEST.read_text())["nodes"]
    assert (root / "target" / "partial_parse.msgpack").read_bytes() == b"cache"  # dbt's cache kept in place


def test_a_reader_never_sees_a_half_written_manifest(fake_project):
    _, log, _ = fake_project
    project.ensure_manifest()
    stop, seen, broken = threading.Event(), [], []

    def read() -> None:
        while not stop.is_set():
            try:
                seen.append(json.loads(project.MANIFEST.read_text())["written"])
            except json.JSONDecodeError as exc:
                broken.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(3):
            project.ensure_manifest(force=True)
    finally:
        stop.set()
        reader.join()
    assert _parses(log) == 4
    assert not broken
    assert len(set(seen)) >= 2  # the reader did read across a replacement


def test_a_failed_parse_keeps_the_last_manifest_and_leaves_no_scratch(fake_project):
    root, _, fail = fake_project
    project.ensure_manifest()
    before = project.MANIFEST.read_text()
    fail.touch()
    time.sleep(0.01)
    with pytest.raises(subprocess.CalledProcessError):
        project.ensure_manifest(force=True)
    assert project.MANIFEST.read_text() == before
    assert [p.name for p in (root / "target").iterdir() if p.name.startswith(".parse-")] == []
