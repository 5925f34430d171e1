-- One row per extracted page version (warehouse.facts keeps one extraction per page version),
-- renamed and typed.
select
    page_version_id,
    extractor_version,
    extracted_at,
    document_date,
    n_projects,
    n_awards,
    n_targets,
    n_outcomes
from {{ source('facts', 'extractions') }}
