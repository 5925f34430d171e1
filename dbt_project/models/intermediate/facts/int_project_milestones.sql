-- Dated project stages of each page version's extraction, with the stage's rank and the notice
-- the project mention came from.
-- depends_on: {{ ref('int_extractions') }} (read by the pre_hook delete_superseded_facts)
{{ config(
    materialized=archive_materialization(),
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_superseded_facts() }}",
) }}
with

milestones as (

    select * from {{ ref('stg_facts__project_milestones') }}

),

project_mentions as (

    select * from {{ ref('int_project_mentions') }}

),

stages as (

    select stage, stage_order from {{ ref('project_stages') }}

)

select
    milestones.*,
    stages.stage_order,
    project_mentions.page_version_id,
    project_mentions.extractor_version,
    {{ page_version_columns('project_mentions') }}
from milestones
inner join project_mentions
    on milestones.project_mention_id = project_mentions.project_mention_id
left join stages
    on milestones.stage = stages.stage
{{- where_facts_not_yet_built('project_mentions') }}
