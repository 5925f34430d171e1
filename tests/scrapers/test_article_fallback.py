"""Article fields on every template, and which rule found them (Article.found_by).

Each case starts from a saved page in tests/fixtures/pages and takes away what the preferred rule reads
(a meta tag, a label, a known body container): the next rule must find the same value, and say so.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scrapers.article import LABELS, parse_article
from scrapers.decoding import decode_body
from scrapers.detect import error_page_reason

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def saved(name: str) -> tuple[str, str, dict]:
    """(page text, URL, golden JSON) of a saved article page."""
    url = json.loads((PAGES / f"{name}.meta.json").read_text(encoding="utf-8"))["url"]
    golden = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return decode_body((PAGES / f"{name}.html").read_bytes(), None)[0], url, golden


def without(text: str, *patterns: str) -> str:
    """The page with each regex removed (each must be there: the case would test nothing otherwise)."""
    for pattern in patterns:
        text, n = re.subn(pattern, "", text, flags=re.I | re.S)
        assert n, f"{pattern!r} is not in the page"
    return text


META = r'<meta name="?{}"?\s*content=[^>]*>'


@pytest.mark.parametrize("name, title, published, body", [
    ("article-lishui-classic", "meta:ArticleTitle", "meta:PubDate", "selector:div.zoom"),
    ("article-jpaas", "meta:ArticleTitle", "meta:PubDate", "selector:div#zoom"),
    ("article-county-trs", "selector:.article-title", "label:发布日期", "selector:div.TRS_Editor"),
    ("article-no-meta", "selector:h1", "label:发布日期", "selector:td.bt_content"),
    ("article-trs-govcn", "label:标题", "meta:firstpublishedtime", "selector:#UCAP-CONTENT"),
    ("article-trs-ministry", "meta:ArticleTitle", "meta:PubDate", "selector:div.TRS_Editor"),
    ("article-generic-unknown-template", "selector:title", "label:发布时间", "density"),
    ("article-short-notice", "selector:h1", "label:发布时间", "density"),
])
def test_found_by_names_the_rule_on_each_template(name, title, published, body):
    text, url, golden = saved(name)
    found_by = parse_article(text, url).found_by
    assert (found_by["title"], found_by["published"], found_by["body"]) == (title, published, body)
    assert set(found_by) == {k for k, v in golden.items() if v and k not in ("url", "attachments", "found_by")}


@pytest.mark.parametrize("name, removed, field, rule", [
    # meta tags gone: the template's own title and date lines give the same values
    ("article-jpaas", [META.format("articletitle")], "title", "selector:p.con-title"),
    ("article-jpaas", [META.format("PubDate")], "published", "label:发布日期"),
    ("article-jpaas", [META.format("ContentSource")], "source", "label:信息来源"),
    ("article-lishui-classic", [META.format("ArticleTitle")], "title", "selector:div.xl_title"),
    ("article-lishui-classic", [META.format("PubDate")], "published", "label:发布时间"),
    ("article-trs-govcn", [META.format("firstpublishedtime")], "published", "label:发布日期"),
    # no date in meta tags or labels: the URL, in both article URL schemes
    ("article-trs-ministry", [META.format("PubDate"), r'<table class="xxgk_tab".*?</table>'], "published",
     "url:tYYYYMMDD"),
    ("article-county-trs", [r"<span>发布日期：2021-03-05</span>"], "published", "url:/art/YYYY/M/D/"),
    # the gov.cn container gone: the TRS editor's own div inside it
    ("article-trs-govcn", [r' id="UCAP-CONTENT"'], "body", "selector:div.TRS_UEDITOR"),
])
def test_the_next_rule_finds_the_same_value(name, removed, field, rule):
    text, url, golden = saved(name)
    article = parse_article(without(text, *removed), url)
    assert article.to_json()[field] == golden[field] and article.found_by[field] == rule


def test_a_year_in_the_url_is_not_a_date():
    """JPaaS article URLs carry /art/YYYY/ only: with no date on the page, published stays empty."""
    text, url, _ = saved("article-jpaas")
    article = parse_article(without(text, META.format("PubDate"), r"<span>发布日期：[^<]*</span>",
                                    r"<td[^>]*>生成日期：</td>\s*<td>[^<]*</td>"), url)
    assert "/art/2024/" in url and article.published is None and "published" not in article.found_by


@pytest.mark.parametrize("name, container", [
    ("article-lishui-classic", r'class="zoom"'),
    ("article-jpaas", r'id="zoom" class="main-txt"'),
    ("article-county-trs", r'class="TRS_Editor"'),
])
def test_without_a_known_container_the_densest_block_is_the_same_body(name, container):
    text, url, golden = saved(name)
    article = parse_article(text.replace(re.search(container, text).group(0), 'class="unknown-box"'), url)
    assert article.found_by["body"] == "density" and article.body == golden["body"]


def test_a_layout_wrapper_holding_the_title_is_not_the_body():
    """div.content is a body container on some county sites and the page layout on others (it holds the title)."""
    text, url, golden = saved("article-short-notice")
    assert '<div class="w1200 content clearfix">' in text and '<div class="article">' in text
    article = parse_article(text, url)
    assert article.body == golden["body"] and "当前位置" not in article.body and "最新公告" not in article.body


def test_a_short_notice_in_full_page_chrome_is_an_article():
    text, url, _ = saved("article-short-notice")
    assert len(text.encode("utf-8")) > 40_000  # the notice is one sentence in a full portal page
    article = parse_article(text, url)
    assert (article.title, article.published_at, article.source) == (
        "关于城南片区3月13日临时停水的通知", "2024-03-11 16:20", "市水务集团")
    assert article.body == ("因城南水厂出厂主管道维修，3月13日（星期三）8:00至20:00城南片区将暂停供水，"
                            "请沿线单位和居民提前做好储水准备。")
    assert error_page_reason(text) is None  # nor does the fetch-time sanity check take it for an error page


def test_a_short_notice_without_chrome_is_still_an_article():
    text, url, _ = saved("article-short-notice")
    block = re.search(r'<div class="article">.*?<div class="art-tools">', text, re.S).group(0)
    article = parse_article(f"<html><body>{block}</div></body></html>", url)
    assert article.title and article.published == "2024-03-11" and article.body.count("。") == 1


@pytest.mark.parametrize("label", [
    "文件编号：", "文号：", "发文字号：", "文 件 编 号：", "<b>发文字号：</b>", "文<i style=\"padding-left:1em\"></i>号",
])
def test_doc_number_synonyms_and_spellings_give_one_field(label):
    text, url, golden = saved("article-jpaas")
    page = text.replace('<td class="xxgk-name">文件编号：</td>', f'<td class="xxgk-name">{label}</td>')
    article = parse_article(page, url)
    assert article.doc_no == golden["doc_no"] == "浙发改投资〔2024〕98号"
    assert article.found_by["doc_no"] == "label:" + re.sub(r"<[^>]*>|[\s：]", "", label)


@pytest.mark.parametrize("ours, theirs", [("生成日期", "成文日期"), ("发布机构", "发文机关"), ("组配分类", "主题分类"),
                                          ("发布机构", "发布机关"), ("文件编号", "发文字号")])
def test_synonym_labels_map_to_the_same_field(ours, theirs):
    text, url, golden = saved("article-jpaas")
    article = parse_article(text.replace(f">{ours}：<", f">{theirs}：<"), url)
    key = LABELS[ours]
    assert LABELS[theirs] == key and article.to_json()[key] == golden[key]
    assert article.found_by[key] == f"label:{theirs}"


def test_labels_written_as_lines_give_the_same_fields_as_label_cells():
    """<li><span>发文字号</span>：value</li> lists instead of a label table."""
    text, url, golden = saved("article-jpaas")
    table = re.search(r'<table class="xxgktab".*?</table>', text, re.S).group(0)
    pairs = re.findall(r'<td class="xxgk-name"[^>]*>([^<]+)</td>\s*<td[^>]*>([^<]*)</td>', table)
    lines = "".join(f"<li><span>{label.rstrip('：')}</span>：{value}</li>" for label, value in pairs)
    article = parse_article(text.replace(table, f'<ul class="xxgk-list">{lines}</ul>'), url)
    for key in ("index_no", "doc_no", "category", "publisher", "written_date"):
        assert article.to_json()[key] == golden[key], key


def test_a_lone_label_header_in_a_body_table_is_not_metadata():
    text, url, _ = saved("article-county-trs")
    page = text.replace("<td>建设单位</td>", "<td>分类</td>")  # a header cell that happens to be a label
    assert parse_article(page, url).category is None
