-- Outcome mentions, renamed and typed.
select
    mention_id as outcome_mention_id,
    page_version_id,
    extractor_version,
    ordinal as mention_ordinal,
    indicator,
    metric,
    value,
    trim(unit) as unit,
    period_year,
    nullif(trim(subject), '') as subject,
    evidence,
    span_start,
    span_end
from {{ source('facts', 'outcome_mentions') }}
