-- Every HTTP request with its outcome, typed.
{{ config(materialized=archive_materialization(), incremental_strategy='append', on_schema_change='fail') }}
select
    fetch_id,
    run_id,
    source_id,
    url,
    method,
    kind,
    requested_at,
    status_code,
    elapsed_ms,
    bytes,
    attempt,
    outcome,
    error
from {{ source('raw', 'fetch_log') }}
{{ where_run_not_yet_loaded('fetch_log') }}
