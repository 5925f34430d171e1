-- Targets from the latest version of each notice, a target repeated within one notice kept
-- once, with comparable keys for indicator and subject.
-- depends_on: {{ ref('int_extractions') }} (read by the pre_hook delete_superseded_facts)
{{ config(
    materialized=archive_materialization(),
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_superseded_facts(latest_only=true) }}",
) }}
with

{{ keyed_mentions('int_target_mentions', [
    'indicator_key', 'metric', 'value', 'value_high', 'unit', 'qualifier', 'target_year', 'subject_key'
]) }}

select
    target_mention_id,
    page_version_id,
    mention_ordinal,
    indicator,
    indicator_key,
    metric,
    value,
    value_high,
    unit,
    qualifier,
    commitment,
    target_year,
    subject,
    subject_key,
    evidence,
    url,
    title,
    published_date,
    source_id,
    fetched_at,
    extracted_at,
    indicator_key || '|' || coalesce(subject_key, '') || '|' || coalesce(cast(target_year as varchar), '') as target_key
from deduplicated
where repeat_rank = 1
