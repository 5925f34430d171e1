-- Project mentions of each page version's recorded extraction, with their stage's rank and the
-- notice they came from.
{{ config(
    materialized=archive_materialization(),
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_superseded_facts() }}",
) }}
with

project_mentions as (

    {{ facts_with_notice('stg_facts__project_mentions') }}

),

stages as (

    select stage, stage_order from {{ ref('project_stages') }}

)

select
    project_mentions.*,
    stages.stage_order
from project_mentions
left join stages
    on project_mentions.stage = stages.stage
