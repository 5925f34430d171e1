-- One row per page version (url + body hash), typed and renamed; nothing else.
{{ config(materialized=archive_materialization(), incremental_strategy='append', on_schema_change='fail') }}
select
    page_version_id,
    url,
    content_hash,
    source_id,
    column_id,
    run_id as first_seen_run_id,
    fetched_at,
    title,
    published_at,
    {{ document_date('published_at', 'written_date') }} as published_date,
    index_no,
    nullif(doc_no, '') as doc_no,
    category,
    publisher,
    written_date,
    disclosure,
    content_source,
    column_name,
    site_name,
    body,
    length(body) as body_chars,
    attachments
from {{ source('raw', 'page_versions') }} as page_versions
{{ where_not_yet_loaded('page_versions', ['page_version_id']) }}
