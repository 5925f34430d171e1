-- A timeline row is never a plan or undated when some notice reports an actual date for that
-- project and stage, and never later than the earliest such date.
with

actual_dates as (

    select project_id, stage, min(event_date) as earliest_actual_date
    from {{ ref('int_project_stage_events') }}
    where event_date is not null and not is_planned
    group by project_id, stage

)

select timeline.timeline_event_id, timeline.event_date, actual_dates.earliest_actual_date
from {{ ref('fct_project_timeline') }} as timeline
inner join actual_dates
    on timeline.project_id = actual_dates.project_id
    and timeline.stage = actual_dates.stage
where timeline.is_planned
    or timeline.event_date is null
    or timeline.event_date > actual_dates.earliest_actual_date
