-- One row per project name as written: the keys that decide which names may be one project.
-- The rules are documented on the model (_intermediate__models.yml).
with

project_names as (

    select distinct project_name
    from {{ ref('int_project_mentions') }}
    where is_latest_page_version

),

normalised as (

    select
        project_name,
        {{ normalise_project_name('project_name') }} as normalised_name
    from project_names

),

without_place as (

    select
        *,
        {{ strip_leading_place('normalised_name') }} as name_without_place
    from normalised

),

brand_prefixes as (

    select
        *,
        case
            when {{ matches_pattern('name_without_place', project_cue_pattern()) }}
                then {{ text_before_first_cue('name_without_place') }}
            -- a short name with no industry word is all brand (富乐德项目 → 富乐德), unless it
            -- started with a place: 丽水技师学院 and 缙云技师学院 share no brand
            when name_without_place = normalised_name and length(normalised_name) <= 4
                then normalised_name
        end as brand_prefix
    from without_place

),

core_keys as (

    select
        *,
        case
            when length(brand_prefix) between 2 and 6
                and not {{ matches_pattern('brand_prefix', '^(' ~ generic_core_words() ~ ')$') }}
                then brand_prefix
        end as core_key
    from brand_prefixes

)

select
    project_name,
    normalised_name,
    core_key,
    coalesce(core_key, normalised_name) as name_key,
    case when core_key is not null then 'core_key' else 'normalised_name' end as name_key_rule
from core_keys
