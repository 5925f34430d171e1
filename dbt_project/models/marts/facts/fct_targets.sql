-- One row per target a notice sets (latest version of each notice, repeats within a notice once).
select
    target_mention_id,
    page_version_id,
    target_key,
    indicator,
    indicator_key,
    metric,
    value,
    value_high,
    unit,
    qualifier,
    commitment,
    target_year,
    subject,
    url,
    title,
    published_date,
    source_id,
    evidence
from {{ ref('int_target_mentions_keyed') }}
