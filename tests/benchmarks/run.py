"""The benchmark runner: prints every figure beside its baseline from the same run, and keeps them as JSON.

    .venv/bin/python -m tests.benchmarks.run                   # parsing, extraction, crawl, scale 10k and 30k
    .venv/bin/python -m tests.benchmarks.run --quick           # the same in a few minutes (scale 1k and 3k)
    .venv/bin/python -m tests.benchmarks.run --sizes 10000,30000,100000 --only scale
    .venv/bin/python -m tests.benchmarks.run --only worstcase  # long sentences and notices: linear or not
    .venv/bin/python -m tests.benchmarks.run --only writers    # extraction with 1, 2, 4 writers on DuckLake
    .venv/bin/python -m tests.benchmarks.run --show tests/benchmarks/results/FILE.json ...   # print kept results
    .venv/bin/python -m tests.benchmarks.run --compare BEFORE.json AFTER.json               # side by side

Figures never fail a build: a goal missed prints FAIL and the run goes on. Loopback and local files only.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from tests.benchmarks import crawl, extraction, parsing, scale, worstcase, writers
from tests.benchmarks.figures import comparison, read_results, table, write_results

SECTIONS = {"parsing": parsing.figures, "extraction": extraction.figures, "worstcase": worstcase.figures,
            "crawl": crawl.figures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and short timings")
    parser.add_argument("--sizes", help="notices per synthetic archive, comma-separated (default 10000,30000)")
    parser.add_argument("--only", help="sections to run, comma-separated: parsing,extraction,worstcase,crawl,scale,writers "
                        "(writers only when named)")
    parser.add_argument("--no-nightly", action="store_true", help="skip the nights on top of the biggest archive")
    parser.add_argument("--work", type=Path, help="keep archives and warehouses here (reused by later runs)")
    parser.add_argument("--label", help="added to the results file name, e.g. before")
    parser.add_argument("--show", nargs="+", type=Path, metavar="FILE", help="print the table of results files")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                        help="print the figures two results files share, side by side")
    args = parser.parse_args(argv)
    if args.compare:
        print(comparison(*(read_results(path) for path in args.compare)))
        return 0
    if args.show:  # a figure measured in a later file replaces one an earlier file could not measure
        shown: dict[tuple[str, str], object] = {}
        for figure in (f for path in args.show for f in read_results(path)):
            if figure.ours is not None or (figure.section, figure.name) not in shown:
                shown[figure.section, figure.name] = figure
        print(table(list(shown.values())))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([1000, 3000] if args.quick else [10000, 30000])
    only = set(args.only.split(",")) if args.only else {*SECTIONS, "scale"}
    work = args.work or Path(tempfile.mkdtemp(prefix="govwatch-bench-"))
    started, figures = time.perf_counter(), []
    try:
        for name, section in SECTIONS.items():
            if name in only:
                print(f"{name} …", flush=True)
                figures += section(args.quick)
        if "scale" in only:
            print(f"scale {', '.join(f'{n:,}' for n in sizes)} in {work} …", flush=True)
            figures += scale.figures(sizes, work, nightly=not args.no_nightly,
                                     log=lambda text: print(text, flush=True))
        if "writers" in only:  # the smallest size: process start and catalog round trips are what it shows
            print(f"writers 1, 2, 4 on {sizes[0]:,} notices in {work} …", flush=True)
            figures += writers.figures(sizes[0], work, log=lambda text: print(text, flush=True))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    minutes = (time.perf_counter() - started) / 60
    meta = {"sizes": sizes, "quick": args.quick, "sections": sorted(only), "minutes": round(minutes, 1),
            "cores": os.cpu_count(), "label": args.label}
    print()
    print(table(figures))
    print(f"\n{len(figures)} figures in {minutes:.1f} min; written to {write_results(figures, meta, args.label)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
