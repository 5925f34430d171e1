-- One row per notice (its current version): what BI lists and filters.
select
    url as notice_url,
    page_version_id,
    source_id,
    column_id,
    column_name,
    publisher,
    category,
    title,
    published_date,
    date_trunc('month', published_date)::date as published_month,
    index_no,
    doc_no,
    written_date,
    content_source,
    body_chars,
    json_array_length(attachments)::integer as n_attachments,
    n_versions::integer as n_versions,
    is_listed,
    first_fetched_at,
    fetched_at as last_changed_at
from {{ ref('int_notices_current') }}
