"""Scrapes are partitioned by source id, read from the source registry (GOVWATCH_SOURCES or sources.toml)."""
from dagster import StaticPartitionsDefinition

from scrapers.registry import load_registry

REGISTRY = load_registry()
source_partitions = StaticPartitionsDefinition(REGISTRY.ids)
