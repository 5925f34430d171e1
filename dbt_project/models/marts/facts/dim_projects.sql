-- One row per resolved project: its names, the latest stated numbers (each with the notice it
-- came from), how far it has got and when it was seen.
{%- set stated_attributes = [
    'investment_cny', 'land_mu', 'floor_area_m2', 'annual_output_cny', 'capacity', 'location', 'companies'
] %}

with

project_mentions as (

    select * from {{ ref('int_project_mentions_resolved') }}

),

resolution as (

    select * from {{ ref('int_project_resolution') }}

),

names as (

    select
        project_id,
        canonical_key,
        canonical_name,
        merge_reason,
        n_aliases,
        string_agg(alias, ' / ' order by alias_rank) as aliases
    from resolution
    group by project_id, canonical_key, canonical_name, merge_reason, n_aliases

),

-- per attribute, the latest notice that states it: latest_investment_cny, latest_land_mu, …
{% for attribute in stated_attributes %}
latest_{{ attribute }} as (

    {{ latest_stated('project_mentions', 'project_id', attribute) }}

),
{% endfor %}

-- most advanced stage the notices say was reached (a planned date does not count)
reached_stages as (

    select
        project_id,
        stage as current_stage,
        stage_order as current_stage_order,
        row_number() over (
            partition by project_id
            order by stage_order desc, reported_on desc
        ) as advance_rank
    from {{ ref('int_project_stage_events') }}
    where not is_planned

),

sightings as (

    select
        project_id,
        min(published_date) as first_seen_date,
        max(published_date) as last_seen_date,
        count(*) as n_mentions,
        count(distinct url) as n_notices
    from project_mentions
    group by project_id

)

select
    names.project_id,
    names.canonical_name,
    names.aliases,
    names.n_aliases,
    names.merge_reason,
    names.canonical_key,
    latest_investment_cny.investment_cny,
    latest_investment_cny.investment_cny_page_version_id,
    latest_investment_cny.investment_cny_source_url,
    latest_land_mu.land_mu,
    latest_land_mu.land_mu_page_version_id,
    latest_land_mu.land_mu_source_url,
    latest_floor_area_m2.floor_area_m2,
    latest_floor_area_m2.floor_area_m2_page_version_id,
    latest_floor_area_m2.floor_area_m2_source_url,
    latest_annual_output_cny.annual_output_cny,
    latest_annual_output_cny.annual_output_cny_page_version_id,
    latest_annual_output_cny.annual_output_cny_source_url,
    latest_capacity.capacity,
    latest_capacity.capacity_page_version_id,
    latest_capacity.capacity_source_url,
    latest_location.location,
    {{ normalise_location('latest_location.location') }} as location_key,
    latest_location.location_page_version_id,
    latest_location.location_source_url,
    latest_companies.companies,
    latest_companies.companies_page_version_id,
    latest_companies.companies_source_url,
    reached_stages.current_stage,
    reached_stages.current_stage_order,
    sightings.first_seen_date,
    sightings.last_seen_date,
    sightings.n_mentions,
    sightings.n_notices
from names
inner join sightings on names.project_id = sightings.project_id
{%- for attribute in stated_attributes %}
left join latest_{{ attribute }} on names.project_id = latest_{{ attribute }}.project_id
{%- endfor %}
left join reached_stages
    on names.project_id = reached_stages.project_id
    and reached_stages.advance_rank = 1
