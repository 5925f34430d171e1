-- One row per resolved project: its names, the latest stated numbers (each with the notice it
-- came from), how far it has got and when it was seen.
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

latest_investment as ({{ latest_stated('project_mentions', 'project_id', 'investment_cny') }}),
latest_land as ({{ latest_stated('project_mentions', 'project_id', 'land_mu') }}),
latest_floor_area as ({{ latest_stated('project_mentions', 'project_id', 'floor_area_m2') }}),
latest_annual_output as ({{ latest_stated('project_mentions', 'project_id', 'annual_output_cny') }}),
latest_capacity as ({{ latest_stated('project_mentions', 'project_id', 'capacity') }}),
latest_location as ({{ latest_stated('project_mentions', 'project_id', 'location') }}),
latest_companies as ({{ latest_stated('project_mentions', 'project_id', 'companies') }}),

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
    latest_investment.investment_cny,
    latest_investment.investment_cny_page_version_id,
    latest_investment.investment_cny_source_url,
    latest_land.land_mu,
    latest_land.land_mu_page_version_id,
    latest_land.land_mu_source_url,
    latest_floor_area.floor_area_m2,
    latest_floor_area.floor_area_m2_page_version_id,
    latest_floor_area.floor_area_m2_source_url,
    latest_annual_output.annual_output_cny,
    latest_annual_output.annual_output_cny_page_version_id,
    latest_annual_output.annual_output_cny_source_url,
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
left join latest_investment on names.project_id = latest_investment.project_id
left join latest_land on names.project_id = latest_land.project_id
left join latest_floor_area on names.project_id = latest_floor_area.project_id
left join latest_annual_output on names.project_id = latest_annual_output.project_id
left join latest_capacity on names.project_id = latest_capacity.project_id
left join latest_location on names.project_id = latest_location.project_id
left join latest_companies on names.project_id = latest_companies.project_id
left join reached_stages
    on names.project_id = reached_stages.project_id
    and reached_stages.advance_rank = 1
