-- Per-source health at a glance: the latest run, what it listed, what went wrong, and how fresh
-- the source is. The one place a source's status is decided: the Dagster checks on this asset and
-- `govwatch status` read it (warehouse/health.py). Each source is judged by its own
-- stale_after_days (sources.toml, loaded into raw.sources), on the clock var('health_as_of'), else the
-- environment's GOVWATCH_HEALTH_AS_OF (how Dagster sets it: a var that changes every night makes dbt parse the
-- whole project again, an environment variable only this file), else now. A nightly source whose latest scrape
-- started before the latest nightly tick at or before that clock (var nightly_tick_utc_hour, less
-- overdue_slack_hours) is OVERDUE: its night did not run. (A build started by hand while the night's scrapes are
-- still running calls the sources not scraped yet OVERDUE; the build after them does not.)
{%- set health_as_of = var('health_as_of', none) or env_var('GOVWATCH_HEALTH_AS_OF', '') %}
{%- if health_as_of %}
{%- set clock_sql = "cast('" ~ health_as_of ~ "' as timestamp)" %}
{%- else %}
{%- set clock_sql = "timezone('UTC', current_timestamp)" %}
{%- endif %}

with

clock as (

    select
        {{ clock_sql }} as health_as_of,
        date_trunc('day', health_as_of - interval {{ var('nightly_tick_utc_hour', 18) }} hour)
        + interval {{ var('nightly_tick_utc_hour', 18) }} hour as last_nightly_tick

),

registry as (

    select * from {{ ref('stg_raw__sources') }}

),

runs as (

    select
        *,
        row_number() over (
            partition by source_id
            order by started_at desc, run_id desc
        ) as recency
    from {{ ref('stg_raw__scrape_runs') }}

),

last_run as (

    select * from runs
    where recency = 1

),

