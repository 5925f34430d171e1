-- One row per stage a project mention reports: dated stages (from milestones) and the stage the
-- text says the project has reached, undated. fct_project_timeline picks one per project/stage.
with

project_mentions as (

    select * from {{ ref('int_project_mentions_resolved') }}

),

milestones as (

    select * from {{ ref('int_project_milestones') }}

),

dated_events as (

    select
        project_mentions.project_id,
        project_mentions.project_mention_id,
        milestones.stage,
        milestones.stage_order,
        milestones.event_date_text,
        milestones.event_date_precision,
        milestones.event_date,
        case
            -- the whole period lies after the notice
            when milestones.event_date > project_mentions.published_date then true
            -- the notice's own period (计划今年8月竣工 in August): planned unless the text says
            -- the project already got that far
            when milestones.event_period_end >= project_mentions.published_date
                then milestones.stage_order > coalesce(project_mentions.stage_order, 0)
            when project_mentions.published_date is null
                then milestones.stage_order > coalesce(project_mentions.stage_order, 0)
            else false
        end as is_planned,
        project_mentions.published_date as reported_on,
        project_mentions.url as reported_in_url,
        project_mentions.page_version_id as reported_in_page_version_id,
        project_mentions.evidence
    from milestones
    inner join project_mentions
        on milestones.project_mention_id = project_mentions.project_mention_id

),

-- "项目已顺利封顶": the stage is reached, the text gives no date
reported_stages as (

    select
        project_id,
        project_mention_id,
        stage,
        stage_order,
        cast(null as varchar) as event_date_text,
        cast(null as varchar) as event_date_precision,
        cast(null as date) as event_date,
        false as is_planned,
        published_date as reported_on,
        url as reported_in_url,
        page_version_id as reported_in_page_version_id,
        evidence
    from project_mentions
    where stage is not null

)

select * from dated_events
union all
select * from reported_stages
