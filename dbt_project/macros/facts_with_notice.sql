{# The rows of a fact staging model that belong to a recorded extraction, with the notice they came
   from (int_extractions): how every intermediate fact model starts. A select for a model or CTE body; in an
   incremental model's run, only the page versions it does not hold yet (macros/incremental.sql). #}
{% macro facts_with_notice(facts_model) -%}
    select
        facts.*,
        {{ page_version_columns('extractions') }}
    from {{ ref(facts_model) }} as facts
    inner join {{ ref('int_extractions') }} as extractions
        on facts.page_version_id = extractions.page_version_id
        and facts.extractor_version = extractions.extractor_version
    {{- where_facts_not_yet_built('extractions') }}
{%- endmacro %}
