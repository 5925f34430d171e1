-- Outcomes from the latest version of each notice, a result repeated within one notice kept
-- once, with the same comparable keys as targets.
with

outcome_mentions as (

    select
        *,
        {{ indicator_key('indicator') }} as indicator_key,
        {{ normalise_subject('subject') }} as subject_key
    from {{ ref('stg_facts__outcome_mentions') }}
    where is_latest_page_version

),

deduplicated as (

    select
        *,
        row_number() over (
            partition by url, indicator_key, metric, value, unit, period_year, subject_key
            order by mention_ordinal
        ) as repeat_rank
    from outcome_mentions

)

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
    fetched_at
from deduplicated
where repeat_rank = 1
