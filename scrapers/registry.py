"""The source registry: which sites to crawl, how, and how politely (sources.toml)."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from scrapers.cms import FAMILIES
from scrapers.http import Politeness

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES_FILE = REPO_ROOT / "sources.toml"
SUPPORTED_CMS = set(FAMILIES)


class RegistryError(ValueError):
    """sources.toml is missing, malformed or names something unsupported."""


@dataclass(frozen=True)
class Column:
    id: str
    name: str = ""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    cms: str
    base_url: str
    allowed_hosts: tuple[str, ...]
    columns: tuple[Column, ...]
    politeness: Politeness
    webid: int | None = None
    max_pages_per_column: int = 200     # list requests a reading of one column may make after its first page
    relist_after_days: int = 7          # a column is read whole again this long after its last whole reading
    max_articles_per_run: int = 500
    stale_after_days: int = 30
    revalidate_after_days: int = 7      # a known article is asked again (conditional GET) when last checked this long ago
    max_revalidations_per_run: int = 100  # and at most this many per run, least recently checked first
    nightly: bool = True                # part of the 02:00 refresh (the demo site is not: it runs on demand)

    def column_url(self, column_id: str) -> str:
        from scrapers.cms import adapter

        return adapter(self.cms).column_url(self.base_url, column_id)


@dataclass(frozen=True)
class Registry:
    path: Path
    sources: tuple[Source, ...] = field(default_factory=tuple)

    def get(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        known = ", ".join(s.id for s in self.sources)
        raise RegistryError(f"unknown source {source_id!r} in {self.path} (known: {known})")

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.sources]

    @property
    def demo_ids(self) -> list[str]:
        """The sources the offline demo site serves (`demo`, `demo_<family>`): what `govwatch demo` crawls."""
        return [s.id for s in self.sources if s.id == "demo" or s.id.startswith("demo_")]


_ENV_REF = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")


def _expand_env(value: str) -> str:
    """Expand ${VAR} and ${VAR:-default} so a source can point at a port chosen at run time."""
    return _ENV_REF.sub(lambda m: os.environ.get(m.group(1)) or (m.group(2) or ""), value)


_POLITENESS_KEYS = {f.name for f in fields(Politeness)}
_SOURCE_KEYS = {"max_pages_per_column", "max_articles_per_run", "stale_after_days", "revalidate_after_days",
                "max_revalidations_per_run", "relist_after_days", "nightly"}


# the least each count may be (0 days: every run; 0 revalidations: never ask a known article again)
_LEAST = {"max_pages_per_column": 1, "max_articles_per_run": 1, "stale_after_days": 1, "revalidate_after_days": 0,
          "max_revalidations_per_run": 0, "relist_after_days": 0}


def sources_file_from_env() -> Path:
    return Path(os.environ.get("GOVWATCH_SOURCES") or DEFAULT_SOURCES_FILE)


def load_registry(path: str | Path | None = None) -> Registry:
    path = Path(path) if path else sources_file_from_env()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RegistryError(f"source registry not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"source registry {path} is not valid TOML: {exc}") from exc
    defaults = data.get("defaults", {})
    sources = tuple(_parse_source(entry, defaults, path) for entry in data.get("source", []))
    ids = [s.id for s in sources]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise RegistryError(f"duplicate source ids in {path}: {twice}")
    return Registry(path=path, sources=sources)


_KNOWN_KEYS = {"id", "name", "cms", "base_url", "columns", "allowed_hosts", "webid", "note"} | _SOURCE_KEYS


def _parse_source(entry: dict, defaults: dict, path: Path) -> Source:
    merged = {**defaults, **entry}
    unknown = sorted(set(merged) - _KNOWN_KEYS - _POLITENESS_KEYS)
    if unknown:  # a typo such as min_dealy_s would silently make the crawl less polite
        raise RegistryError(f"{path}: source {merged.get('id', '?')!r} has unknown settings {unknown}")
    for key in ("id", "name", "cms", "base_url", "columns"):
        if key not in merged:
            raise RegistryError(f"{path}: source {entry.get('id', '?')!r} lacks {key!r}")
    if merged["cms"] not in SUPPORTED_CMS:
        raise RegistryError(f"{path}: source {merged['id']!r} has unsupported cms {merged['cms']!r}")
    if not re.fullmatch(r"[a-z0-9_]+", merged["id"]):
        raise RegistryError(f"{path}: source id {merged['id']!r} must be lower-case letters, digits, _")
    for key, least in _LEAST.items():  # a 0 here would list every night and fetch nothing, read no list page …
        value = merged.get(key, least)
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise RegistryError(f"{path}: source {merged['id']!r}: {key} must be a whole number >= {least}, "
                                f"not {value!r}")
    base_url = _expand_env(merged["base_url"]).rstrip("/")
    columns = tuple(
        Column(id=str(c["id"]), name=c.get("name", "")) if isinstance(c, dict) else Column(id=str(c))
        for c in merged["columns"]
    )
    try:
        politeness = Politeness(**{k: v for k, v in merged.items() if k in _POLITENESS_KEYS})
    except (TypeError, ValueError) as exc:
        raise RegistryError(f"{path}: source {merged['id']!r}: {exc}") from exc
    hosts = tuple(h.lower() for h in merged.get("allowed_hosts") or [_host_of(base_url)])
    return Source(
        id=merged["id"], name=merged["name"], cms=merged["cms"], base_url=base_url,
        allowed_hosts=hosts, columns=columns, politeness=politeness, webid=merged.get("webid"),
        **{k: merged[k] for k in _SOURCE_KEYS if k in merged},
    )


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").lower()
