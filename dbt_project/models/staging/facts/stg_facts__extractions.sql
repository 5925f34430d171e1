-- One row per page version: its current extraction (the extractor version that ran last on it)
-- and the page it came from. The fact staging models join on this to drop stale extractions.
with

extractions as (

    select * from {{ source('facts', 'extractions') }}

),

page_versions as (

    select * from {{ source('raw', 'page_versions') }}

),

ranked_extractions as (

    select
        *,
        row_number() over (
            partition by page_version_id
            order by extracted_at desc, extractor_version desc
        ) as recency_rank
    from extractions

),

current_extractions as (

    select * from ranked_extractions where recency_rank = 1

),

joined as (

    select
        current_extractions.page_version_id,
        current_extractions.extractor_version,
        current_extractions.extracted_at,
        current_extractions.document_date,
        current_extractions.n_projects,
        current_extractions.n_awards,
        current_extractions.n_targets,
        current_extractions.n_outcomes,
        page_versions.url,
        page_versions.title,
        page_versions.source_id,
        page_versions.column_id,
        page_versions.fetched_at,
        coalesce(
            cast(page_versions.published_at as date),
            page_versions.written_date,
            current_extractions.document_date
        ) as published_date
    from current_extractions
    inner join page_versions
        on current_extractions.page_version_id = page_versions.page_version_id

)

select
    *,
    -- a page edited after publication has several versions; only its latest one counts
    row_number() over (
        partition by url
        order by fetched_at desc, page_version_id desc
    ) = 1 as is_latest_page_version
from joined
