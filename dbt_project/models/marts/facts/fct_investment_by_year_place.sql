-- Investment announced per year and place: projects counted once, in the year of the first
-- notice that names them, at their latest stated location and investment.
select
    cast(extract(year from first_seen_date) as integer) as first_announced_year,
    location_key as location,
    count(*) as n_projects,
    count(investment_cny) as n_projects_with_investment,
    sum(investment_cny) as investment_cny,
    sum(investment_cny) / 100000000 as investment_100m_cny
from {{ ref('dim_projects') }}
group by cast(extract(year from first_seen_date) as integer), location_key
