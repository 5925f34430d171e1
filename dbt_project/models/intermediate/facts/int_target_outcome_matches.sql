-- Every (target, outcome) pair that may report how the target ended: same year, same or
-- contained indicator, same subject (or neither states one), outcome published later.
-- Ranked so that fct_target_outcomes can take the best match per target.
with

targets as (

    select * from {{ ref('int_target_mentions_keyed') }}

),

outcomes as (

    select * from {{ ref('int_outcome_mentions_keyed') }}

),

pairs as (

    select
        targets.target_mention_id,
        outcomes.outcome_mention_id,
        case
            when outcomes.indicator_key = targets.indicator_key then 'equal'
            else 'contains'
        end as indicator_match,
        outcomes.unit = targets.unit as units_agree,
        -- equal, or both unstated
        coalesce(
            outcomes.subject_key = targets.subject_key,
            outcomes.subject_key is null and targets.subject_key is null
        ) as subjects_equal,
        -- a growth rate and a level are different quantities even in the same unit
        (outcomes.metric = 'growth') = (targets.metric = 'growth') as metrics_agree,
        outcomes.published_date as outcome_published_date,
        outcomes.fetched_at as outcome_fetched_at
    from targets
    inner join outcomes
        on targets.target_year = outcomes.period_year
        and (
            targets.indicator_key = outcomes.indicator_key
            or strpos(outcomes.indicator_key, targets.indicator_key) > 0
            or strpos(targets.indicator_key, outcomes.indicator_key) > 0
        )
        and {{ subjects_agree('outcomes.subject_key', 'targets.subject_key') }}
        and targets.published_date < outcomes.published_date

)

select
    *,
    row_number() over (
        partition by target_mention_id
        order by
            units_agree desc,
            metrics_agree desc,
            indicator_match = 'equal' desc,
            subjects_equal desc,
            -- the latest report of a year's result is the final figure
            outcome_published_date desc,
            outcome_fetched_at desc,
            outcome_mention_id asc
    ) as match_rank
from pairs
