"""Saved example pages against the golden JSON beside them (juriscraper style).

A case in tests/fixtures/pages is NAME.html, NAME.xml or NAME.json (the saved page), NAME.meta.json
({"kind": "article" | "list", "url": the page's URL}) and NAME.expected.json (what
`govwatch parse-page` / `parse-list` must print). Adding a case is adding those files.

The expected JSON says what the page says, not what the parser happens to print. When the
parser is known to be wrong on a case, meta.json carries
`"known_bug": {"reason": …, "paths": ["items/1/date", …]}`: everything outside those paths
must still match, and the case turns into a failure once the bug is fixed, so the note is removed.
"""
from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scrapers.article import parse_article
from scrapers.decoding import decode_body
from scrapers.cms import FAMILIES, detect_family, parse_any_list as parse_listing

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
REPO_ROOT = Path(__file__).resolve().parents[2]
PAGE_SUFFIXES = (".html", ".xml", ".json")
CASE_FILES = (".meta.json", ".expected.json")
CLI_COMMAND = {"article": "parse-page", "list": "parse-list"}


def _case_names() -> list[str]:
    return sorted(p.name.removesuffix(".meta.json") for p in PAGES.glob("*.meta.json"))


def _page_file(name: str) -> Path:
    pages = [PAGES / f"{name}{suffix}" for suffix in PAGE_SUFFIXES if (PAGES / f"{name}{suffix}").exists()]
    assert len(pages) == 1, f"{name}: expected exactly one of {PAGE_SUFFIXES} beside {name}.meta.json, found {pages}"
    return pages[0]


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _saved_text(page: Path) -> str:
    text, _ = decode_body(page.read_bytes(), None)
    return text


def parse_saved_page(page: Path, meta: dict) -> dict:
    """What the CLI prints for this page: the same decoding, parser and to_json() (a .json page is a JSON list
    answer such as a JPaaS build/unit page: parse-list reads it as text like any other answer)."""
    text = _saved_text(page)
    if meta["kind"] == "article":
        return parse_article(text, meta["url"]).to_json()
    if meta["kind"] == "list":
        return parse_listing(text, meta["url"]).to_json()
    raise ValueError(f"{page.name}: unknown kind {meta['kind']!r} in meta.json")


def differences(expected, actual, path: str = "") -> list[str]:
    """Each place where the two JSON values differ, as 'items/3/date: expected …, got …'."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        keys = list(expected) + [k for k in actual if k not in expected]
        return [d for k in keys for d in differences(expected.get(k, "<missing>"), actual.get(k, "<missing>"), f"{path}{k}/")]
    if isinstance(expected, list) and isinstance(actual, list):
        out = [d for i, (e, a) in enumerate(zip(expected, actual)) for d in differences(e, a, f"{path}{i}/")]
        if len(expected) != len(actual):
            out.append(f"{path.rstrip('/') or '.'}: expected {len(expected)} entries, got {len(actual)}")
        return out
    return [] if expected == actual else [f"{path.rstrip('/') or '.'}: expected {expected!r}, got {actual!r}"]


def _masked(data: dict, paths: list[str]) -> dict:
    """A copy with each slash path (items/1/date) replaced by a marker, to compare everything else."""
    out = copy.deepcopy(data)
    for path in paths:
        *parents, last = [int(k) if k.isdigit() else k for k in path.split("/")]
        node = out
        try:
            for key in parents:
                node = node[key]
            node[last] = "<known bug>"
        except (KeyError, IndexError, TypeError):
            pass  # the other side is compared in full, so a missing path still shows as a difference
    return out


@pytest.mark.parametrize("name", _case_names())
def test_saved_page_matches_golden_json(name: str) -> None:
    meta = _read_json(PAGES / f"{name}.meta.json")
    expected = _read_json(PAGES / f"{name}.expected.json")
    actual = parse_saved_page(_page_file(name), meta)

    bug = meta.get("known_bug")
    if bug is None:
        found = differences(expected, actual)
        assert not found, "\n".join(found)
        return
    outside = differences(_masked(expected, bug["paths"]), _masked(actual, bug["paths"]))
    assert not outside, "differences outside the known bug:\n" + "\n".join(outside)
    if actual == expected:
        pytest.fail(f"{name}: the known bug is fixed; remove 'known_bug' from {name}.meta.json")
    pytest.xfail(bug["reason"])


def test_every_saved_page_has_meta_and_expected_json() -> None:
    pages = {p.stem for p in PAGES.iterdir() if p.suffix in PAGE_SUFFIXES and not p.name.endswith(CASE_FILES)}
    metas = set(_case_names())
    expected = {p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json")}
    assert pages, f"no saved pages in {PAGES}"
    assert pages == metas == expected, (
        f"pages without meta: {sorted(pages - metas)}, meta without page: {sorted(metas - pages)}, "
        f"missing expected: {sorted(pages - expected)}, expected without page: {sorted(expected - pages)}"
    )


@pytest.mark.parametrize("name", ["article-lishui-classic", "dataproxy-window", "jpaas-unit-first"])
def test_cli_prints_the_golden_json(name: str) -> None:
    meta = _read_json(PAGES / f"{name}.meta.json")
    command = [sys.executable, "-m", "govwatch", CLI_COMMAND[meta["kind"]], str(_page_file(name)), "--url", meta["url"]]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert json.loads(done.stdout.decode("utf-8")) == _read_json(PAGES / f"{name}.expected.json")


def _column_page_cases() -> list[str]:
    """Saved column pages (a column's own …/index.html, not a paging answer): what a probe of a source sees."""
    return [n for n in _case_names() if _read_json(PAGES / f"{n}.meta.json")["kind"] == "list"
            and urlsplit(_read_json(PAGES / f"{n}.meta.json")["url"]).path.endswith("/index.html")]


@pytest.mark.parametrize("name", _column_page_cases())
def test_every_saved_column_page_is_detected_as_its_own_family(name: str) -> None:
    meta = _read_json(PAGES / f"{name}.meta.json")
    found = detect_family(_saved_text(_page_file(name)), meta["url"])
    assert found is not None, f"{name}: no family recognised the column page"
    assert found.family == _read_json(PAGES / f"{name}.expected.json")["family"]
    if column := re.search(r"/col/col(\d+)/", meta["url"]):
        assert found.column_id == column.group(1)


def test_every_family_has_a_saved_column_page() -> None:
    families = {_read_json(PAGES / f"{n}.expected.json")["family"] for n in _column_page_cases()}
    assert families == set(FAMILIES)
