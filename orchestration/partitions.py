"""Scrapes are partitioned by source id, read from the source registry (GOVWATCH_SOURCES or sources.toml)
when the definitions are built, not at import."""
from dagster import StaticPartitionsDefinition

from scrapers.registry import load_registry


def source_partitions() -> StaticPartitionsDefinition:
    return StaticPartitionsDefinition(load_registry().ids)
