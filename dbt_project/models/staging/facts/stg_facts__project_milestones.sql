-- Dated project stages, renamed, with the reported date text typed as a period.
select
    mention_id as project_mention_id,
    stage,
    date_text as event_date_text,
    {{ period_precision('date_text') }} as event_date_precision,
    {{ period_start('date_text') }} as event_date,
    {{ period_end('date_text') }} as event_period_end
from {{ source('facts', 'project_milestones') }}
