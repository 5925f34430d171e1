-- Every HTTP request with its outcome, typed.
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
