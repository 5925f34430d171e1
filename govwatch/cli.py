"""govwatch command line: parse pages, extract facts, run the pipeline (through Dagster), show status.

File commands (parse-page, parse-list, extract, evaluate, demo-site) call the pure packages and never import
Dagster; pipeline commands (demo, refresh, ui) go through `orchestration.runner`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from warehouse.paths import REPO_ROOT


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _read_input(path: str) -> str:
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    from scrapers.decoding import decode_body

    text, _ = decode_body(raw, None)
    return text


def _parse_file_command(name: str, parse, error_type, args) -> int:
    """parse-page / parse-list: JSON on stdout, or a one-line error and exit status 2."""
    try:
        parsed = parse(_read_input(args.file), args.url)
    except (OSError, error_type) as exc:
        print(f"govwatch {name}: {exc}", file=sys.stderr)
        return 2
    _print_json(parsed.to_json())
    return 0


def cmd_parse_page(args) -> int:
    from scrapers.article import ArticleParseError, parse_article

    return _parse_file_command("parse-page", parse_article, ArticleParseError, args)


def cmd_parse_list(args) -> int:
    from scrapers.cms import parse_any_list
    from scrapers.listing import ListingParseError

    return _parse_file_command("parse-list", parse_any_list, ListingParseError, args)


def cmd_probe(args) -> int:
    """A column page (fetched politely, or a saved file) → its CMS family and the sources.toml entry."""
    from govwatch.probe import ProbeError, probe_page

    try:
        if args.file:
            text, url = _read_input(args.file), args.url or args.target
            if not url:
                raise ProbeError("--file needs --url (the address the page was saved from)")
        else:
            text, url = _fetch_for_probe(args.target)
        found = probe_page(text, url)
    except (OSError, ProbeError) as exc:
        print(f"govwatch probe: {exc}", file=sys.stderr)
        return 2
    if args.json:
        _print_json(found)
    else:
        print(f"family: {found['family']}; column {found['column_id']} ({found['column_name'] or 'no name'}); "
              f"{found['first_page_items']} records on the first page; announced: "
              f"{found['announced'] if found['announced'] is not None else 'not stated'}")
        print("\nadd to sources.toml:\n")
        print(found["sources_toml"])
    return 0


def _fetch_for_probe(url: str) -> tuple[str, str]:
    from urllib.parse import urlsplit

    from govwatch.probe import ProbeError
    from scrapers.http import Politeness, PoliteClient

    host = (urlsplit(url).hostname or "").lower()
    if not host:
        raise ProbeError(f"not a URL: {url!r} (use --file FILE --url URL for a saved page)")
    with PoliteClient(Politeness(user_agent="govwatch-probe/0.1", min_delay_s=0.0, max_retries=1),
                      (host,)) as client:
        res = client.get(url, kind="column", expect="html")
    if not res.ok:
        raise ProbeError(f"{url}: {res.outcome.value}: {res.error}")
    return res.text, res.final_url


def cmd_extract(args) -> int:
    from scrapers.article import ArticleParseError, parse_article
    from warehouse.document_date import document_date
    from warehouse.extract import extract_document

    try:
        published = date.fromisoformat(args.published) if args.published else None
    except ValueError as exc:
        print(f"govwatch extract: --published {args.published!r} is not a date (YYYY-MM-DD): {exc}", file=sys.stderr)
        return 2
    try:
        text = _read_input(args.path)
    except (OSError, ValueError) as exc:
        print(f"govwatch extract: cannot read {args.path}: {exc}", file=sys.stderr)
        return 2
    url, title, body = args.url, None, text
    if _looks_like_html(text):
        try:
            article = parse_article(text, args.url or "file://" + str(Path(args.path).resolve()))
        except ArticleParseError as exc:
            print(f"govwatch extract: {exc}", file=sys.stderr)
            return 2
        body, title = article.body, article.title
        url = args.url or (article.url if not article.url.startswith("file://") else None)
        # dated as the warehouse dates it: 发布时间, else 成文日期 (warehouse/document_date.py)
        published = published or document_date(article.published_at or article.published, article.written_date)
    result = extract_document(body, published=published, url=url, title=title)
    _print_json(result.to_contract())
    return 0


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<meta" in head or "<div" in head


def cmd_evaluate(args) -> int:
    from govwatch.evaluate import run

    return run(args)


@contextmanager
def _run_log(name: str, verbose: bool):
    """Dagster's and dbt's step logs go to a file (the Dagster UI shows them too); the terminal gets the summary."""
    if verbose:
        yield None
        return
    from warehouse.paths import Paths

    path = Paths.from_env().data_dir / "logs" / f"{name}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush(), sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(path, "ab") as log:
        os.dup2(log.fileno(), 1), os.dup2(log.fileno(), 2)
        try:
            yield path
        finally:
            sys.stdout.flush(), sys.stderr.flush()
            os.dup2(saved[0], 1), os.dup2(saved[1], 2)
            os.close(saved[0]), os.close(saved[1])


def _print_runs(outcomes, log_path) -> None:
    for o in outcomes:
        print(f"{o.job:<16} {o.partition or '':<10} {'ok' if o.success else 'FAILED':<7} run {o.run_id}")
        if o.report:
            print(f"  failure report: {o.report}")
    if log_path:
        print(f"step logs: {log_path}")


def _use_project_instance() -> None:
    os.environ.setdefault("DAGSTER_HOME", str(REPO_ROOT / ".dagster_home"))
    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)


def cmd_refresh(args) -> int:
    _use_project_instance()
    from orchestration.project import ensure_manifest
    from orchestration.runner import run_refresh
    from scrapers.registry import load_registry

    from scrapers.registry import RegistryError

    try:
        registry = load_registry()
        # By default the nightly set: the demo source answers only while `govwatch demo` serves it.
        ids = [registry.get(args.source).id] if args.source else [s.id for s in registry.sources if s.nightly]
    except RegistryError as exc:
        print(f"govwatch refresh: {exc}", file=sys.stderr)
        return 2
    print(f"refreshing {', '.join(ids)} through Dagster (instance {os.environ['DAGSTER_HOME']})", flush=True)
    with _run_log("refresh", args.verbose) as log_path:
        ensure_manifest(force=True)
        outcomes = run_refresh(ids)
    _print_runs(outcomes, log_path)
    from govwatch.reports import print_status, unhealthy_sources

    print_status()
    # A cron job or CI must notice a source that ended failed, blocked or partial, not only a crashed run.
    unhealthy = unhealthy_sources(ids)
    for source_id, status, why in unhealthy:
        print(f"govwatch refresh: source {source_id} ended {status}: {why[:300]}", file=sys.stderr)
    return 0 if all(o.success for o in outcomes) and not unhealthy else 1


DEMO_PORT = 8765  # the default in sources.toml: the same URLs every run, so a re-run adds nothing


def _demo_site(port: int):
    from scrapers.demo_site.server import DemoSite

    try:
        return DemoSite(port=port)
    except OSError:
        print(f"port {port} is busy: serving the demo on a free port instead; its URLs differ from earlier demo "
              f"runs, so the warehouse will hold them as other pages (use --port or a fresh GOVWATCH_DATA_DIR)")
        return DemoSite(port=0)


def cmd_demo(args) -> int:
    _use_project_instance()
    with _demo_site(args.port) as site:
        os.environ["GOVWATCH_DEMO_URL"] = site.base_url
        print(f"demo site: {site.base_url} ({len(site.notices) + len(site.family_notices)} notices, four CMS families); running the pipeline through Dagster "
              f"(instance {os.environ['DAGSTER_HOME']})", flush=True)
        with _run_log("demo", args.verbose) as log_path:
            from orchestration.project import ensure_manifest
            from orchestration.runner import run_refresh
            from scrapers.registry import load_registry

            ensure_manifest(force=True)
            outcomes = run_refresh(load_registry().demo_ids)  # one column per CMS family, one source each
    _print_runs(outcomes, log_path)
    from govwatch.reports import print_demo_summary

    print_demo_summary()
    return 0 if all(o.success for o in outcomes) else 1


def cmd_status(args) -> int:
    from govwatch.reports import print_status

    return print_status()


def cmd_demo_site(args) -> int:
    from scrapers.demo_site.server import DemoSite

    site = DemoSite(port=args.port)
    print(f"serving {len(site.notices) + len(site.family_notices)} demo notices at {site.base_url} (Ctrl-C to stop)", flush=True)
    try:
        site.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_ui(args) -> int:
    _use_project_instance()
    from orchestration.project import ensure_manifest

    ensure_manifest(force=True)
    dagster = Path(sys.executable).with_name("dagster")
    os.chdir(REPO_ROOT)
    # No -m: `dagster dev` reads [tool.dagster] in pyproject.toml, so the UI names the code location `govwatch`.
    os.execv(str(dagster), [str(dagster), "dev", "-h", args.host, "-p", str(args.port)])
    return 0


def cmd_migrate(args) -> int:
    from warehouse.lake import LakeConfigError
    from warehouse.migrate import MigrationError, copy_to_lake, export_to_duckdb
    from warehouse.paths import Paths

    try:
        if args.to == "ducklake":
            report = copy_to_lake(Path(args.source or Paths.from_env().warehouse))
        elif not args.file:
            print("migrate --to duckdb needs --file OUT.duckdb (a new file)", file=sys.stderr)
            return 2
        else:
            report = export_to_duckdb(Path(args.file))
    except (MigrationError, LakeConfigError) as exc:
        print(f"migrate: {exc}", file=sys.stderr)
        return 1
    print(f"{report.source} → {report.destination}, every table verified:", *report.lines(), sep="\n")
    return 0


def _evaluate_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    from govwatch.evaluate import add_arguments

    return add_arguments(parser)


def _global_options(parser: argparse.ArgumentParser, default) -> argparse.ArgumentParser:
    parser.add_argument("--sources", default=default,
                        help="source registry file (default: GOVWATCH_SOURCES or sources.toml)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_options(argparse.ArgumentParser(prog="govwatch", description=__doc__), None)
    # The same global options after the command (`govwatch refresh --sources FILE`); SUPPRESS keeps a value
    # given before the command when none is given after it.
    common = _global_options(argparse.ArgumentParser(add_help=False), argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser = sub.add_parser
    sub.add_parser = lambda name, **kw: add_parser(name, parents=[common], **kw)  # type: ignore[method-assign]

    p = sub.add_parser("parse-page", help="parse a saved article page and print it as JSON")
    p.add_argument("file"), p.add_argument("--url", required=True), p.set_defaults(func=cmd_parse_page)
    p = sub.add_parser("parse-list", help="parse a column page or dataproxy answer and print its items")
    p.add_argument("file"), p.add_argument("--url", required=True), p.set_defaults(func=cmd_parse_list)
    p = sub.add_parser("probe", help="tell a column page's CMS family and print the sources.toml entry to add")
    p.add_argument("target", nargs="?", help="the column page's URL (fetched politely)")
    p.add_argument("--file", help="a saved column page instead of fetching"), p.add_argument("--url")
    p.add_argument("--json", action="store_true", help="print everything as JSON"), p.set_defaults(func=cmd_probe)
    p = sub.add_parser("extract", help="extract projects, awards and targets from a notice (text or HTML)")
    p.add_argument("path"), p.add_argument("--published"), p.add_argument("--url")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("evaluate", help="measure the extractor against the gold annotations")
    _evaluate_arguments(p).set_defaults(func=cmd_evaluate)
    p = sub.add_parser("demo", help="start the offline demo site and run the whole pipeline through Dagster")
    p.add_argument("--port", type=int, default=DEMO_PORT), p.set_defaults(func=cmd_demo)
    p.add_argument("--verbose", action="store_true", help="step logs on the terminal instead of a file")
    p = sub.add_parser("scale-demo", help="the demo on the DuckLake target through Dagster on PostgreSQL, with "
                                          "scrape, load and extract workers in parallel (govwatch/scale_demo.py)")
    from govwatch import scale_demo  # its module level is the standard library only

    scale_demo.add_arguments(p), p.set_defaults(func=scale_demo.run)
    p = sub.add_parser("refresh", help="scrape sources and rebuild the warehouse through Dagster")
    p.add_argument("--source"), p.set_defaults(func=cmd_refresh)
    p.add_argument("--verbose", action="store_true", help="step logs on the terminal instead of a file")
    p = sub.add_parser("status", help="per-source health table")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("demo-site", help="serve the offline demo site until interrupted")
    p.add_argument("--port", type=int, default=8765), p.set_defaults(func=cmd_demo_site)
    p = sub.add_parser("ui", help="open the Dagster UI on the project's instance (localhost only)")
    p.add_argument("--host", default="127.0.0.1"), p.add_argument("--port", type=int, default=3000)
    p.set_defaults(func=cmd_ui)
    p = sub.add_parser("migrate", help="copy the warehouse between targets (embedded DuckDB file, DuckLake), verified")
    p.add_argument("--to", choices=("ducklake", "duckdb"), required=True)
    p.add_argument("--from", dest="source", help="--to ducklake: the embedded warehouse (default GOVWATCH_DB)")
    p.add_argument("--file", help="--to duckdb: the new DuckDB file to write")
    p.set_defaults(func=cmd_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.sources:
        os.environ["GOVWATCH_SOURCES"] = str(Path(args.sources).resolve())
    try:
        return args.func(args)
    except BrokenPipeError:  # `govwatch evaluate | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
