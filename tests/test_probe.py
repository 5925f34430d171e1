"""`govwatch probe`: every saved column page is recognised, and the entry it prints is a valid registry entry."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govwatch.probe import ProbeError, probe_page
from scrapers.decoding import decode_body
from scrapers.registry import load_registry

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
REPO = Path(__file__).resolve().parents[1]


def _column_pages():
    for meta_file in sorted(PAGES.glob("*.meta.json")):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        name = meta_file.name.removesuffix(".meta.json")
        page = PAGES / f"{name}.html"
        if meta.get("kind") == "list" and page.exists() and meta.get("family") != "none":
            yield pytest.param(page, meta, id=name)


@pytest.mark.parametrize("page,meta", list(_column_pages()))
def test_probe_prints_an_entry_the_registry_loads(page, meta, tmp_path):
    text, _ = decode_body(page.read_bytes(), None)
    try:
        found = probe_page(text, meta["url"])
    except ProbeError:
        pytest.skip(f"{page.name} is a list answer, not a column page")
    if "family" in meta:
        assert found["family"] == meta["family"]
    registry_file = tmp_path / "sources.toml"
    registry_file.write_text(found["sources_toml"] + "\n", encoding="utf-8")
    source = load_registry(registry_file).sources[0]
    assert source.cms == found["family"] and source.columns[0].id == found["column_id"]
    first_page = re.sub(r"index_\d+\.html$", "index.html", meta["url"].split("?")[0])  # TRS page N → the column
    assert source.column_url(source.columns[0].id) == first_page


def test_probe_of_a_page_of_no_known_family_says_so(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>你好</p></body></html>", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "govwatch", "probe", "--file", str(page), "--url",
                          "http://127.0.0.1/x.html"], capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 2 and "no known CMS family" in run.stderr and not run.stdout


def test_probe_fetches_a_live_column_page_from_the_local_demo_site():
    from scrapers.demo_site.server import DemoSite

    with DemoSite() as site:
        url = f"{site.base_url}/col/col1229430799/index.html"
        run = subprocess.run([sys.executable, "-m", "govwatch", "probe", url, "--json"],
                             capture_output=True, text=True, cwd=REPO, timeout=60)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert found["family"] == "hanweb_classic" and found["column_id"] == "1229430799"
    assert found["announced"] >= found["first_page_items"] > 0
