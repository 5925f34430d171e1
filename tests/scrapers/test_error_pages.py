"""Error pages are recognised by what they are, never by length: short genuine notices are kept."""
from pathlib import Path

import pytest

from scrapers.detect import error_page_reason, has_article_structure, visible_text
from scrapers.article import parse_article

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "error_pages"
ERRORS = ["hanweb-404-served-200.html", "deleted-notice.html", "empty-article-template.html"]
NOTICES = ["one-sentence-notice.html", "one-line-no-table.html"]
SAVED_SHORT = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "article-short-notice.html"


@pytest.mark.parametrize("name", ERRORS)
def test_error_pages_are_error_pages(name):
    reason = error_page_reason((PAGES / name).read_text(encoding="utf-8"))
    assert reason, name


@pytest.mark.parametrize("name", NOTICES)
def test_short_genuine_notices_are_notices_and_parse(name):
    html = (PAGES / name).read_text(encoding="utf-8")
    assert len(visible_text(html)) < 200  # shorter than the old length floor that threw them away
    assert has_article_structure(html) and error_page_reason(html) is None
    article = parse_article(html, f"http://127.0.0.1/{name}")
    assert article.title and article.published and article.body


def test_the_saved_real_size_short_notice_is_a_notice():
    if not SAVED_SHORT.exists():
        pytest.skip("no saved short notice page")
    assert error_page_reason(SAVED_SHORT.read_text(encoding="utf-8")) is None


def test_a_genuine_notice_that_mentions_a_deletion_in_its_long_body_is_kept():
    body = "".join(f"<p>第{i}条 各地要按规定做好信息公开，相关页面不存在问题的应当及时整改。</p>" for i in range(150))
    html = f"<html><head><title>关于规范政府网站的通知</title></head><body><h1>关于规范政府网站的通知</h1>{body}</body></html>"
    assert error_page_reason(html) is None  # markers count in the body only on short pages
