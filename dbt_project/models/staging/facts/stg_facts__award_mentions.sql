-- Award mentions, renamed, with the award date text typed as a period.
select
    mention_id as award_mention_id,
    page_version_id,
    extractor_version,
    ordinal as mention_ordinal,
    award,
    nullif(trim(grade), '') as grade,
    nullif(trim(recipient), '') as recipient,
    level,
    date_text as award_date_text,
    {{ period_precision('date_text') }} as award_date_precision,
    {{ period_start('date_text') }} as award_date,
    evidence,
    span_start,
    span_end
from {{ source('facts', 'award_mentions') }}
