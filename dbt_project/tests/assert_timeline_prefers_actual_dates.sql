-- A timeline row is never a plan or undated when some notice reports an actual date for that
-- project and stage, and it is the earliest of the most precise actual dates reported
-- (2023-06-19 rather than a later notice's bare "2023").
with

actual as (

    select
        project_id,
        stage,
        event_date,
        case event_date_precision when 'day' then 1 when 'month' then 2 else 3 end as precision_rank
    from {{ ref('int_project_stage_events') }}
    where event_date is not null and not is_planned

),

most_precise as (

    select project_id, stage, min(precision_rank) as precision_rank
    from actual
    group by project_id, stage

),

best as (

    select actual.project_id, actual.stage, min(actual.event_date) as best_actual_date
    from actual
    inner join most_precise
        on actual.project_id = most_precise.project_id
        and actual.stage = most_precise.stage
        and actual.precision_rank = most_precise.precision_rank
    group by actual.project_id, actual.stage

)

select timeline.timeline_event_id, timeline.event_date, best.best_actual_date
from {{ ref('fct_project_timeline') }} as timeline
inner join best
    on timeline.project_id = best.project_id
    and timeline.stage = best.stage
where timeline.is_planned
    or timeline.event_date is null
    or timeline.event_date <> best.best_actual_date
