with

outcome_mentions as (

    select * from {{ source('facts', 'outcome_mentions') }}

),

current_extractions as (

    select * from {{ ref('stg_facts__extractions') }}

)

select
    outcome_mentions.mention_id as outcome_mention_id,
    outcome_mentions.page_version_id,
    outcome_mentions.extractor_version,
    outcome_mentions.ordinal as mention_ordinal,
    outcome_mentions.indicator,
    outcome_mentions.metric,
    outcome_mentions.value,
    trim(outcome_mentions.unit) as unit,
    outcome_mentions.period_year,
    nullif(trim(outcome_mentions.subject), '') as subject,
    outcome_mentions.evidence,
    outcome_mentions.span_start,
    outcome_mentions.span_end,
    {{ page_version_columns('current_extractions') }}
from outcome_mentions
inner join current_extractions
    on outcome_mentions.page_version_id = current_extractions.page_version_id
    and outcome_mentions.extractor_version = current_extractions.extractor_version
