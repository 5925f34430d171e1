"""A night reads each column newest first only until records already held, once the column has been read whole:
list requests follow what is new, not the size of the column. Every CMS family of the demo site; a new notice is
found; the whole list is read again after `relist_after_days`, and whenever the last reading fell short."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from scrapers.crawl import crawl_source
from scrapers.demo_site.server import DemoSite
from scrapers.landing import list_landing_files, read_landing_file
from scrapers.registry import load_registry

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=timezone.utc)


def _source(site, monkeypatch, source_id, **settings):
    monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
    return dataclasses.replace(load_registry().get(source_id), **settings)


def _listings(root, source_id):
    """The column_listing records of the source's latest landing file."""
    latest = [p for p in list_landing_files(root) if p.parent.name == source_id][-1]
    return {r["column_id"]: r for r in read_landing_file(latest) if r["type"] == "column_listing"}


def _list_requests(site, before):
    return [p for _, p in site.requests[before:] if "/art/" not in p and "/art_" not in p and "robots" not in p]


def _add_newest(site, column_id):
    """A new notice at the top of a column (published after every other), as a site adds one overnight."""
    family = column_id in site.by_family_column
    notices = site.by_family_column[column_id] if family else site.by_column[column_id]
    newest = dataclasses.replace(notices[0], art_id=notices[0].art_id + 900_000,
                                 published=(datetime.strptime(notices[0].published, "%Y-%m-%d %H:%M")
                                            + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
                                 title=notices[0].title + "（续）")
    notices.insert(0, newest)
    site.by_path[newest.path] = newest
    (site.family_notices if family else site.notices).insert(0, newest)
    return newest


@pytest.mark.parametrize("source_id", ["demo", "demo_web", "demo_jpaas", "demo_trs"])
def test_a_night_reads_lists_only_until_known_records(tmp_path, monkeypatch, source_id):
    with DemoSite() as site:
        source = _source(site, monkeypatch, source_id)
        before = len(site.requests)
        first = crawl_source(source, tmp_path, now=T0)
        whole_requests = len(_list_requests(site, before))
        whole = _listings(tmp_path, source_id)
        assert first.status == "ok" and all(c["complete"] for c in whole.values())
        paged = [c for c, r in whole.items() if (r["announced_pages"] or 1) > 1]
        assert paged, "the demo source has a column of several pages"

        before = len(site.requests)
        night = crawl_source(source, tmp_path, now=T0 + timedelta(days=1))
        night_requests = len(_list_requests(site, before))
        listings = _listings(tmp_path, source_id)
        assert night.status == "ok" and night.incomplete_columns == 0 and not night.problems
        for column in paged:  # read until records already held: caught up, not read whole, nothing short
            assert listings[column]["caught_up"] and not listings[column]["complete"]
            assert listings[column]["shortfall"] in (0, None) and listings[column]["reason"] is None
            assert listings[column]["items"] < whole[column]["items"]
        assert night_requests < whole_requests
        assert night.articles_new == 0 and night.items_listed < first.items_listed

        # A notice added at the top of the longest column is listed and downloaded the next night.
        column = max(paged, key=lambda c: whole[c]["items"])
        newest = _add_newest(site, column)
        night2 = crawl_source(source, tmp_path, now=T0 + timedelta(days=2))
        assert night2.articles_new == 1 and night2.status == "ok"
        assert any(newest.path in p for _, p in site.requests)

        # After relist_after_days, the whole list again: complete, and what tells a notice left the list.
        crawl_source(source, tmp_path, now=T0 + timedelta(days=9))
        assert all(r["complete"] for r in _listings(tmp_path, source_id).values())


def test_a_reading_that_fell_short_is_read_whole_next_time(tmp_path, monkeypatch):
    """The article budget stopped the first run before every listed article was attempted: the next run lists the
    column whole again (a caught-up reading would never reach the older records left behind) until all are held."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo", max_articles_per_run=20)
        n = len(site.notices)
        held, runs = 0, 0
        while held < n and runs < 12:
            report = crawl_source(source, tmp_path, now=T0 + timedelta(days=runs))
            held, runs = held + report.articles_new, runs + 1
        # 20 a run, newest first: a column whose newest records were held would otherwise stop at its first page
        assert held == n and runs == -(-n // 20)
        after = crawl_source(source, tmp_path, now=T0 + timedelta(days=runs))
        assert after.articles_new == 0 and any(r["caught_up"] for r in _listings(tmp_path, "demo").values())


def test_relist_after_days_zero_reads_every_list_whole(tmp_path, monkeypatch):
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo", relist_after_days=0)
        crawl_source(source, tmp_path, now=T0)
        crawl_source(source, tmp_path, now=T0 + timedelta(hours=1))
        assert all(r["complete"] and not r["caught_up"] for r in _listings(tmp_path, "demo").values())


def test_a_column_listed_oldest_first_is_read_whole_every_run(tmp_path, monkeypatch):
    """A caught-up reading assumes new records at the top. A column whose whole reading shows it oldest first is read
    whole on every run, so a new notice at its end is found the next night, not a week later."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo")
        column = max(site.by_column, key=lambda c: len(site.by_column[c]))
        site.by_column[column].reverse()  # oldest first
        crawl_source(source, tmp_path, now=T0)
        newest = _add_newest(site, column)
        site.by_column[column].append(site.by_column[column].pop(0))  # a new record at the end of the list
        night = crawl_source(source, tmp_path, now=T0 + timedelta(days=1))
        listing = _listings(tmp_path, "demo")[column]
        assert night.articles_new == 1 and any(newest.path in p for _, p in site.requests)
        assert listing["complete"] and not listing["caught_up"]


