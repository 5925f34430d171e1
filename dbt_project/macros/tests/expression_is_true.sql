{# Fails for every row where the boolean expression is false (a model-level value-range check). #}
{% test expression_is_true(model, expression) %}
select *
from {{ model }}
where not ({{ expression }})
{% endtest %}
