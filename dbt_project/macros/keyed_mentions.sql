{# Targets and outcomes are keyed the same way: the latest version of each notice, comparable
   indicator and subject keys, and a fact repeated within one notice kept once (CTE `deduplicated`,
   rows with repeat_rank = 1). #}
{% macro keyed_mentions(model, repeat_columns) -%}
mentions as (

    select
        *,
        {{ indicator_key('indicator') }} as indicator_key,
        {{ normalise_subject('subject') }} as subject_key
    from {{ ref(model) }} as facts
    where is_latest_page_version
    {{- where_facts_not_yet_built('facts', keyword='and') }}

),

deduplicated as (

    select
        *,
        row_number() over (
            partition by url, {{ repeat_columns | join(', ') }}
            order by mention_ordinal
        ) as repeat_rank
    from mentions

)
{%- endmacro %}
