{# The life of a project, in order. A stage's rank is how far a project has got. #}
{% macro project_stages() -%}
    {{ return(['planned', 'signed', 'approved', 'started', 'topped_out', 'completed', 'in_production']) }}
{%- endmacro %}

{# planned 1 < signed 2 < approved 3 < started 4 < topped_out 5 < completed 6 < in_production 7;
   null for anything else. #}
{% macro stage_order(stage) -%}
    case {{ stage }}
        {%- for s in project_stages() %}
        when '{{ s }}' then {{ loop.index }}
        {%- endfor %}
    end
{%- endmacro %}
