"""What a red-team review of the ingest path found (/work/outside/review-redteam.md, its numbers in brackets), each
test against the real crawl and load on loopback: the notice is never lost, never replaced by a page that is no
notice, and a run that is not the whole of what was listed is never reported ok."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from scrapers import crawl as crawl_module
from scrapers.demo_site.content import render_article

from tests.faults import fault_server as fs
from tests.faults.fault_server import FaultSite, Reply, fault_notice, good_notices
from tests.faults.harness import Pipeline, make_source

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=timezone.utc)

# a host firewall's own page, served with 200 (安全狗 / 云锁 style): a title, a date (拦截时间), visible text
WAF_PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>网站防火墙</title></head><body><div class='box'>"
            "<h1>网站防火墙</h1><p>您的请求带有不合法参数，已被网站管理员设置拦截！</p><p>可能原因：提交的内容含有危险字符</p>"
            "<p>拦截时间：2026-03-01 02:00:13　拦截地址：/art/x.html</p></div></body></html>")
HOME_PAGE = ("<html><head><meta charset='utf-8'><title>某市人民政府门户网站</title></head><body><div class='nav'>首页 政务公开 "
             "政务服务 互动交流</div><div class='news'><h2>今日要闻</h2><ul><li>2026-03-01 市政府召开常务会议</li>"
             "<li>2026-02-28 全市重点项目集中开工</li></ul></div><p>" + "欢迎访问某市人民政府门户网站。" * 20
             + "</p></body></html>")


def _no_validators(html: str) -> list[Reply]:
    return [Reply(200, html)]  # no ETag, no Last-Modified: the server says nothing of when it changed


def test_a_firewall_block_page_served_with_200_is_never_stored_and_the_notice_comes_next_run(tmp_path):
    good = good_notices(3)
    with FaultSite(good, faults={good[1].path: [Reply(200, WAF_PAGE)]}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        first = pipeline.run(source, now=T0)
        assert site.url(good[1].path) not in pipeline.stored_urls()
        assert first.report.status != "ok" and any("firewall" in p for p in first.report.problems)
        assert pipeline.fetches(url=site.url(good[1].path))[-1][5] == "blocked_challenge"
        site.recover()
        pipeline.run(source, now=T0 + timedelta(hours=1))
    titles = dict(pipeline.q("SELECT url, title FROM raw.page_versions"))
    assert titles[site.url(good[1].path)] == good[1].title and "网站防火墙" not in titles.values()


def test_genuine_notices_that_quote_an_error_phrase_are_stored(tmp_path):
    """A 政府网站抽查通报 (…部分链接页面不存在…), a 核查说明 (相关错误内容已删除) and a hotline notice (如遇系统繁忙) built by the
    CMS as articles are notices; the site's 404 page is still refused."""
    good = good_notices(1)
    quoting = [dataclasses.replace(fault_notice(k, good[0], before=good[0]), paragraphs=(text,))
               for k, text in enumerate(("抽查发现，个别网站存在栏目更新不及时、部分链接页面不存在等问题，请于3月15日前整改。",
                                         "经核查，网民反映的问题属实，相关错误内容已删除，并对责任人进行了批评教育。",
                                         "3月2日0时至6时热线网上平台升级，期间如遇系统繁忙请稍后再试。"))]
    gone = fault_notice(9, good[0], before=good[0])
    with FaultSite(good + quoting + [gone], faults={gone.path: [Reply(200, fs.NOT_FOUND_PAGE)]}) as site:
        pipeline = Pipeline(tmp_path)
        pipeline.run(make_source(site.base_url), now=T0)
    stored = pipeline.stored_urls()
    assert {site.url(n.path) for n in good + quoting} <= stored and site.url(gone.path) not in stored


def test_a_listed_article_redirected_to_the_home_page_is_no_notice(tmp_path):
    good = good_notices(3)
    with FaultSite(good, faults={good[2].path: fs.redirect("/"), "/": [Reply(200, HOME_PAGE)]}) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
    assert site.url(good[2].path) not in pipeline.stored_urls()
    assert run.report.status == "partial" and any("not an article" in p for p in run.report.problems)
    assert "某市人民政府门户网站" not in {t for (t,) in pipeline.q("SELECT title FROM raw.page_versions")}


