-- Each target with the result a later notice reports for it, and whether it was met.
with

targets as (

    select * from {{ ref('fct_targets') }}

),

best_matches as (

    select * from {{ ref('int_target_outcome_matches') }}

),

outcomes as (

    select * from {{ ref('int_outcome_mentions_keyed') }}

),

joined as (

    select
        targets.*,
        best_matches.indicator_match,
        best_matches.units_agree,
        best_matches.metrics_agree,
        outcomes.outcome_mention_id,
        outcomes.indicator as outcome_indicator,
        outcomes.value as outcome_value,
        outcomes.unit as outcome_unit,
        outcomes.url as outcome_url,
        outcomes.published_date as outcome_published_date,
        outcomes.evidence as outcome_evidence,
        -- a fall (negative growth) is better the lower it goes: compare with the sign flipped
        case when targets.metric = 'growth' and targets.value < 0 then -1 else 1 end as direction,
        case
            when targets.unit in ('%', '个百分点') then 0.5
            else abs(targets.value) * 0.1
        end as around_tolerance
    from targets
    left join best_matches
        on targets.target_mention_id = best_matches.target_mention_id
    left join outcomes
        on best_matches.outcome_mention_id = outcomes.outcome_mention_id

),

judged as (

    select
        *,
        case
            when outcome_mention_id is null then 'no_outcome_reported'
            when not units_agree then 'unit_mismatch'
            when not metrics_agree then 'metric_mismatch'
        end as unknown_reason,
        case
            when qualifier = 'at_most' then direction * outcome_value <= direction * value
            -- 左右: reaching the value within tolerance, or beating it, is meeting it
            when qualifier = 'around' then direction * outcome_value >= direction * value - around_tolerance
            -- at_least, point and range (its lower bound) are all floors
            else direction * outcome_value >= direction * value
        end as outcome_meets_target
    from joined

)

select
    target_mention_id,
    target_key,
    indicator,
    subject,
    target_year,
    metric,
    qualifier,
    commitment,
    value as target_value,
    value_high as target_value_high,
    unit as target_unit,
    url as target_url,
    published_date as target_published_date,
    evidence as target_evidence,
    case
        when unknown_reason is not null then 'unknown'
        when outcome_meets_target then 'met'
        else 'missed'
    end as status,
    unknown_reason,
    indicator_match,
    outcome_mention_id,
    outcome_indicator,
    outcome_value,
    outcome_unit,
    case when unknown_reason is null then round(outcome_value - value, 6) end as outcome_minus_target,
    outcome_url,
    outcome_published_date,
    outcome_evidence
from judged
