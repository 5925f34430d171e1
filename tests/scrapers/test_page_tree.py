"""The article parser reads pages through scrapers.page_tree (lxml); it must read them exactly as
BeautifulSoup(text, "lxml") does, on every saved page, every demo article page and damaged copies of them:
the same elements in the same order, the same text strings in the same elements, the same get_text() of every
element and the same first match of every selector the parser uses."""
from __future__ import annotations

import random
import re
import warnings
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, NavigableString, XMLParsedAsHTMLWarning

from scrapers.article import BODY_SELECTORS, TITLE_SELECTORS, parse_article
from scrapers.decoding import decode_body
from scrapers.demo_site.content import load_notices, render_article
from scrapers.demo_site.server import ARTICLE_TEMPLATES
from scrapers.page_tree import PageTree
from tests.conftest import SHARED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SELECTORS = [*BODY_SELECTORS, *TITLE_SELECTORS, "h1", "title"]
# Broken markup real sites serve: unclosed and stray tags, comments and CDATA cut short, bare entities, control
# characters, a second <!DOCTYPE> or <html>, raw-text elements, ruby text, a BOM.
DAMAGE = ["<div>", "</div>", "<p>", "</p>", "<br>", "</br>", "<td>", "</td>", "<tr>", "<table>", "</table>",
          "<!--", "-->", "<!-- x -->", "<![CDATA[x]]>", '<?xml version="1.0"?>', "&nbsp;", "&amp", "&#x4e2d;",
          "&bogus;", "\x00", "\r", "\r\n", "\x0b", "\x0c", "<", ">", '"', "'", "<script>", "</script>", "<style>",
          "<template>", "</template>", "<ruby>", "<rt>", "<pre>", "</pre>", "<textarea>", "<html>", "</html>",
          "<body>", "</body>", "<head>", '<meta charset="gbk">', '<a href="x.pdf">', "</a>", "<span>", "</span>",
          "<!DOCTYPE html>", "<!doctype html>", "<svg><p>", "<noscript>", "<select><option>", "<title>", "<h1>",
          '<img src="x">', "\ufeff", "\u3000", "\xa0", "发布时间：", "索 引 号", "，。", " ", "\n"]
DAMAGED_COPIES = 60


def saved_pages() -> list[tuple[str, str]]:
    files = sorted((FIXTURES / "pages").glob("*.html")) + sorted((FIXTURES / "error_pages").glob("*.html"))
    files += sorted((SHARED / "fixtures" / "pages").glob("*.html"))
    return [(f.name, decode_body(f.read_bytes(), None)[0]) for f in files]


def demo_pages() -> list[tuple[str, str]]:
    return [(n.path, ARTICLE_TEMPLATES.get(n.family, render_article)(n)) for n in load_notices(columns=None)]


def damaged(pages: list[tuple[str, str]], count: int, seed: int = 9) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    out = []
    for i in range(count):
        name, text = rnd.choice(pages)
        if i % 3 == 0:  # a fragment: the parser meets the damage without the page's head
            start = rnd.randrange(len(text))
            text = text[start:start + rnd.randint(0, 3000)]
        for _ in range(rnd.randint(1, 12)):
            at = rnd.randrange(len(text) + 1)
            action = rnd.random()
            if action < 0.55:
                text = text[:at] + rnd.choice(DAMAGE) + text[at:]
            elif action < 0.85:
                text = text[:at] + text[at + rnd.randint(1, 50):]
            elif action < 0.92:
                text = text[:at]
            else:
                other = rnd.randrange(len(text) + 1)
                text = text[:at] + text[other:other + 200] + text[at:]
        out.append((f"{name} damaged #{i}", text))
    return out


