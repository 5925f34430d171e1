with

award_mentions as (

    select * from {{ source('facts', 'award_mentions') }}

),

current_extractions as (

    select * from {{ ref('stg_facts__extractions') }}

)

select
    award_mentions.mention_id as award_mention_id,
    award_mentions.page_version_id,
    award_mentions.extractor_version,
    award_mentions.ordinal as mention_ordinal,
    award_mentions.award,
    nullif(trim(award_mentions.grade), '') as grade,
    nullif(trim(award_mentions.recipient), '') as recipient,
    award_mentions.level,
    award_mentions.date_text as award_date_text,
    {{ period_precision('award_mentions.date_text') }} as award_date_precision,
    {{ period_start('award_mentions.date_text') }} as award_date,
    award_mentions.evidence,
    award_mentions.span_start,
    award_mentions.span_end,
    {{ page_version_columns('current_extractions') }}
from award_mentions
inner join current_extractions
    on award_mentions.page_version_id = current_extractions.page_version_id
    and award_mentions.extractor_version = current_extractions.extractor_version
