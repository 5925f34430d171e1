-- Every page version, ranked among the versions of its URL. The one definition of "the latest
-- version of a notice": the most recently fetched, and on a tie the greater page_version_id.
-- Notices (int_notices_current) and facts (int_extractions) both read is_latest_page_version here.
with

page_versions as (

    -- not the body: what a notice says is read from staging and facts, and copying it again would
    -- make every build rewrite the archive (body_chars stays)
    select * exclude (body) from {{ ref('stg_raw__page_versions') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by url
            order by fetched_at desc, page_version_id desc
        ) as version_rank,
        count(*) over (partition by url) as n_versions,
        min(fetched_at) over (partition by url) as first_fetched_at
    from page_versions

)

select
    *,
    version_rank = 1 as is_latest_page_version
from ranked
