with

project_milestones as (

    select * from {{ source('facts', 'project_milestones') }}

),

project_mentions as (

    select mention_id, page_version_id, extractor_version
    from {{ source('facts', 'project_mentions') }}

),

current_extractions as (

    select * from {{ ref('stg_facts__extractions') }}

)

select
    project_milestones.mention_id as project_mention_id,
    project_milestones.stage,
    {{ stage_order('project_milestones.stage') }} as stage_order,
    project_milestones.date_text as event_date_text,
    {{ period_precision('project_milestones.date_text') }} as event_date_precision,
    {{ period_start('project_milestones.date_text') }} as event_date,
    {{ period_end('project_milestones.date_text') }} as event_period_end,
    project_mentions.page_version_id,
    project_mentions.extractor_version,
    {{ page_version_columns('current_extractions') }}
from project_milestones
inner join project_mentions
    on project_milestones.mention_id = project_mentions.mention_id
inner join current_extractions
    on project_mentions.page_version_id = current_extractions.page_version_id
    and project_mentions.extractor_version = current_extractions.extractor_version
