"""Article parsing: pages/s of scrapers.article.parse_article on real-size pages, against the floor (lxml
building the tree of the same bytes) and a peer (trafilatura.extract with metadata)."""
from __future__ import annotations

import os
import time
from pathlib import Path

from scrapers.article import parse_article
from scrapers.demo_site.content import load_notices, render_article
from scrapers.demo_site.server import ARTICLE_TEMPLATES
from tests.benchmarks.figures import Figure

SHARED = Path(os.environ.get("GOVWATCH_SHARED") or Path(__file__).resolve().parents[3] / "shared")
REAL_URL = "http://www.lishui.gov.cn/art/2023/10/23/art_1229283449_2493752.html"
DEMO_URL = "http://127.0.0.1:8765"


def real_pages() -> list[tuple[str, bytes]]:
    """The byte-exact www.lishui.gov.cn article(s) of ../shared, when present."""
    return [(REAL_URL, p.read_bytes()) for p in sorted((SHARED / "fixtures" / "pages").glob("*.html"))]


def demo_pages() -> list[tuple[str, bytes]]:
    """Every demo notice as its CMS family's article page renders it (~40 KB of site chrome each)."""
    return [(DEMO_URL + n.path, ARTICLE_TEMPLATES.get(n.family, render_article)(n).encode("utf-8"))
            for n in load_notices(columns=None)]


def pages_per_second(parse, pages: list[tuple[str, bytes]], min_seconds: float) -> float:
    parse(*pages[0])  # warm caches and imports
    done, started = 0, time.perf_counter()
    while True:
        for url, raw in pages:
            parse(url, raw)
        done += len(pages)
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return done / elapsed


def _ours(url: str, raw: bytes):
    return parse_article(raw.decode("utf-8"), url)


def _floor(url: str, raw: bytes):
    import lxml.html

    return lxml.html.fromstring(raw)


def _peer():
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(url: str, raw: bytes):
        return trafilatura.extract(raw.decode("utf-8"), url=url, with_metadata=True, output_format="json")

    return extract


def figures(quick: bool) -> list[Figure]:
    seconds = 1.0 if quick else 3.0
    peer = _peer()
    out = []
    for label, pages in [("real lishui page", real_pages()), ("demo pages", demo_pages())]:
        if not pages:
            out += [Figure("parsing", f"{label}: vs {what}", None, "pages/s", note="../shared absent")
                    for what in ("peer", "floor")]
            continue
        kb = sum(len(raw) for _, raw in pages) / len(pages) / 1024
        ours = pages_per_second(_ours, pages, seconds)
        floor = pages_per_second(_floor, pages, seconds)
        note = f"{len(pages)} pages, {kb:.0f} KB each on average"
        if peer is None:
            out.append(Figure("parsing", f"{label}: vs peer", ours, "pages/s", None, "trafilatura unavailable",
                              ">=", 5, note=note))
        else:
            out.append(Figure("parsing", f"{label}: vs peer", ours, "pages/s",
                              pages_per_second(peer, pages, seconds), "trafilatura", ">=", 5, note=note))
        out.append(Figure("parsing", f"{label}: vs floor", ours, "pages/s", floor, "lxml.html.fromstring",
                          ">=", 0.2, note="within 5x of the floor: ratio >= 0.2"))
    return out
