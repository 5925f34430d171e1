-- Project mentions, renamed and typed.
select
    mention_id as project_mention_id,
    page_version_id,
    extractor_version,
    ordinal as mention_ordinal,
    name as project_name,
    investment_cny,
    land_mu,
    floor_area_m2,
    annual_output_cny,
    nullif(trim(capacity), '') as capacity,
    stage,
    {{ nonempty_list('companies') }} as companies,
    nullif(trim(location), '') as location,
    phases,
    evidence,
    span_start,
    span_end
from {{ source('facts', 'project_mentions') }}
