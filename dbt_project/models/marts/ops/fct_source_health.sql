-- Per-source health at a glance: the latest run, what it listed, what went wrong, and how fresh the source is.
with runs as (
    select
        *,
        row_number() over (partition by source_id order by started_at desc, run_id desc) as recency
    from {{ ref('stg_raw__scrape_runs') }}
),

last_run as (
    select * from runs where recency = 1
),

last_success as (
    select source_id, max(finished_at) as last_success_at
    from runs
    where status in ('ok', 'partial') and items_listed > 0
    group by source_id
),

last_run_fetches as (
    select
        f.source_id,
        count(*) as requests,
        count(*) filter (where f.outcome not in ('ok', 'not_modified')) as errors,
        count(*) filter (where f.outcome in ('blocked_challenge', 'blocked_robots')) as blocked,
        count(*) filter (where f.outcome = 'error_page') as error_pages,
        count(*) filter (where f.outcome in ('timeout', 'connection_error', 'tls_error')) as network_errors,
        count(*) filter (where f.outcome in ('http_error', 'not_found', 'rate_limited')) as http_errors,
        count(*) filter (where f.outcome in ('wrong_content_type', 'too_large', 'truncated', 'decode_error',
                                             'redirect_loop')) as bad_responses,
        count(*) filter (where f.outcome = 'circuit_open') as refused_by_breaker
    from {{ ref('stg_raw__fetch_log') }} as f
    inner join last_run as r on r.run_id = f.run_id and r.source_id = f.source_id
    group by f.source_id
),

last_run_listings as (
    select
        l.source_id,
        count(*) as columns_listed,
        count(*) filter (where not l.complete) as columns_incomplete,
        sum(l.announced)::bigint as records_announced,
        sum(l.shortfall)::bigint as records_short,
        string_agg(
            case when not l.complete then l.column_id || ': ' || coalesce(l.reason, 'incomplete') end, '; '
        ) as incomplete_reasons
    from {{ ref('stg_raw__column_listings') }} as l
    inner join last_run as r on r.run_id = l.run_id and r.source_id = l.source_id
    group by l.source_id
),

freshness as (
    select
        source_id,
        max(fetched_at) as last_new_version_at,
        max(published_date) as latest_published_date
    from {{ ref('stg_raw__page_versions') }}
    group by source_id
)

select
    r.source_id,
    case
        when r.status = 'blocked' or coalesce(f.blocked, 0) > 0 and r.items_listed = 0 then 'BLOCKED'
        when r.status = 'failed' then 'FAILING'
        when coalesce(r.items_listed, 0) = 0 then 'EMPTY'
        -- Incomplete is never OK: a listing short of what the site announced, a paging error, a cap, or
        -- articles that could not be fetched or parsed.
        when r.status = 'partial' or coalesce(c.columns_incomplete, 0) > 0 then 'PARTIAL'
        when n.last_new_version_at is null
            or date_diff('day', n.last_new_version_at::date, current_date) > {{ var('stale_after_days') }}
            then 'STALE'
        else 'OK'
    end as status,
    r.run_id as last_run_id,
    r.status as last_run_status,
    r.started_at as last_run_at,
    s.last_success_at,
    r.items_listed,
    r.articles_new,
    r.articles_changed,
    r.articles_unchanged,
    coalesce(f.requests, 0) as requests,
    coalesce(f.errors, 0) as errors,
    coalesce(f.blocked, 0) as blocked,
    coalesce(f.error_pages, 0) as error_pages,
    coalesce(f.network_errors, 0) as network_errors,
    coalesce(f.http_errors, 0) as http_errors,
    coalesce(f.bad_responses, 0) as bad_responses,
    coalesce(f.refused_by_breaker, 0) as refused_by_breaker,
    coalesce(c.columns_listed, 0) as columns_listed,
    coalesce(c.columns_incomplete, 0) as columns_incomplete,
    c.records_announced,
    c.records_short,
    c.incomplete_reasons,
    n.last_new_version_at,
    n.latest_published_date,
    date_diff('day', n.last_new_version_at::date, current_date) as days_since_new_notice,
    r.message as last_run_message
from last_run as r
left join last_success as s using (source_id)
left join last_run_fetches as f using (source_id)
left join last_run_listings as c using (source_id)
left join freshness as n using (source_id)
