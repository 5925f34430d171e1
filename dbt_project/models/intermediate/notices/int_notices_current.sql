-- The current (latest fetched) version of each notice URL, with its version count and listing status.
with ranked as (
    select
        *,
        row_number() over (partition by url order by fetched_at desc, page_version_id) as version_rank,
        count(*) over (partition by url) as n_versions,
        min(fetched_at) over (partition by url) as first_fetched_at
    from {{ ref('stg_raw__page_versions') }}
)

select
    ranked.* exclude (version_rank),
    unlisted.url is null as is_listed
from ranked
left join {{ source('raw', 'unlisted_pages') }} as unlisted
    on unlisted.source_id = ranked.source_id and unlisted.url = ranked.url
where version_rank = 1
