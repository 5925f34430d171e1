-- Each column's listing per run: what the site announced beside what was read.
select
    run_id || ':' || source_id || ':' || column_id as column_listing_id,
    run_id,
    source_id,
    column_id,
    items_read,
    announced,
    announced_pages,
    pages_read,
    posts,
    capped,
    complete,
    coalesce(caught_up, false) as caught_up,
    shortfall,
    reason
from {{ source('raw', 'column_listings') }}