def test_a_run_cut_by_its_article_budget_is_partial_and_the_rest_comes_next_run(tmp_path):
    good = good_notices(6)
    with FaultSite(good) as site:
        pipeline = Pipeline(tmp_path)
        source = dataclasses.replace(make_source(site.base_url), max_articles_per_run=4)
        first = pipeline.run(source, now=T0)
        assert first.report.articles_new == 4 and first.report.status == "partial"
        assert any("2 listed notices left for the next run" in p for p in first.report.problems)
        message = pipeline.one("SELECT message FROM raw.scrape_runs WHERE run_id = ?", [first.report.run_id])
        assert "left for the next run" in message
        second = pipeline.run(source, now=T0 + timedelta(days=1))
    assert second.report.articles_new == 2 and second.report.status == "ok"
    assert pipeline.stored_urls() == {site.url(n.path) for n in good}


def test_a_page_cut_off_before_its_end_is_stored_and_asked_again_until_it_ends(tmp_path):
    good = good_notices(2)
    whole = render_article(good[0])
    text = good[0].paragraphs[0]
    cut = whole[: whole.index(text) + len(text) // 2]  # the server stopped mid-paragraph, Content-Length and all
    with FaultSite(good, faults={good[0].path: _no_validators(cut)}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        first = pipeline.run(source, now=T0)
        assert first.report.status == "partial" and any("cut off" in p for p in first.report.problems)
        assert site.url(good[0].path) in pipeline.stored_urls()  # what came may be all there is: kept
        site.set_fault(good[0].path, _no_validators(whole))
        second = pipeline.run(source, now=T0 + timedelta(hours=1))
        third = pipeline.run(source, now=T0 + timedelta(hours=2))
    assert second.report.articles_changed == 1 and second.report.status == "ok"
    assert third.report.articles_changed == 0 and third.report.articles_skipped == 1  # settled once whole
    versions = pipeline.one("SELECT count(*) FROM raw.page_versions WHERE url = ?", [site.url(good[0].path)])
    assert versions == 2


def test_an_article_without_validators_is_asked_again_when_due_and_a_correction_is_found(tmp_path):
    good = good_notices(2)
    corrected = dataclasses.replace(good[0], paragraphs=("更正：", *good[0].paragraphs))
    with FaultSite(good, faults={good[0].path: _no_validators(render_article(good[0]))}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        pipeline.run(source, now=T0)
        site.set_fault(good[0].path, _no_validators(render_article(corrected)))
        soon = pipeline.run(source, now=T0 + timedelta(days=1))
        assert soon.report.articles_skipped == 1 and soon.report.articles_changed == 0  # checked a day ago
        due = pipeline.run(source, now=T0 + timedelta(days=source.revalidate_after_days + 1))
    assert due.report.articles_changed == 1
    bodies = [b for (b,) in pipeline.q("SELECT body FROM raw.page_versions WHERE url = ? ORDER BY fetched_at",
                                        [site.url(good[0].path)])]
    assert len(bodies) == 2 and bodies[-1].startswith("更正")


def test_a_column_whose_listing_raises_costs_that_column_not_the_runs_record(tmp_path, monkeypatch):
    """An adapter's bug on one column's answer: the run goes on, its landing file and state are written, the column
    is reported incomplete and the run partial."""
    good = good_notices(3)
    real_adapter = crawl_module.cms.adapter

    class Broken:
        def __init__(self, inner):
            self.inner = inner

        def list_column(self, session, base_url, column_id):
            raise ValueError("Invalid IPv6 URL")

    monkeypatch.setattr(crawl_module.cms, "adapter", lambda family: Broken(real_adapter(family)))
    with FaultSite(good) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
    assert run.report.incomplete_columns == 1 and run.report.status == "failed"
    assert any("listing failed (ValueError: Invalid IPv6 URL)" in p for p in run.report.problems)
    assert pipeline.one("SELECT count(*) FROM raw.scrape_runs") == 1
    assert pipeline.one("SELECT count(*) FROM raw.column_listings WHERE NOT complete") == 1


def _scanned(title: str, image: str) -> str:
    """A notice published as a scanned image only (Lishui article template, its zoom box holding one <img>)."""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title><meta name='ArticleTitle' content='{title}'>"
            f"<meta name='PubDate' content='2026-02-27 09:30'></head><body><div class='xl_con'><div class='xl_title'>"
            f"{title}</div><div class='zoom'><p><img src='{image}' alt=''></p></div></div></body></html>")


def _rescanned(tmp_path, first: str, second: str):
    """A scanned notice stored with image `first`, then served with `second` when it is next due: the due run, the
    pipeline and the notice's URL."""
    good = good_notices(2)
    path = good[0].path
    with FaultSite(good, faults={path: _no_validators(_scanned(good[0].title, first))}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        pipeline.run(source, now=T0)
        site.set_fault(path, _no_validators(_scanned(good[0].title, second)))
        due = pipeline.run(source, now=T0 + timedelta(days=source.revalidate_after_days + 1))
    return due, pipeline, site.url(path)


def test_a_notice_of_images_only_is_stored_with_its_images_and_a_new_scan_is_a_new_version(tmp_path):
    due, pipeline, url = _rescanned(tmp_path, "/picture/scan-1.jpg", "/picture/scan-2.jpg")
    assert due.report.articles_changed == 1
    attachments = [a for (a,) in pipeline.q("SELECT attachments FROM raw.page_versions WHERE url = ? ORDER BY "
                                            "fetched_at", [url])]
    assert len(attachments) == 2 and "scan-1.jpg" in attachments[0] and "scan-2.jpg" in attachments[1]


def test_a_cache_busting_query_on_a_scanned_notices_image_is_no_new_version(tmp_path):
    due, pipeline, url = _rescanned(tmp_path, "/picture/scan.jpg?t=1", "/picture/scan.jpg?t=2")
    assert due.report.articles_changed == 0 and due.report.articles_unchanged == 2  # (the other one: a 304)
    assert pipeline.one("SELECT count(*) FROM raw.page_versions WHERE url = ?", [url]) == 1


def _plain_page(title: str, text: str) -> str:
    """A page in no template the parser knows (no meta tags, no known body box): read by text density alone."""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='top'>首页 | 政务公开</div>"
            f"<div class='c1'><div class='c2'><p>{text}</p></div></div></body></html>")


def test_a_page_that_comes_cut_off_the_same_way_run_after_run_settles_and_the_source_is_ok_again(tmp_path):
    """The same truncated bytes three runs in a row are the page as the site has it: kept, said once as a parse
    note, no longer asked every run nor keeping the source partial every night."""
    good = good_notices(2)
    whole = render_article(good[0])
    text = good[0].paragraphs[0]
    cut = whole[: whole.index(text) + len(text) // 2]
    with FaultSite(good, faults={good[0].path: _no_validators(cut)}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        runs = [pipeline.run(source, now=T0 + timedelta(hours=h)) for h in range(5)]
    assert [r.report.status for r in runs] == ["partial", "partial", "ok", "ok", "ok"]
    assert [r.report.articles_skipped for r in runs][3:] == [1, 1]  # settled: not asked again before it is due
    assert pipeline.one("SELECT count(*) FROM raw.page_versions WHERE url = ?", [site.url(good[0].path)]) == 1


def test_a_site_that_leaves_out_body_and_html_closing_tags_is_not_cut_off(tmp_path):
    """HTML5 lets a page end without </body></html>: such pages end on a tag of their own, are stored once, settle,
    and the run is ok (not partial every night, not downloaded again every night)."""
    good = good_notices(2)
    sloppy = render_article(good[0]).replace("</body>", "").replace("</html>", "").rstrip()
    with FaultSite(good, faults={good[0].path: _no_validators(sloppy)}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        first = pipeline.run(source, now=T0)
        second = pipeline.run(source, now=T0 + timedelta(hours=1))
    assert first.report.status == "ok" and site.url(good[0].path) in pipeline.stored_urls()
    assert second.report.status == "ok" and second.report.articles_skipped == 1


def test_a_notice_url_answered_with_the_home_page_is_no_notice_but_an_untemplated_notice_is(tmp_path):
    good = good_notices(3)
    own = _plain_page(good[1].title, "；".join(good[1].paragraphs) + "。" + "请各单位认真贯彻落实。" * 10)
    with FaultSite(good, faults={good[2].path: [Reply(200, HOME_PAGE)], good[1].path: [Reply(200, own)]}) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
    stored = pipeline.stored_urls()
    assert site.url(good[2].path) not in stored and site.url(good[1].path) in stored
    assert run.report.status == "partial" and any("not the listed notice" in p for p in run.report.problems)


def test_redirects_to_an_articles_new_address_are_followed_but_a_columns_directory_is_no_notice(tmp_path):
    """A site moving to JPaaS sends /art/… to /col/colN/art/…: that is the notice. A withdrawn one sent to a column's
    directory (/tzgg/) is not."""
    good = good_notices(3)
    moved = f"/col/col{fs.COLUMN}/art/2026/art_0f3c2a.html"
    faults = {good[0].path: fs.redirect(moved), moved: [Reply(200, render_article(good[0]))],
              good[1].path: fs.redirect("/tzgg/"), "/tzgg/": [Reply(200, HOME_PAGE.replace("今日要闻", "通知公告"))]}
    with FaultSite(good, faults=faults) as site:
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url), now=T0)
    stored = pipeline.stored_urls()
    assert site.url(good[0].path) in stored and site.url(good[1].path) not in stored
    assert any("redirected to" in p and "/tzgg/" in p for p in run.report.problems)
