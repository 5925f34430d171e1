-- One row per scrape run of a source.
select
    run_id || ':' || source_id as scrape_run_key,
    run_id,
    source_id,
    started_at,
    finished_at,
    status,
    items_listed,
    articles_new,
    articles_changed,
    articles_unchanged,
    articles_deferred,
    requests,
    errors,
    message
from {{ source('raw', 'scrape_runs') }}
