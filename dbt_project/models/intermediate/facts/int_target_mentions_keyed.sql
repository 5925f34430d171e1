-- Targets from the latest version of each notice, a target repeated within one notice kept
-- once, with comparable keys for indicator and subject.
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
    indicator_key || '|' || coalesce(subject_key, '') || '|' || coalesce(cast(target_year as varchar), '') as target_key
from deduplicated
where repeat_rank = 1
