-- One row per (project, stage): when the project reached, or plans to reach, that stage.
with

stage_events as (

    select * from {{ ref('int_project_stage_events') }}

),

projects as (

    select project_id, canonical_name from {{ ref('dim_projects') }}

),

reports_per_stage as (

    select project_id, stage, count(distinct reported_in_url) as n_reports
    from stage_events
    group by project_id, stage

),

ranked_events as (

    select
        *,
        -- an actual date beats a bare "stage reached", which beats a plan
        row_number() over (
            partition by project_id, stage
            order by
                case
                    when event_date is not null and not is_planned then 1
                    when event_date is null then 2
                    else 3
                end asc,
                -- actual dates: the most precise (2023-06-19 over 2023), then the earliest;
                -- plans: the most recent notice's (plans slip)
                case
                    when not is_planned
                        then case event_date_precision when 'day' then 1 when 'month' then 2 else 3 end
                end asc nulls last,
                case when is_planned then null else event_date end asc nulls last,
                case when is_planned then reported_on end desc nulls last,
                reported_on asc nulls last,
                project_mention_id asc
        ) as evidence_rank
    from stage_events

)

select
    ranked_events.project_id || ':' || ranked_events.stage as timeline_event_id,
    ranked_events.project_id,
    projects.canonical_name as project_name,
    ranked_events.stage,
    ranked_events.stage_order,
    ranked_events.event_date_text,
    ranked_events.event_date,
    ranked_events.event_date_precision,
    ranked_events.is_planned,
    ranked_events.reported_on,
    ranked_events.reported_in_url,
    ranked_events.reported_in_page_version_id,
    ranked_events.project_mention_id,
    ranked_events.evidence,
    reports_per_stage.n_reports
from ranked_events
inner join projects
    on ranked_events.project_id = projects.project_id
inner join reports_per_stage
    on ranked_events.project_id = reports_per_stage.project_id
    and ranked_events.stage = reports_per_stage.stage
where ranked_events.evidence_rank = 1
