"""Scrapes are partitioned by source id, read from the source registry (GOVWATCH_SOURCES or sources.toml)
when the definitions are built, not at import.

A registry that fails to load (a typo'd key, an unknown CMS, a duplicate id, broken TOML) must not take the code
location down with it: the schedule and the failure-report sensors live there too. The definitions then load
with the last registry that did load (its ids are kept in the data folder), or with no source at all, and carry
the error: the nightly tick reports it (orchestration/schedules.py) and the scrape asset's description names it."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from dagster import StaticPartitionsDefinition

from scrapers.registry import RegistryError, load_registry
from warehouse.paths import Paths

LAST_GOOD_FILE = ".last-good-sources.json"


@dataclass(frozen=True)
class SourceIds:
    """The source ids the definitions were built with, and why they are not the registry's own if they are not."""
    ids: tuple[str, ...]
    error: str | None = None  # the RegistryError when the definitions were built
    origin: str = "registry"  # "registry", "last good registry (<path>, <time>)" or "none"


def last_good_path() -> Path:
    return Paths.from_env().data_dir / LAST_GOOD_FILE


def _remember(ids: list[str], registry_path: Path) -> None:
    path = last_good_path()
    try:
        if path.exists() and json.loads(path.read_text(encoding="utf-8")).get("ids") == ids:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {"ids": ids, "registry": str(registry_path), "at": datetime.now(timezone.utc).isoformat()}
        fd, tmp = tempfile.mkstemp(prefix=".last-good-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass  # only a fallback for a later bad registry: never a reason to fail the load


def _last_good() -> tuple[list[str], str] | None:
    try:
        record = json.loads(last_good_path().read_text(encoding="utf-8"))
        ids = [str(i) for i in record["ids"]]
        return ids, f"last good registry ({record.get('registry', '?')}, {record.get('at', '?')})"
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_source_ids() -> SourceIds:
    """The registry's ids; if it does not load, the last good ones (or none) and the error."""
    try:
        registry = load_registry()
    except RegistryError as exc:
        fallback = _last_good()
        if fallback is None:
            return SourceIds((), str(exc), "none")
        return SourceIds(tuple(fallback[0]), str(exc), fallback[1])
    _remember(registry.ids, registry.path)
    return SourceIds(tuple(registry.ids))


@cache
def loaded_sources() -> SourceIds:
    """Read once per process, when the definitions are built: what the scrape asset's partitions are."""
    return load_source_ids()


def source_partitions(sources: SourceIds | None = None) -> StaticPartitionsDefinition:
    return StaticPartitionsDefinition(list((sources or loaded_sources()).ids))
