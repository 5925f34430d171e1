with

project_mentions as (

    select * from {{ source('facts', 'project_mentions') }}

),

current_extractions as (

    select * from {{ ref('stg_facts__extractions') }}

)

select
    project_mentions.mention_id as project_mention_id,
    project_mentions.page_version_id,
    project_mentions.extractor_version,
    project_mentions.ordinal as mention_ordinal,
    project_mentions.name as project_name,
    project_mentions.investment_cny,
    project_mentions.land_mu,
    project_mentions.floor_area_m2,
    project_mentions.annual_output_cny,
    nullif(trim(project_mentions.capacity), '') as capacity,
    project_mentions.stage,
    {{ stage_order('project_mentions.stage') }} as stage_order,
    {{ nonempty_list('project_mentions.companies') }} as companies,
    nullif(trim(project_mentions.location), '') as location,
    project_mentions.phases,
    project_mentions.evidence,
    project_mentions.span_start,
    project_mentions.span_end,
    {{ page_version_columns('current_extractions') }}
from project_mentions
inner join current_extractions
    on project_mentions.page_version_id = current_extractions.page_version_id
    and project_mentions.extractor_version = current_extractions.extractor_version
