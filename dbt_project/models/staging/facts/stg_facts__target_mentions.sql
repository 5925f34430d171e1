-- Target mentions, renamed and typed.
select
    mention_id as target_mention_id,
    page_version_id,
    extractor_version,
    ordinal as mention_ordinal,
    indicator,
    metric,
    value,
    value_high,
    trim(unit) as unit,
    qualifier,
    commitment,
    target_year,
    nullif(trim(subject), '') as subject,
    evidence,
    span_start,
    span_end
from {{ source('facts', 'target_mentions') }}
