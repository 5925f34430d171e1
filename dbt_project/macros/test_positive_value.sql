{# Generic test: the column is > 0 where not null. (No dbt packages: installing them needs the network.) #}
{% test positive_value(model, column_name) %}
select * from {{ model }} where {{ column_name }} is not null and {{ column_name }} <= 0
{% endtest %}
