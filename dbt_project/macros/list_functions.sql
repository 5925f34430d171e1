{# List (array) handling, DuckDB dialect. #}

{# An empty list means "not stated": null, like any other unstated field. #}
{% macro nonempty_list(expr) -%}
    case when len({{ expr }}) > 0 then {{ expr }} end
{%- endmacro %}

{# Distinct values of a text column as one sorted list per group. #}
{% macro sorted_distinct_list(expr) -%}
    list_sort(list_distinct(list({{ expr }})))
{%- endmacro %}
