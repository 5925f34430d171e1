"""Reference data that Python and dbt share: the CSV seeds in dbt_project/seeds/, read here for the extractor.

One file per list (the Zhejiang gazetteer, the project stages, the fetch outcomes), so the extractor and the
marts cannot drift apart: dbt loads the same files as seeds and its macros read them from there."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "dbt_project" / "seeds"


@dataclass(frozen=True)
class Place:
    name: str                 # 丽水市, 莲都区, 景宁畲族自治县
    short_name: str           # 丽水, 莲都, 景宁
    level: str                # province | prefecture | county
    prefecture: str           # the prefecture-level city it belongs to ('' for the province)
    short_name_is_common_word: bool  # 西湖, 江北, 天台: trusted only with their suffix


def _rows(name: str) -> list[dict[str, str]]:
    with open(SEEDS_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def zhejiang_places() -> tuple[Place, ...]:
    """The gazetteer in file order: the province, then each prefecture followed by its counties and districts."""
    return tuple(Place(r["place_name"], r["short_name"], r["place_level"], r["prefecture"],
                       r["short_name_is_common_word"] == "true") for r in _rows("zhejiang_places"))


def prefecture_and_county_names() -> list[str]:
    """Full names of the prefectures and counties (杭州市, 上城区, …), in gazetteer order."""
    return [p.name for p in zhejiang_places() if p.level != "province"]


def prefecture_names() -> set[str]:
    return {p.name for p in zhejiang_places() if p.level == "prefecture"}


def common_word_short_names() -> set[str]:
    """Short forms that are also common words (西湖, 江北, 天台 …)."""
    return {p.short_name for p in zhejiang_places() if p.short_name_is_common_word}


@cache
def project_stage_order() -> tuple[str, ...]:
    """planned < signed < approved < started < topped_out < completed < in_production."""
    return tuple(r["stage"] for r in sorted(_rows("project_stages"), key=lambda r: int(r["stage_order"])))


@cache
def fetch_outcome_kinds() -> dict[str, str | None]:
    """Each fetch outcome (scrapers.http_types.Outcome) → the kind of error it counts as, None when it is not one."""
    return {r["outcome"]: r["error_kind"] or None for r in _rows("fetch_outcomes")}