def test_newest_first_tolerates_pinned_records_and_undated_lists():
    from scrapers.crawl import newest_first
    from scrapers.listing import ListItem

    def items(*dates):
        return [ListItem(url=f"http://x/{i}", title="t", date=d) for i, d in enumerate(dates)]

    pinned = items("2019-01-01", *(f"2025-{m:02d}-01" for m in range(12, 0, -1)))
    assert newest_first(pinned) and newest_first(items(None, None)) and newest_first([])
    assert not newest_first(items(*(f"2025-{m:02d}-01" for m in range(1, 13))))


# ---- review of the caught-up readings and the revalidation budget (reproductions turned into tests)


def test_a_caught_up_listing_of_a_column_with_no_announced_total_is_never_complete(tmp_path, monkeypatch):
    """A TRS pager with no record count announces no total. Reading only the first page of known records must not
    pass for a whole reading: nothing is marked unlisted, the next week's reading is whole, a backdated notice on
    the last page is found then."""
    import re

    from scrapers.demo_site import templates_trs
    from warehouse.db import open_warehouse
    from warehouse.load import load_landing

    original = templates_trs.render_list_page
    monkeypatch.setattr(templates_trs, "render_list_page", lambda *a, **k: re.sub(
        r'<span class="page-total">[^<]*</span>', "", original(*a, **k)))
    con = open_warehouse(tmp_path / "w.duckdb")
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo_trs")
        column = source.columns[0].id
        crawl_source(source, tmp_path / "landing", now=T0)
        assert _listings(tmp_path / "landing", "demo_trs")[column]["total"] is None  # no count announced
        notices = site.by_family_column[column]
        old = notices[-1]
        back = dataclasses.replace(old, art_id=old.art_id + 777_000, title=old.title + "（补发）")
        notices.insert(len(notices) - 1, back)
        site.by_path[back.path] = back
        for day in range(1, 8):
            crawl_source(source, tmp_path / "landing", now=T0 + timedelta(days=day))
            load_landing(con, tmp_path / "landing")
            listing = _listings(tmp_path / "landing", "demo_trs")[column]
            if day < 7:
                assert listing["caught_up"] and not listing["complete"]
        assert con.execute("SELECT count(*) FROM raw.unlisted_pages").fetchone()[0] == 0
        assert listing["complete"] and any(back.path in p for _, p in site.requests)  # the week's whole reading


