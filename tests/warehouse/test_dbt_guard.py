"""dbt stops when the process that started it dies (a killed `govwatch refresh` left `dbt build` writing on)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

CHILD = ("import sys, time; sys.path.insert(0, sys.argv[1]); from warehouse.dbt_guard import watch_parent; "
         "watch_parent(poll_s=0.1); print('watching', flush=True); time.sleep(60)")
PARENT = ("import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', sys.argv[1], sys.argv[2]], "
          "stdout=sys.stdout); print(p.pid, flush=True); p.wait()")


@pytest.mark.skipif(sys.platform != "linux", reason="reparenting as Linux does it")
def test_a_build_whose_parent_is_killed_stops_within_a_second(tmp_path):
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parent = subprocess.Popen([sys.executable, "-c", PARENT, CHILD, repo], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert parent.stdout.readline().strip() == "watching"
    os.kill(parent.pid, signal.SIGKILL)  # as `kill -9` on govwatch refresh
    parent.wait(timeout=10)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        try:  # (the child is no longer ours to reap once reparented; a zombie counts as gone)
            with open(f"/proc/{child}/stat") as stat:
                if stat.read().split(")")[-1].split()[0] == "Z":
                    break
        except FileNotFoundError:
            break
        time.sleep(0.1)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the child outlived its parent by 5 s")


def test_every_warehouse_target_of_the_dbt_profile_runs_the_guard():
    """The guard only acts when dbt-duckdb loads it: each output of profiles.yml (the file, and the lake) lists it."""
    import yaml

    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(repo, "dbt_project", "profiles.yml"), encoding="utf-8") as handle:
        outputs = yaml.safe_load(handle)["govwatch"]["outputs"]
    assert set(outputs) == {"duckdb", "ducklake"}
    for name, output in outputs.items():
        assert {"module": "warehouse.dbt_guard"} in output.get("plugins", []), name