-- every source that has run, and, once nightly scrapes are running at all, every nightly source of the registry:
-- one the nights never scraped (its partition failed before landing anything, or was never requested) is OVERDUE,
-- not missing from the table. (The offline demo runs no nightly source: the registry's real sites are not judged.)
judged as (

    select source_id from last_run
    union
    select source_id from registry
    where nightly
        and exists (
            select 1 from last_run as ran
            inner join registry as ran_registry on ran.source_id = ran_registry.source_id
            where ran_registry.nightly
        )

),

last_success as (

    select
        source_id,
        max(finished_at) as last_success_at
    from runs
    where status in ('ok', 'partial') and items_listed > 0
    group by source_id

),

fetches as (

    select
        fetch_log.run_id,
        fetch_log.source_id,
        outcomes.error_kind
    from {{ ref('stg_raw__fetch_log') }} as fetch_log
    left join {{ ref('fetch_outcomes') }} as outcomes
        on fetch_log.outcome = outcomes.outcome

),

last_run_fetches as (

    select
        fetches.source_id,
        count(*) as requests,
        count(*) filter (where fetches.error_kind is not null) as errors,
        count(*) filter (where fetches.error_kind = 'blocked') as blocked,
        count(*) filter (where fetches.error_kind = 'error_page') as error_pages,
        count(*) filter (where fetches.error_kind = 'network') as network_errors,
        count(*) filter (where fetches.error_kind = 'http') as http_errors,
        count(*) filter (where fetches.error_kind = 'bad_response') as bad_responses,
        count(*) filter (where fetches.error_kind = 'breaker') as refused_by_breaker
    from fetches
    inner join last_run
        on fetches.run_id = last_run.run_id
        and fetches.source_id = last_run.source_id
    group by fetches.source_id

),

last_run_listings as (

    select
        listings.source_id,
        count(*) as columns_listed,
        -- a caught-up listing (read until records already held, the rest read whole before) misses nothing
        count(*) filter (where not (listings.complete or listings.caught_up)) as columns_incomplete,
        count(*) filter (where listings.caught_up) as columns_caught_up,
        sum(listings.announced)::bigint as records_announced,
        sum(listings.shortfall)::bigint as records_short,
        string_agg(
            case
                when not (listings.complete or listings.caught_up)
                    then listings.column_id || ': ' || coalesce(listings.reason, 'incomplete')
            end,
            '; '
        ) as incomplete_reasons
    from {{ ref('stg_raw__column_listings') }} as listings
    inner join last_run
        on listings.run_id = last_run.run_id
        and listings.source_id = last_run.source_id
    group by listings.source_id

),

freshness as (

    select
        source_id,
        max(fetched_at) as last_new_version_at,
        max(published_date) as latest_published_date
    from {{ ref('stg_raw__page_versions') }}
    group by source_id

),

joined as (

    select
        judged.source_id,
        last_run.run_id,
        last_run.status as run_status,
        last_run.started_at,
        last_run.items_listed,
        last_run.articles_new,
        last_run.articles_changed,
        last_run.articles_unchanged,
        last_run.articles_deferred,
        last_run.message,
        last_success.last_success_at,
        registry.stale_after_days,
        coalesce(registry.nightly, false) as nightly,
        clock.health_as_of,
        clock.last_nightly_tick,
        round(date_diff('second', last_run.started_at, clock.health_as_of) / 3600.0, 1) as hours_since_last_run,
        coalesce(last_run_fetches.requests, 0) as requests,
        coalesce(last_run_fetches.errors, 0) as errors,
        coalesce(last_run_fetches.blocked, 0) as blocked,
        coalesce(last_run_fetches.error_pages, 0) as error_pages,
        coalesce(last_run_fetches.network_errors, 0) as network_errors,
        coalesce(last_run_fetches.http_errors, 0) as http_errors,
        coalesce(last_run_fetches.bad_responses, 0) as bad_responses,
        coalesce(last_run_fetches.refused_by_breaker, 0) as refused_by_breaker,
        coalesce(last_run_listings.columns_listed, 0) as columns_listed,
        coalesce(last_run_listings.columns_incomplete, 0) as columns_incomplete,
        coalesce(last_run_listings.columns_caught_up, 0) as columns_caught_up,
        last_run_listings.records_announced,
        last_run_listings.records_short,
        last_run_listings.incomplete_reasons,
        freshness.last_new_version_at,
        freshness.latest_published_date,
        date_diff(
            'day', freshness.last_new_version_at::date, clock.health_as_of::date
        ) as days_since_new_notice
    from judged
    cross join clock
    left join last_run on judged.source_id = last_run.source_id
    left join last_success on judged.source_id = last_success.source_id
    left join registry on judged.source_id = registry.source_id
    left join last_run_fetches on judged.source_id = last_run_fetches.source_id
    left join last_run_listings on judged.source_id = last_run_listings.source_id
    left join freshness on judged.source_id = freshness.source_id

)

select
    source_id,
    case
        -- the latest run is old news: the source's nightly scrape stopped (its partition failed before landing
        -- anything, or it was left out of the schedule), whatever that run's own status was
        when nightly and started_at is null then 'OVERDUE'
        when nightly
            and started_at < last_nightly_tick - interval {{ var('overdue_slack_hours', 1) }} hour then 'OVERDUE'
        when run_status = 'blocked' or (blocked > 0 and items_listed = 0) then 'BLOCKED'
        -- (interrupted: killed before it finished, its landing file rebuilt from its journal by the next run)
        when run_status in ('failed', 'interrupted') then 'FAILING'
        when coalesce(items_listed, 0) = 0 then 'EMPTY'
        -- Incomplete is never OK: a listing short of what the site announced, a paging error, a
        -- cap, or articles that could not be fetched or parsed.
        when run_status = 'partial' or columns_incomplete > 0 then 'PARTIAL'
        -- a source no longer in the registry has no threshold: only "never a notice" is stale
        when last_new_version_at is null or days_since_new_notice > stale_after_days then 'STALE'
        else 'OK'
    end as status,
    run_id as last_run_id,
    run_status as last_run_status,
    started_at as last_run_at,
    hours_since_last_run,
    last_success_at,
    items_listed,
    articles_new,
    articles_changed,
    articles_unchanged,
    articles_deferred,
    requests,
    errors,
    blocked,
    error_pages,
    network_errors,
    http_errors,
    bad_responses,
    refused_by_breaker,
    columns_listed,
    columns_incomplete,
    columns_caught_up,
    records_announced,
    records_short,
    incomplete_reasons,
    last_new_version_at,
    latest_published_date,
    days_since_new_notice,
    stale_after_days,
    health_as_of,
    case when run_id is null then 'never scraped: no run of this nightly source has landed' else message end
        as last_run_message
from joined
