"""The fact marts, built by `dbt build` over a small synthetic warehouse (synthetic_warehouse.py).

Asserts what a dashboard user would see: one project for three ways of writing its name, two
places kept apart, a timeline in order, targets met / missed, awards per level.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.dbt.synthetic_warehouse import (
    HEALTH_AS_OF,
    URL_COMPLETED,
    URL_STARTED,
    URL_TIE,
    YI,
    build_warehouse,
)

REPO = Path(__file__).resolve().parents[2]
DBT = Path(sys.executable).with_name("dbt")
if not DBT.exists():
    DBT = REPO / ".venv" / "bin" / "dbt"

FULEDE_NAMES = {"富乐德半导体产业项目", "富乐德半导体项目", "富乐德12英寸抛光片项目"}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic warehouse after a full `dbt build` (models and all tests) has passed."""
    work = tmp_path_factory.mktemp("dbt_facts")
    db_path = work / "govwatch.duckdb"
    build_warehouse(db_path)
    result = subprocess.run(
        [str(DBT), "build",
         "--project-dir", "dbt_project", "--profiles-dir", "dbt_project",
         "--vars", json.dumps({"health_as_of": HEALTH_AS_OF}),
         "--target-path", str(work / "target"), "--log-path", str(work / "logs")],
        cwd=REPO,
        env={**os.environ, "GOVWATCH_DB": str(db_path)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    return db_path


def rows(db_path: Path, sql: str, params: list | None = None) -> list[dict]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        cursor = con.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def project_named(db_path: Path, alias: str) -> list[dict]:
    return rows(
        db_path,
        "select * from marts.dim_projects where list_contains(string_split(aliases, ' / '), ?)",
        [alias],
    )


def test_three_name_variants_are_one_project(warehouse: Path) -> None:
    projects = rows(warehouse, "select * from marts.dim_projects where canonical_name like '富乐德%'")

    assert len(projects) == 1
    project = projects[0]
    assert project["canonical_name"] == "富乐德半导体产业项目"
    assert set(project["aliases"].split(" / ")) == FULEDE_NAMES
    assert project["merge_reason"] == "shared_core_key_same_location"
    # three notices; the July notice's two page versions count once
    assert (project["n_notices"], project["n_mentions"]) == (3, 3)


def test_each_alias_says_why_it_was_merged(warehouse: Path) -> None:
    aliases = rows(
        warehouse,
        """select alias, alias_merge_reason, project_id
           from intermediate.int_project_resolution where canonical_name = '富乐德半导体产业项目'""",
    )

    assert {a["alias"]: a["alias_merge_reason"] for a in aliases} == {
        "富乐德半导体产业项目": "exact_name",
        "富乐德半导体项目": "normalised_name",
        "富乐德12英寸抛光片项目": "shared_core_key_same_location",
    }
    assert len({a["project_id"] for a in aliases}) == 1


def test_one_company_in_two_counties_stays_two_projects(warehouse: Path) -> None:
    kaili = rows(
        warehouse,
        """select project_id, location_key, merge_reason, n_notices
           from marts.dim_projects where canonical_name like '开利%' order by location_key""",
    )

    by_place = {p["location_key"]: p for p in kaili}
    assert set(by_place) == {"松阳", "遂昌", None}
    assert len({p["project_id"] for p in kaili}) == 3
    # the 遂昌 project is named the same way in two notices
    assert (by_place["遂昌"]["merge_reason"], by_place["遂昌"]["n_notices"]) == ("exact_name", 2)
    # the unplaced mention could be either county, so it is not guessed into one
    assert by_place[None]["merge_reason"] == "single_mention"


def test_project_numbers_are_the_latest_stated(warehouse: Path) -> None:
    (project,) = project_named(warehouse, "富乐德半导体项目")

    # the edited July notice says 118亿元; the September notice states no investment
    assert project["investment_cny"] == 118 * YI
    assert project["investment_cny_source_url"] == URL_STARTED
    assert project["land_mu"] == 400
    assert project["location_key"] == "丽水经开区"
    assert project["current_stage"] == "completed"
    assert (str(project["first_seen_date"]), str(project["last_seen_date"])) == ("2023-03-10", "2024-09-10")


def test_rows_of_an_unrecorded_extraction_are_ignored(warehouse: Path) -> None:
    assert project_named(warehouse, "旧版误识别项目") == []


def test_a_place_from_the_gazetteer_seed_is_stripped_from_project_names(warehouse: Path) -> None:
    # 江干区 is in the seed the extractor reads too; before the seed the dbt list lacked it
    (project,) = project_named(warehouse, "凯达科技项目")
    assert set(project["aliases"].split(" / ")) == {"江干区凯达科技项目", "凯达科技项目"}


def test_timeline_runs_signed_started_completed(warehouse: Path) -> None:
    timeline = rows(
        warehouse,
        """select stage, stage_order, event_date_text, event_date, is_planned, reported_in_url
           from marts.fct_project_timeline
           where project_name = '富乐德半导体产业项目' order by stage_order""",
    )

    assert [(t["stage"], t["event_date_text"]) for t in timeline] == [
        ("signed", "2023-03"), ("started", "2023-06"), ("completed", "2024-08"),
    ]
    dates = [t["event_date"] for t in timeline]
    assert dates == sorted(dates) and len(set(dates)) == 3
    assert not any(t["is_planned"] for t in timeline)
    # the July notice planned completion for 2024-08; the September notice reports it done
    assert timeline[-1]["reported_in_url"] == URL_COMPLETED


def test_targets_are_met_missed_or_unknown(warehouse: Path) -> None:
    outcomes = rows(
        warehouse,
        "select indicator, target_year, status, unknown_reason from marts.fct_target_outcomes",
    )

    assert {(o["indicator"], o["target_year"]): (o["status"], o["unknown_reason"]) for o in outcomes} == {
        ("招商到位资金", 2023): ("met", None),               # 226亿 ≥ 200亿以上 (matched via 全年招商到位资金)
        ("规上工业增加值", 2023): ("missed", None),          # 8.5% < 10%以上
        ("地区生产总值", 2023): ("met", None),               # 5.7% is within 0.5 of 6%左右
        ("单位GDP能耗", 2023): ("met", None),                # fell 3.5%, target a fall of at least 3%
        ("新增省级企业创新平台", 2023): ("unknown", "unit_mismatch"),  # 家 vs 个
        ("半导体全链条产业产值", 2024): ("unknown", "no_outcome_reported"),
    }


def test_award_counts_per_level(warehouse: Path) -> None:
    counts = rows(warehouse, "select award_year, level, n_awards from marts.fct_awards_by_year_level")

    # the award notice's two versions and the report's repeated 改革突破奖 each count once
    assert {(c["award_year"], c["level"]): c["n_awards"] for c in counts} == {
        (2023, "national"): 2,
        (2023, "provincial"): 2,
    }


def test_investment_is_counted_once_in_the_year_first_announced(warehouse: Path) -> None:
    totals = rows(
        warehouse,
        "select first_announced_year, location, n_projects, investment_cny from marts.fct_investment_by_year_place",
    )

    assert {(t["first_announced_year"], t["location"]): (t["n_projects"], t["investment_cny"]) for t in totals} == {
        (2023, "丽水经开区"): (1, 118 * YI),
        (2023, "遂昌"): (1, 30 * YI),
        (2023, "松阳"): (1, 20 * YI),
        (2024, None): (1, None),
        (2023, None): (1, None),  # 凯达, named two ways
    }


def test_each_source_is_judged_by_its_own_stale_after_days(warehouse: Path) -> None:
    health = {h["source_id"]: h for h in rows(warehouse, "select * from marts.fct_source_health")}

    assert {s: (h["status"], h["days_since_new_notice"], h["stale_after_days"]) for s, h in health.items()} == {
        "lishui_jkq": ("OK", 39, 60),
        "qingtian": ("STALE", 10, 7),
    }
    assert {str(h["health_as_of"]) for h in health.values()} == {"2024-10-20 00:00:00"}


def test_a_nightly_source_not_scraped_for_a_night_is_overdue(warehouse: Path, tmp_path: Path) -> None:
    """The runs started 2024-10-19 18:00 UTC, the nightly tick (02:00 Shanghai): 6 h on they are current. The build
    36 min after the next tick, whose scrapes did not run, finds them 24.6 h old: each nightly source is OVERDUE
    at once, whatever its last run said (a fixed 26 h said so only a night later), and a source that is not nightly
    (the demo) never is."""
    copy = tmp_path / "govwatch.duckdb"
    copy.write_bytes(warehouse.read_bytes())
    with duckdb.connect(str(copy)) as con:
        con.execute("update raw.sources set nightly = false where source_id = 'lishui_jkq'")
        # a nightly source whose first night never landed a run, and a demo-like one not run yet
        con.execute("insert into raw.sources select 'jinyun', 'jinyun', cms, 30, true, registry_file, loaded_at "
                    "from raw.sources limit 1")
        con.execute("insert into raw.sources select 'demo_web', 'demo_web', cms, 30, false, registry_file, loaded_at "
                    "from raw.sources limit 1")
    result = subprocess.run(
        [str(DBT), "run", "--select", "stg_raw__sources", "fct_source_health",
         "--project-dir", "dbt_project", "--profiles-dir", "dbt_project",
         "--vars", json.dumps({"health_as_of": "2024-10-20T18:36:00"}),
         "--target-path", str(tmp_path / "target"), "--log-path", str(tmp_path / "logs")],
        cwd=REPO, env={**os.environ, "GOVWATCH_DB": str(copy)}, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    health = {h["source_id"]: h for h in rows(copy, "select * from marts.fct_source_health")}
    assert {s: (h["status"], h["hours_since_last_run"]) for s, h in health.items()} == {
        "lishui_jkq": ("OK", 24.6),
        "qingtian": ("OVERDUE", 24.6),
        "jinyun": ("OVERDUE", None),  # in the registry, nightly, never scraped: a row, not a gap
    }
    assert health["jinyun"]["last_run_message"].startswith("never scraped")
    current = {h["source_id"]: (h["status"], h["hours_since_last_run"])
               for h in rows(warehouse, "select * from marts.fct_source_health")}
    assert current == {"lishui_jkq": ("OK", 6.0), "qingtian": ("STALE", 6.0)}  # not OVERDUE: scraped tonight


def test_the_notice_date_is_computed_once(warehouse: Path) -> None:
    """stg_raw__page_versions.published_date (macro document_date) = warehouse/document_date.py for every row."""
    from warehouse.document_date import document_date

    versions = rows(warehouse, """select p.published_at, p.written_date, s.published_date
                                  from raw.page_versions p
                                  join staging.stg_raw__page_versions s using (page_version_id)""")
    assert versions
    assert all(v["published_date"] == document_date(v["published_at"], v["written_date"]) for v in versions)
    assert any(v["published_at"] is None and v["written_date"] for v in versions)  # the 成文日期 fallback is exercised


def test_notices_and_facts_agree_on_the_latest_version(warehouse: Path) -> None:
    """Two versions fetched at the same instant: the notice mart and the facts take the same one (one ranking)."""
    for url in (URL_STARTED, URL_TIE):
        (notice,) = rows(warehouse, "select page_version_id from marts.fct_notices where notice_url = ?", [url])
        latest = rows(warehouse, "select page_version_id from intermediate.int_extractions "
                                 "where url = ? and is_latest_page_version", [url])
        assert latest == [notice], url