def test_a_clock_that_ran_ahead_does_not_hold_columns_caught_up(tmp_path, monkeypatch):
    """One run with the clock 30 days ahead stamps its whole readings and checks in the future; the runs after it
    (the clock put right) take those as no reading at all, not as fresh ones."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo")
        crawl_source(source, tmp_path, now=T0 + timedelta(days=30))
        night = crawl_source(source, tmp_path, now=T0 + timedelta(days=1))
        assert all(r["complete"] for r in _listings(tmp_path, "demo").values())  # read whole again
        # and its checks stamped in the future count as none: every listed article is due again
        assert night.articles_deferred == 0 and night.articles_unchanged == night.items_listed


def test_the_revalidation_budget_is_shared_by_the_columns(tmp_path, monkeypatch):
    """A long first column does not take the whole budget every run: each column gets its share of what is left."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo", max_revalidations_per_run=3, relist_after_days=0)
        column_of = {n.path: c for c, ns in site.by_column.items() for n in ns}
        crawl_source(source, tmp_path, now=T0)
        before = len(site.requests)
        crawl_source(source, tmp_path, now=T0 + timedelta(days=8))
        asked = {column_of[p] for _, p in site.requests[before:] if p in column_of}
        assert asked == set(site.by_column)  # one from each of the three columns


def test_an_article_that_failed_is_asked_again_the_next_night(tmp_path, monkeypatch):
    """A caught-up night stops before the page of an article whose fetch failed; it is asked again anyway, the next
    night, as before caught-up readings."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo_trs")
        victim = site.by_family_column[source.columns[0].id][12]  # on page 2
        saved = site.by_path.pop(victim.path)  # 404 on the first run
        first = crawl_source(source, tmp_path, now=T0)
        assert first.status == "partial"
        site.by_path[victim.path] = saved  # the site recovers
        night = crawl_source(source, tmp_path, now=T0 + timedelta(days=1))
        assert night.articles_new == 1 and night.status == "ok"
        assert _listings(tmp_path, "demo_trs")[source.columns[0].id]["caught_up"]
        before = len(site.requests)
        after = crawl_source(source, tmp_path, now=T0 + timedelta(days=2))
        assert after.articles_new == 0 and not any(victim.path in p for _, p in site.requests[before:])


def test_a_notice_added_below_the_pages_read_is_found_the_same_night(tmp_path, monkeypatch):
    """The site announces one record more than the last whole reading plus the new ones found since: a late notice
    with an old date went in below the first page. The night reads the column whole and downloads it."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo_trs")
        column = source.columns[0].id
        crawl_source(source, tmp_path, now=T0)
        newest = _add_newest(site, column)  # one at the top: announced +1, found +1, still caught up
        first_night = crawl_source(source, tmp_path, now=T0 + timedelta(days=1))
        assert first_night.articles_new == 1 and _listings(tmp_path, "demo_trs")[column]["caught_up"]
        notices = site.by_family_column[column]
        old = notices[-1]
        back = dataclasses.replace(old, art_id=old.art_id + 777_000, title=old.title + "（补发）")
        notices.insert(len(notices) - 1, back)  # on the last page
        site.by_path[back.path] = back
        night = crawl_source(source, tmp_path, now=T0 + timedelta(days=2))
        listing = _listings(tmp_path, "demo_trs")[column]
        assert night.articles_new == 1 and listing["complete"] and not listing["caught_up"]
        assert any(back.path in p for _, p in site.requests) and newest.path != back.path


def test_a_column_longer_than_the_cap_is_not_read_to_the_cap_every_night(tmp_path, monkeypatch):
    """A reading stopped by max_pages_per_column is reported incomplete (the records past the cap are not read), but
    the nights after it read only until known records: not the cap's worth of list requests every night."""
    with DemoSite() as site:
        source = _source(site, monkeypatch, "demo_trs", max_pages_per_column=1)
        column = source.columns[0].id
        first = crawl_source(source, tmp_path, now=T0)
        assert first.status == "partial" and _listings(tmp_path, "demo_trs")[column]["capped"]
        before = len(site.requests)
        night = crawl_source(source, tmp_path, now=T0 + timedelta(days=1))
        listing = _listings(tmp_path, "demo_trs")[column]
        assert night.status == "ok" and listing["caught_up"] and not listing["capped"]
        assert len([p for _, p in site.requests[before:] if "robots" not in p]) == 1  # the column page only
        week = crawl_source(source, tmp_path, now=T0 + timedelta(days=8))
        assert week.status == "partial" and _listings(tmp_path, "demo_trs")[column]["capped"]  # said again weekly
