with

target_mentions as (

    select * from {{ source('facts', 'target_mentions') }}

),

current_extractions as (

    select * from {{ ref('stg_facts__extractions') }}

)

select
    target_mentions.mention_id as target_mention_id,
    target_mentions.page_version_id,
    target_mentions.extractor_version,
    target_mentions.ordinal as mention_ordinal,
    target_mentions.indicator,
    target_mentions.metric,
    target_mentions.value,
    target_mentions.value_high,
    trim(target_mentions.unit) as unit,
    target_mentions.qualifier,
    target_mentions.commitment,
    target_mentions.target_year,
    nullif(trim(target_mentions.subject), '') as subject,
    target_mentions.evidence,
    target_mentions.span_start,
    target_mentions.span_end,
    {{ page_version_columns('current_extractions') }}
from target_mentions
inner join current_extractions
    on target_mentions.page_version_id = current_extractions.page_version_id
    and target_mentions.extractor_version = current_extractions.extractor_version
