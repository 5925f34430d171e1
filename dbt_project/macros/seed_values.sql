{#
  One column of a seed, read when a model is compiled, so that SQL and Python share one data file
  (dbt_project/seeds/, read by warehouse/reference.py too). `query` selects one column; {relation}
  stands for the seed's table. The ref makes the seed a dependency of every model that calls this,
  so `dbt build` loads it first. At parse time there is no database: the list is empty.
#}
{% macro seed_values(seed_name, query) -%}
    {%- set relation = ref(seed_name) -%}
    {%- if execute -%}
        {%- set result = run_query('select ' ~ query | replace('{relation}', relation)) -%}
        {{- return(result.columns[0].values() | list) -}}
    {%- endif -%}
    {{- return([]) -}}
{%- endmacro %}
