-- Awards per year and level (national / provincial / municipal / county / unknown).
select
    award_year,
    coalesce(level, 'unknown') as level,
    count(*) as n_awards,
    count(distinct recipient) as n_recipients,
    count(distinct url) as n_notices
from {{ ref('fct_awards') }}
group by award_year, coalesce(level, 'unknown')
