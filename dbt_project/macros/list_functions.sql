{# List (array) handling, DuckDB dialect. #}

{# An empty list means "not stated": null, like any other unstated field. #}
{% macro nonempty_list(expr) -%}
    case when len({{ expr }}) > 0 then {{ expr }} end
{%- endmacro %}
