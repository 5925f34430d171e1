"""What the third red-team review of the ingest path found (/work/outside/review-redteam3.md, its numbers in
brackets), each against the real crawl and load on loopback: a notice is never kept in part under status ok, never
lost for a shape the site gives it, and a correction of it is seen."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from scrapers.article import parse_article
from scrapers.crawl import text_digest
from scrapers.demo_site.content import render_article
from scrapers.landing import read_state, write_state

from tests.faults import fault_server as fs
from tests.faults.fault_server import FaultSite, Reply, fault_notice, good_notices
from tests.faults.harness import Pipeline, make_source

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=timezone.utc)


def _pages(notice, texts: list[str], pager) -> dict[str, str]:
    """A notice printed over len(texts) pages, <stem>.html, <stem>_1.html, …, each page with pager(k) (k: the page's
    index from 0) under its text."""
    stem = notice.path.rsplit(".", 1)[0]
    out = {}
    for k, text in enumerate(texts):
        page = render_article(dataclasses.replace(notice, paragraphs=(text,)))
        out[notice.path if k == 0 else f"{stem}_{k}.html"] = page.replace("</body>", pager(k) + "</body>")
    return out


def test_a_notice_printed_over_several_pages_is_stored_whole_and_never_ok_without_a_page(tmp_path):
    """[1] TRS writes the article's own pager, createPageHTML(3, k, "<stem>", "html"), under each page's text: the
    notice is the three pages. A page that cannot be read leaves the run partial and the notice asked again."""
    good = good_notices(2)
    paged = fault_notice(1, good[0], before=good[0])
    stem = paged.path.rsplit("/", 1)[1].rsplit(".", 1)[0]
    texts = ["一、总体要求。本办法规定适用范围。", "二、补助标准。每户补助3000元，申请截止2024年3月31日。", "三、附则。本办法自2024年3月1日起施行。"]
    pages = _pages(paged, texts, lambda k: f'<script>createPageHTML(3, {k}, "{stem}", "html");</script>')
    last = paged.path.rsplit(".", 1)[0] + "_2.html"
    faults = {path: [Reply(200, html)] for path, html in pages.items()}
    faults[last] = fs.status(404) + [Reply(200, pages[last])]
    with FaultSite(good + [paged], faults=faults) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        first = pipeline.run(source, now=T0)
        second = pipeline.run(source, now=T0 + timedelta(hours=1))
    bodies = [b for (b,) in pipeline.q("SELECT body FROM raw.page_versions WHERE url = ? ORDER BY fetched_at",
                                       [site.url(paged.path)])]
    assert first.report.status == "partial" and any("further pages not read" in p for p in first.report.problems)
    assert texts[1] in bodies[0] and texts[2] not in bodies[0]
    assert second.report.status == "ok" and second.report.articles_changed == 1
    assert all(t in bodies[-1] for t in texts) and bodies[-1].index(texts[0]) < bodies[-1].index(texts[2])


def test_a_printed_pager_of_next_page_links_is_followed_page_by_page(tmp_path):
    """[1] 第1页 / 下一页 links to <stem>_N.html, each page naming only the next: all pages are read, once each."""
    good = good_notices(1)
    paged = fault_notice(1, good[0], before=good[0])
    stem = paged.path.rsplit("/", 1)[1].rsplit(".", 1)[0]
    texts = [f"第{k + 1}部分：项目清单第{k * 15 + 1}至{k * 15 + 15}项。" for k in range(4)]
    pages = _pages(paged, texts, lambda k: f"<div class='fenye'>第{k + 1}页 <a href='{stem}.html'>首页</a> "
                                           f"<a href='{stem}_{min(k + 1, 3)}.html'>下一页</a></div>")
    with FaultSite(good + [paged], faults={path: [Reply(200, html)] for path, html in pages.items()}) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
        hits = [site.hits[path] for path in pages]
    body = pipeline.one("SELECT body FROM raw.page_versions WHERE url = ?", [site.url(paged.path)])
    assert run.report.status == "ok" and all(t in body for t in texts)
    assert hits == [1, 1, 1, 1]


def test_a_listed_page_that_only_sends_the_reader_on_is_followed_to_the_notice(tmp_path):
    """[4] A Hanweb 外链 / moved notice answers 200 with a meta refresh (or a script setting location) and nothing of
    its own: the notice it points to is fetched and stored under the listed URL (before: "near-empty page", never
    fetched, partial every night). An article that reloads itself is an article; a refresh to the home page (this
    site's 404) is no notice."""
    good = good_notices(4)
    meta, script, reloads, home = (fault_notice(k, good[0], before=good[0]) for k in range(1, 5))
    refresh = ("<html><head><meta charset='utf-8'><meta http-equiv='Refresh' content=\"0; URL='{0}'\"></head>"
               "<body><p>页面正在跳转，请稍候……如果没有自动跳转，请<a href='{0}'>点击这里</a>。</p></body></html>")
    faults = {meta.path: [Reply(200, refresh.format(good[2].path))],
              script.path: [Reply(200, f"<html><body><script>window.location.href='{good[3].path}';</script>页面跳转中..."
                                       "</body></html>")],
              reloads.path: [Reply(200, render_article(reloads).replace(
                  "<head>", f"<head><meta http-equiv='refresh' content='2;url={reloads.path}'>", 1))],
              home.path: [Reply(200, refresh.format("/"))]}
    with FaultSite(good + [meta, script, reloads, home], faults=faults) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
    titles = dict(pipeline.q("SELECT url, title FROM raw.page_versions"))
    assert titles[site.url(meta.path)] == good[2].title and titles[site.url(script.path)] == good[3].title
    assert titles[site.url(reloads.path)] == reloads.title
    assert site.url(home.path) not in titles
    assert any(site.url(home.path) in p for p in run.report.problems) and run.report.status == "partial"
    assert pipeline.fetches(url=site.url(meta.path))[0][6].startswith("soft redirect (meta refresh) to ")


def test_a_correction_of_the_title_or_doc_number_alone_is_a_new_version(tmp_path):
    """[6] A 更正 that fixes the title or fills the 文号, the text the same (no ETag or Last-Modified): before, the
    version was told by the text alone and the correction never stored. A page stored before this rule is compared on
    its text once, so the rule itself makes no new versions."""
    good = good_notices(2)
    titled, numbered, older = (fault_notice(k, good[0], before=good[0]) for k in range(1, 4))
    corrected = {titled.path: dataclasses.replace(titled, title=titled.title + "（更正）"),
                 numbered.path: dataclasses.replace(numbered, doc_no="丽政发〔2026〕5号")}
    with FaultSite(good + [titled, numbered, older],
                   faults={n.path: [Reply(200, render_article(n))] for n in (titled, numbered, older)}) as site:
        pipeline = Pipeline(tmp_path)
        source = dataclasses.replace(make_source(site.base_url), revalidate_after_days=0)
        pipeline.run(source, now=T0)
        state = read_state(pipeline.landing, source.id)  # as a run before this rule left it: the text's hash
        state[site.url(older.path)] = {**state[site.url(older.path)], "named": None,
                                       "hash": text_digest(parse_article(render_article(older), site.url(older.path)))}
        write_state(pipeline.landing, source.id, state)
        for path, notice in corrected.items():
            site.set_fault(path, [Reply(200, render_article(notice))])
        second = pipeline.run(source, now=T0 + timedelta(days=1))
        third = pipeline.run(source, now=T0 + timedelta(days=2))
    versions = pipeline.q("SELECT url, title, doc_no FROM raw.page_versions ORDER BY url, fetched_at")
    assert second.report.articles_changed == 2 and third.report.articles_changed == 0
    assert (site.url(titled.path), titled.title + "（更正）", titled.doc_no) in versions
    assert (site.url(numbered.path), numbered.title, "丽政发〔2026〕5号") in versions
    assert [v for v in versions if v[0] == site.url(older.path)] == [(site.url(older.path), older.title, older.doc_no)]


def test_a_framed_article_is_stored_with_the_text_of_its_frame(tmp_path):
    """[5] The article template's body holds only <iframe src='/xxgk/content_….html'> (or an untemplated page holds
    nothing but that frame): the notice's text is the frame's (before: stored with an empty body under status ok, or
    refused as near-empty every night). A PDF shown in a frame stays an attachment."""
    good = good_notices(3)
    framed, bare, pdf = (fault_notice(k, good[0], before=good[0]) for k in range(1, 4))
    frame = "<iframe src='{0}' width='100%' height='2000' frameborder='0'></iframe>"
    page = render_article(framed)
    zoom = page.index('<div class="zoom">') + len('<div class="zoom">')
    faults = {framed.path: [Reply(200, page[:zoom] + frame.format(good[1].path) + page[page.index("</div>", zoom):])],
              bare.path: [Reply(200, f"<html><head><meta charset='utf-8'><title>{bare.title}</title></head><body>"
                                     f"<div class='main'>{frame.format(good[2].path)}</div></body></html>")],
              pdf.path: [Reply(200, page[:zoom] + frame.format("/pdfjs/web/viewer.html?file=/P0200.pdf")
                               + page[page.index("</div>", zoom):])]}
    with FaultSite(good + [framed, bare, pdf], faults=faults) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
        pdf_hits = site.hits["/pdfjs/web/viewer.html"]
    rows = {url: (title, body) for url, title, body in pipeline.q("SELECT url, title, body FROM raw.page_versions")}
    expected = parse_article(render_article(good[1]), site.url(good[1].path)).body
    assert rows[site.url(framed.path)] == (framed.title, expected)  # its own title, the frame's text
    assert rows[site.url(bare.path)][1] == parse_article(render_article(good[2]), site.url(good[2].path)).body
    assert rows[site.url(pdf.path)][1] == "" and pdf_hits == 0
    assert run.report.status == "ok"


def test_a_visit_counter_printed_in_the_text_makes_no_new_version(tmp_path):
    """[7] The body container ends with 【字体：大 中 小】 浏览次数：N次 (N grows every visit), no validators: before, every
    revalidation stored a "changed" version. A change of the notice's own numbers is still a new version."""
    good = good_notices(1)
    counted, corrected = (fault_notice(k, good[0], before=good[0]) for k in (1, 2))

    def page(notice, hits: int, amount: int = 2490) -> Reply:
        notice = dataclasses.replace(notice, paragraphs=(*notice.paragraphs, f"月最低工资标准为{amount}元。",
                                                         f"【字体：大 中 小】 浏览次数：{hits}次 【打印本页】"))
        return Reply(200, render_article(notice))
    with FaultSite(good + [counted, corrected], faults={counted.path: [page(counted, 100)],
                                                        corrected.path: [page(corrected, 7)]}) as site:
        pipeline = Pipeline(tmp_path)
        source = dataclasses.replace(make_source(site.base_url), revalidate_after_days=0)
        pipeline.run(source, now=T0)
        for night in (1, 2):
            site.set_fault(counted.path, [page(counted, 100 + 37 * night)])
            site.set_fault(corrected.path, [page(corrected, 7 + night, amount=2490 if night < 2 else 2590)])
            run = pipeline.run(source, now=T0 + timedelta(days=night))
            assert run.report.articles_changed == (night == 2)
    versions = dict(pipeline.q("SELECT url, count(*) FROM raw.page_versions GROUP BY url"))
    assert versions[site.url(counted.path)] == 1 and versions[site.url(corrected.path)] == 2
