-- One row per (resolved project, name as written): the project's canonical name, each alias
-- and why it was merged into the project.
with

project_mentions as (

    select * from {{ ref('int_project_mentions_resolved') }}

),

aliases as (

    select
        project_id,
        canonical_key,
        project_name as alias,
        normalised_name,
        count(*) as alias_n_mentions,
        min(published_date) as alias_first_seen_date,
        sum(count(*)) over (partition by project_id, normalised_name) as normalised_name_n_mentions,
        sum(count(*)) over (partition by project_id) as project_n_mentions
    from project_mentions
    group by project_id, canonical_key, project_name, normalised_name

),

-- canonical name: the most used way of writing the most used normalised name; ties go to
-- the name seen first, then the longer (more specific) one
ranked_aliases as (

    select
        *,
        row_number() over (
            partition by project_id
            order by
                normalised_name_n_mentions desc,
                alias_n_mentions desc,
                alias_first_seen_date asc nulls last,
                length(alias) desc,
                alias asc
        ) as canonical_rank
    from aliases

),

canonical_names as (

    select
        project_id,
        alias as canonical_name,
        normalised_name as canonical_normalised_name
    from ranked_aliases
    where canonical_rank = 1

),

alias_reasons as (

    select
        ranked_aliases.*,
        canonical_names.canonical_name,
        case
            when ranked_aliases.alias = canonical_names.canonical_name then 'exact_name'
            when ranked_aliases.normalised_name = canonical_names.canonical_normalised_name then 'normalised_name'
            else 'shared_core_key_same_location'
        end as alias_merge_reason
    from ranked_aliases
    inner join canonical_names
        on ranked_aliases.project_id = canonical_names.project_id

),

reason_strength as (

    select
        *,
        case alias_merge_reason
            when 'exact_name' then 1
            when 'normalised_name' then 2
            else 3
        end as alias_merge_strength
    from alias_reasons

)

select
    project_id,
    canonical_key,
    canonical_name,
    alias,
    normalised_name as alias_normalised_name,
    alias_merge_reason,
    alias_n_mentions,
    alias_first_seen_date,
    canonical_rank as alias_rank,
    count(*) over (partition by project_id) as n_aliases,
    -- the project's merge reason is its weakest link
    case
        when project_n_mentions = 1 then 'single_mention'
        when max(alias_merge_strength) over (partition by project_id) = 1 then 'exact_name'
        when max(alias_merge_strength) over (partition by project_id) = 2 then 'normalised_name'
        else 'shared_core_key_same_location'
    end as merge_reason
from reason_strength
