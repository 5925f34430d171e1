-- One row per extracted page version, with the notice it belongs to. Every fact model joins on
-- (page_version_id, extractor_version) here: a fact counts only when its extraction is recorded,
-- so the rows a re-extraction has not replaced yet never reach the marts.
with

extractions as (

    select * from {{ ref('stg_facts__extractions') }}

),

page_versions as (

    select * from {{ ref('int_page_versions') }}

)

select
    extractions.page_version_id,
    extractions.extractor_version,
    extractions.extracted_at,
    extractions.document_date,
    extractions.n_projects,
    extractions.n_awards,
    extractions.n_targets,
    extractions.n_outcomes,
    page_versions.url,
    page_versions.title,
    page_versions.published_date,
    page_versions.source_id,
    page_versions.column_id,
    page_versions.fetched_at,
    page_versions.is_latest_page_version
from extractions
inner join page_versions
    on extractions.page_version_id = page_versions.page_version_id
