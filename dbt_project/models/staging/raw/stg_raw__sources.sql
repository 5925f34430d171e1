-- The source registry as loaded: one row per source, with the settings its health is judged by.
-- raw.sources is written by the raw_tables asset (warehouse/registry_table.py); a warehouse that
-- has not been loaded by it yet has none, and then no source has a threshold to be judged by.
{%- set registry = source('raw', 'sources') %}
{%- set registry_is_loaded = execute and load_relation(registry) is not none %}

{%- if registry_is_loaded %}
select
    source_id,
    source_name,
    cms,
    stale_after_days,
    nightly,
    registry_file,
    loaded_at
from {{ registry }}
{%- else %}
select
    cast(null as varchar) as source_id,
    cast(null as varchar) as source_name,
    cast(null as varchar) as cms,
    cast(null as integer) as stale_after_days,
    cast(null as boolean) as nightly,
    cast(null as varchar) as registry_file,
    cast(null as timestamp) as loaded_at
where false
{%- endif %}
