"""A CLI run killed mid-way on the persistent instance must not keep the DuckDB writer slot forever."""
import os
import socket

from dagster import DagsterInstance, DagsterRunStatus
from dagster._core.test_utils import create_run_for_test

from orchestration.runner import HOST_TAG, PID_TAG, release_dead_cli_runs


def test_dead_cli_runs_are_failed_and_their_pool_slots_freed(tmp_path):
    instance = DagsterInstance.ephemeral()
    dead_pid = 2 ** 22 + 7  # above pid_max on this kind of machine: no such process
    tags = {PID_TAG: str(dead_pid), HOST_TAG: socket.gethostname()}
    dead = create_run_for_test(instance, job_name="build_warehouse", status=DagsterRunStatus.STARTED, tags=tags)
    alive = create_run_for_test(instance, job_name="build_warehouse", status=DagsterRunStatus.STARTED,
                                tags={PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()})
    assert release_dead_cli_runs(instance) == [dead.run_id]
    assert instance.get_run_by_id(dead.run_id).status == DagsterRunStatus.FAILURE
    assert instance.get_run_by_id(alive.run_id).status == DagsterRunStatus.STARTED
