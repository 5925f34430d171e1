-- One row per award a notice reports, from the latest version of each notice; an award
-- repeated within one notice (headline and detail) counts once.
with

award_mentions as (

    select * from {{ ref('int_award_mentions') }}
    where is_latest_page_version

),

deduplicated as (

    select
        *,
        row_number() over (
            partition by url, award, grade, recipient, level, award_date_text
            order by mention_ordinal
        ) as repeat_rank
    from award_mentions

)

select
    award_mention_id,
    page_version_id,
    award,
    grade,
    recipient,
    level,
    award_date_text,
    award_date,
    award_date_precision,
    coalesce(
        cast(substr(award_date_text, 1, 4) as integer),
        cast(extract(year from published_date) as integer)
    ) as award_year,
    award_date_text is null as is_award_year_from_notice,
    url,
    title,
    published_date,
    source_id,
    evidence
from deduplicated
where repeat_rank = 1
