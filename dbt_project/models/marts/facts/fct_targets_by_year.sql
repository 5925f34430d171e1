-- Targets per target year, indicator and unit: how many notices set them, the range of values,
-- and how firmly (commitment).
select
    target_year,
    indicator_key,
    min(indicator) as indicator_example,
    unit,
    count(*) as n_targets,
    count(distinct url) as n_notices,
    min(value) as min_value,
    max(value) as max_value,
    count(*) filter (where commitment = 'hard') as n_hard,
    count(*) filter (where commitment = 'aspirational') as n_aspirational,
    count(*) filter (where commitment = 'expected') as n_expected,
    count(*) filter (where commitment = 'unspecified') as n_unspecified
from {{ ref('fct_targets') }}
group by target_year, indicator_key, unit
