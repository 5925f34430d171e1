-- Outcomes from the latest version of each notice, a result repeated within one notice kept
-- once, with the same comparable keys as targets.
-- depends_on: {{ ref('int_extractions') }} (read by the pre_hook delete_superseded_facts)
{{ config(
    materialized=archive_materialization(),
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_superseded_facts(latest_only=true) }}",
) }}
with

{{ keyed_mentions('int_outcome_mentions', ['indicator_key', 'metric', 'value', 'unit', 'period_year', 'subject_key']) }}

select
    outcome_mention_id,
    page_version_id,
    mention_ordinal,
    indicator,
    indicator_key,
    metric,
    value,
    unit,
    period_year,
    subject,
    subject_key,
    evidence,
    url,
    title,
    published_date,
    source_id,
    fetched_at,
    extracted_at
from deduplicated
where repeat_rank = 1
