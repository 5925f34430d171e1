"""One rule, one owner: what Python and dbt both need is written once and read by both, and these tests fail
the moment a second copy drifts (the notice date, the gazetteer, the stage order, the fetch outcomes)."""
import json
import re
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from scrapers.crawl import BLOCKING_OUTCOMES
from scrapers.http_types import Outcome
from warehouse.document_date import document_date
from warehouse.reference import (
    SEEDS_DIR,
    common_word_short_names,
    fetch_outcome_kinds,
    prefecture_and_county_names,
    prefecture_names,
    project_stage_order,
    zhejiang_places,
)

REPO = Path(__file__).resolve().parent.parent
MACROS = REPO / "dbt_project" / "macros"

DATE_CASES = [
    (datetime(2024, 2, 27, 9, 30), date(2024, 2, 20), date(2024, 2, 27)),   # 发布时间 wins
    (datetime(2024, 2, 27, 23, 59), None, date(2024, 2, 27)),              # local time: the same day
    (date(2024, 2, 27), None, date(2024, 2, 27)),
    (None, date(2024, 9, 10), date(2024, 9, 10)),                          # no 发布时间: 成文日期
    (None, None, None),
]


@pytest.mark.parametrize(("published_at", "written_date", "expected"), DATE_CASES)
def test_document_date_in_python(published_at, written_date, expected):
    assert document_date(published_at, written_date) == expected
    # the extractor's copy in warehouse/facts.py, until it calls document_date itself
    from warehouse import facts

    assert getattr(facts, "_document_date", document_date)(published_at, written_date) == expected


def test_document_date_in_dbt_is_the_same_rule():
    """The macro document_date, rendered and run in DuckDB on the same cases."""
    body = re.search(r"macro document_date\(published_at, written_date\) -%\}(.*?)\{%- endmacro",
                     (MACROS / "document_date.sql").read_text(encoding="utf-8"), re.S).group(1)
    sql = body.replace("{{ published_at }}", "published_at").replace("{{ written_date }}", "written_date")
    con = duckdb.connect()
    con.execute("CREATE TABLE cases (i INTEGER, published_at TIMESTAMP, written_date DATE)")
    for i, (published_at, written_date, _) in enumerate(DATE_CASES):
        con.execute("INSERT INTO cases VALUES (?, ?, ?)", [i, published_at, written_date])
    got = dict(con.execute(f"SELECT i, {sql} FROM cases").fetchall())
    assert [got[i] for i in range(len(DATE_CASES))] == [expected for *_, expected in DATE_CASES]


def _saved_articles():
    pages = REPO / "tests" / "fixtures" / "pages"
    return sorted(pages.glob("article-*.html"))


@pytest.mark.parametrize("page", _saved_articles(), ids=lambda p: p.stem)
def test_govwatch_extract_dates_a_page_as_the_warehouse_does(page, capsys):
    from govwatch.cli import main
    from scrapers.article import parse_article

    article = parse_article(page.read_text(encoding="utf-8"), "file://" + str(page))
    expected = document_date(article.published_at or article.published, article.written_date)
    assert main(["extract", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["published"] == (expected.isoformat() if expected else None)


def test_govwatch_extract_falls_back_to_the_written_date(tmp_path, capsys):
    """A page whose only date is 成文日期: relative dates (今年8月) resolve against it, as in the warehouse."""
    from govwatch.cli import main

    page = tmp_path / "notice.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>富源科技项目开工</title></head><body>
        <table><tr><th>索引号</th><td>002/2024-001</td><th>成文日期</th><td>2024-01-05</td></tr></table>
        <h1>富源科技项目开工</h1><div id="zoom"><p>缙云县富源科技项目总投资5亿元，计划今年8月开工建设。</p>
        <p>该项目位于缙云经济开发区，用地80亩，建成后预计年产值10亿元。</p></div></body></html>""", encoding="utf-8")
    assert main(["extract", str(page)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["document"]["published"] == "2024-01-05"
    assert data["projects"][0]["dates"]["started"] == "2024-08"


def test_the_extractor_reads_the_gazetteer_seed():
    from warehouse.extract import places

    gazetteer = places.gazetteer()
    assert list(gazetteer.counties) == prefecture_and_county_names()
    assert set(gazetteer.cities) == prefecture_names()
    assert set(gazetteer.ambiguous_short) == common_word_short_names()


def test_the_gazetteer_seed_is_well_formed():
    places = zhejiang_places()
    assert [p.level for p in places].count("province") == 1 and len(prefecture_names()) == 11
    for place in places:
        assert place.name.startswith(place.short_name) and len(place.short_name) >= 2, place
        assert place.level == "province" or place.prefecture in prefecture_names(), place


def test_dbt_reads_places_from_the_seed_not_a_list_of_its_own():
    assert "seed_values('zhejiang_places'" in (MACROS / "text_normalisation.sql").read_text(encoding="utf-8")
    counties = {p.short_name for p in zhejiang_places() if p.level == "county"}
    for path in MACROS.rglob("*.sql"):  # no hand-kept copy of the gazetteer (examples in comments name a few)
        named = {c for c in counties if c in path.read_text(encoding="utf-8")}
        assert len(named) <= 3, (path, named)


def test_the_extractor_reads_the_stage_order_seed():
    from warehouse.extract.projects.attributes import stage_rank

    assert [stage_rank(s) for s in project_stage_order()] == list(range(len(project_stage_order())))


def test_dbt_reads_stages_from_the_seed_not_a_list_of_its_own():
    stage_list = re.compile(r"planned.{0,40}signed.{0,40}approved", re.S)
    for path in [*(REPO / "dbt_project" / "models").rglob("*"), *MACROS.rglob("*")]:
        if path.suffix in (".sql", ".yml"):
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"values: \[planned", text), path
            assert path.suffix == ".yml" or not stage_list.search(text), path


def test_fetch_outcomes_seed_is_the_outcome_enum():
    kinds = fetch_outcome_kinds()
    assert list(kinds) == [o.value for o in Outcome], "regenerate dbt_project/seeds/fetch_outcomes.csv from Outcome"
    assert {o.value for o in BLOCKING_OUTCOMES} == {o for o, kind in kinds.items() if kind == "blocked"}
    assert {o for o, kind in kinds.items() if kind is None} == {Outcome.OK.value, Outcome.NOT_MODIFIED.value}


def test_no_dbt_test_lists_the_fetch_outcomes_again():
    for path in (REPO / "dbt_project" / "models").rglob("*.yml"):
        text = path.read_text(encoding="utf-8")
        assert "blocked_challenge, blocked_robots" not in text, path


def test_seeds_are_the_files_python_reads():
    assert SEEDS_DIR == REPO / "dbt_project" / "seeds"
    assert {p.stem for p in SEEDS_DIR.glob("*.csv")} == {"zhejiang_places", "project_stages", "fetch_outcomes"}
