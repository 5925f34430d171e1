"""Benchmarks print figures and are run by `python -m tests.benchmarks.run`; pytest never collects them."""
collect_ignore_glob = ["*.py"]
