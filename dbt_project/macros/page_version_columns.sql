{# The notice a fact came from, as every intermediate fact model carries it (see int_extractions), and the
   extraction's time, by which an incremental fact model tells its rows are current (macros/incremental.sql). #}
{% macro page_version_columns(relation_alias) -%}
    {%- set columns = [
        'url', 'title', 'published_date', 'source_id', 'column_id', 'fetched_at', 'is_latest_page_version',
        'extracted_at'
    ] -%}
    {%- for column in columns %}{{ relation_alias }}.{{ column }}{% if not loop.last %},
    {% endif %}{% endfor -%}
{%- endmacro %}
