-- For each target, the outcome that best reports how it ended: same year, same or contained
-- indicator, same subject (or neither states one), published after the target. The best is the
-- first by: units agreeing, metrics agreeing, equal indicator, equal subject, then the most
-- recently published (the final figure for the year), most recently fetched, lowest id.
--
-- Outcomes that agree on everything the match depends on except recency (year, indicator, subject,
-- unit, growth or not) form a group, and only a group's most recent outcome can be a target's
-- best: when it is not published after the target, none of the group is. So targets are paired
-- with groups, not with every outcome, and the cost follows targets x groups, not targets x outcomes.
with

targets as (

    select * from {{ ref('int_target_mentions_keyed') }}

),

outcomes as (

    select
        *,
        metric = 'growth' as is_growth,
        row_number() over (
            partition by period_year, indicator_key, subject_key, unit, metric = 'growth'
            order by published_date desc, fetched_at desc, outcome_mention_id asc
        ) as recency_rank
    from {{ ref('int_outcome_mentions_keyed') }}
    where published_date is not null

),

latest_per_group as (

    select * from outcomes
    where recency_rank = 1

),

target_keys as (

    select distinct indicator_key from targets

),

outcome_keys as (

    select distinct indicator_key from latest_per_group

),

-- the few distinct indicator keys, paired first: one equals or contains the other
indicator_pairs as (

    select
        target_keys.indicator_key as target_indicator_key,
        outcome_keys.indicator_key as outcome_indicator_key
    from target_keys
    inner join outcome_keys
        on strpos(outcome_keys.indicator_key, target_keys.indicator_key) > 0
        or strpos(target_keys.indicator_key, outcome_keys.indicator_key) > 0

),

candidates as (

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
        outcomes.is_growth = (targets.metric = 'growth') as metrics_agree,
        outcomes.published_date as outcome_published_date,
        outcomes.fetched_at as outcome_fetched_at
    from targets
    inner join indicator_pairs
        on targets.indicator_key = indicator_pairs.target_indicator_key
    inner join latest_per_group as outcomes
        on indicator_pairs.outcome_indicator_key = outcomes.indicator_key
        and targets.target_year = outcomes.period_year
        and {{ subjects_agree('outcomes.subject_key', 'targets.subject_key') }}
        and targets.published_date < outcomes.published_date

),

ranked as (

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
    from candidates

)

select * exclude (match_rank)
from ranked
where match_rank = 1
