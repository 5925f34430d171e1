{# The notice a fact came from, as every fact staging model carries it (see stg_facts__extractions). #}
{% macro page_version_columns(relation_alias) -%}
    {%- for column in ['url', 'title', 'published_date', 'source_id', 'column_id', 'fetched_at', 'is_latest_page_version'] %}
    {{ relation_alias }}.{{ column }}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}