def bs4_reading(text: str) -> dict:
    """What the old parser saw: elements, text strings (bs4 type NavigableString) and get_text() of each element."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "lxml")
    tags = soup.find_all(True)
    index = {id(tag): i for i, tag in enumerate(tags)}
    return {
        "elements": [(t.name, {k: " ".join(v) if isinstance(v, list) else v for k, v in t.attrs.items()})
                     for t in tags],
        # outside <html> bs4 keeps the newline after </html>, lxml has no place for it; no text is there
        "strings": [(_spaces_as_bs4(str(s)), index.get(id(s.parent))) for s in soup.find_all(string=True)
                    if type(s) is NavigableString and (s.parent is not soup or s.strip())],
        "texts": [" ".join(t.get_text(" ", strip=True).split()) for t in tags],
        "selected": [index[id(n)] if (n := soup.select_one(css)) is not None else None for css in SELECTORS],
        "title": index.get(id(soup.title)),
    }


def lxml_reading(text: str) -> dict:
    page = PageTree(text)
    elements = page.elements()
    index = {e: i for i, e in enumerate(elements)}
    return {
        "elements": [(e.tag, {k: " ".join(_NON_SPACE.findall(v)) if k in _LIST_VALUED.get(e.tag, ()) + _LIST_VALUED["*"] + ("class",)
                              else v for k, v in e.attrib.items()}) for e in elements],
        "strings": [(_spaces_as_bs4(s), index.get(parent)) for s, parent in page.strings()
                    if parent in index or s.strip()],
        "texts": [page.text_of(e) for e in elements],
        "selected": [index[n] if (n := page.select_first(css)) is not None else None for css in SELECTORS],
        "title": index.get(next(iter(page.find_all("//title")), None)),
    }


# Attributes bs4 splits into lists of words (bs4.builder.HTMLTreeBuilder.DEFAULT_CDATA_LIST_ATTRIBUTES).
_LIST_VALUED = {"*": ("accesskey", "dropzone"), "a": ("rel", "rev"), "link": ("rel", "rev"), "td": ("headers",),
                "th": ("headers",), "form": ("accept-charset",), "object": ("archive",), "area": ("rel",),
                "icon": ("sizes",), "iframe": ("sandbox",), "output": ("for",)}
_NON_SPACE = re.compile(r"\S+")


def _spaces_as_bs4(string: str) -> str:
    """bs4 stores a string of ASCII spaces as one space or newline; nothing the parser does depends on which."""
    if string.strip(" \n\t\f\r"):
        return string
    return "\n" if "\n" in string else " "


def test_the_pages_are_many_and_of_every_kind():
    assert len(saved_pages()) >= 20 and len(demo_pages()) >= 100


@pytest.mark.parametrize("name, text", saved_pages() + demo_pages() + damaged(saved_pages() + demo_pages(),
                                                                               DAMAGED_COPIES))
def test_page_tree_reads_the_page_as_beautifulsoup_does(name, text):
    assert lxml_reading(text) == bs4_reading(text)


def test_a_doctype_inside_the_page_splits_the_text_around_it():
    """lxml's tree drops it and joins the two texts; bs4 keeps them apart, and so does PageTree (also around a
    control character, which lxml's tree holds but will not take back through its API)."""
    text = "<html><body><p>发布时间\x0b<!DOCTYPE html>：2024-01-01</p><p>正文，一段话。</p></body></html>"
    page = PageTree(text)
    assert [s for s, _ in page.strings()] == ["发布时间\x0b", "：2024-01-01", "正文，一段话。"]
    assert page.text_of(page.select_first("p")) == "发布时间 ：2024-01-01"
    assert lxml_reading(text) == bs4_reading(text)


def test_a_page_nested_deeper_than_lxml_builds_is_read_whole():
    """Word exports leave thousands of tags unclosed; lxml's tree stops at 2047 levels and drops the rest of the
    page, bs4's does not: PageTree builds such a page from the parser's events, as bs4 does."""
    text = ('<html><head><title>嵌套很深的页面</title></head><body><div class="zoom"><p>第一段，正文。</p>'
            + '<font face="宋体">深' * 3000 + "</div><p>发布时间：2024-02-27</p><!DOCTYPE html>尾</body></html>")
    assert lxml_reading(text) == bs4_reading(text)
    article = parse_article(text, "http://127.0.0.1/deep.html")
    assert article.body.count("深") == 3000 and article.published == "2024-02-27"


def test_selectors_do_not_look_into_a_template_but_find_all_does():
    """soupsieve (bs4's select_one) leaves a <template>'s content alone; bs4's find_all reads it."""
    text = ('<html><head></head><body><template><div class="zoom"><p>模板里的正文，不算。</p></div><title>模板标题</title>'
            '</template><div class="article"><p>真正的正文，一段话。</p></div></body></html>')
    assert lxml_reading(text) == bs4_reading(text)
    page = PageTree(text)
    assert page.select_first("div.zoom") is None and page.find_all("//title")
    assert page.select_first("div.zoom", page.select_first("template")) is not None


def test_script_style_template_and_ruby_text_is_not_text():
    text = ("<html><head><style>p{}</style></head><body><div id=a>一<script>var x;</script>二"
            "<template><p>模板</p></template><ruby>三<rt>sān</rt></ruby></div></body></html>")
    page = PageTree(text)
    assert [s for s, _ in page.strings()] == ["一", "二", "三"]
    assert page.text_of(page.select_first("#a")) == "一 二 三"
    assert lxml_reading(text) == bs4_reading(text)


@pytest.mark.parametrize("text", ["", " \n", "\ufeff", "<!-- 只有注释 -->", "abc"])
def test_a_page_without_a_body_is_an_article_parse_error(text):
    from scrapers.article import ArticleParseError

    with pytest.raises(ArticleParseError, match="no article body found"):
        parse_article(text, "http://127.0.0.1/empty.html")


def test_text_lxml_cannot_encode_fails_as_it_did_with_bs4():
    """A lone surrogate (never produced by scrapers.decoding) is refused by lxml under both."""
    text = "<html><body><p>正文\ud800</p></body></html>"
    with pytest.raises(UnicodeEncodeError):
        BeautifulSoup(text, "lxml")
    with pytest.raises(UnicodeEncodeError):
        parse_article(text, "http://127.0.0.1/bad.html")


def test_bytes_are_refused_with_a_pointer_to_the_decoder():
    """Pages are decoded by scrapers.decoding (GB labels read as GB18030, stale Latin-1 labels ignored); the
    parser never guesses a charset of its own."""
    with pytest.raises(TypeError, match="decode_body"):
        parse_article("<p>正文，一段话。</p>".encode("gb18030"), "http://127.0.0.1/gbk.html")
