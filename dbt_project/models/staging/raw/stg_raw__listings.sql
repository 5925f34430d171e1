-- Items seen on column listings, per run.
select
    run_id || ':' || column_id || ':' || url as listing_id,
    run_id,
    source_id,
    column_id,
    url,
    title as list_title,
    list_date,
    seen_at
from {{ source('raw', 'listings') }}
