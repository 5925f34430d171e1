-- met / missed must agree with the numbers for the floor-type qualifiers: a met at_least target
-- never has a result below it, a missed one never reaches it. For a fall (negative growth
-- target) lower is better, so the margin's sign flips.
with

margins as (

    select
        *,
        case
            when metric = 'growth' and target_value < 0 then -outcome_minus_target
            else outcome_minus_target
        end as margin
    from {{ ref('fct_target_outcomes') }}
    where qualifier in ('at_least', 'point', 'range')
        and status in ('met', 'missed')

)

select target_mention_id, qualifier, status, target_value, outcome_value, margin
from margins
where (status = 'met') <> (margin >= 0)
