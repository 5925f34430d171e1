-- The current (latest) version of each notice URL, with its version count and listing status.
with

latest_versions as (

    select * exclude (version_rank, is_latest_page_version)
    from {{ ref('int_page_versions') }}
    where is_latest_page_version

),

unlisted as (

    select source_id, url from {{ source('raw', 'unlisted_pages') }}

)

select
    latest_versions.*,
    unlisted.url is null as is_listed
from latest_versions
left join unlisted
    on latest_versions.source_id = unlisted.source_id
    and latest_versions.url = unlisted.url
