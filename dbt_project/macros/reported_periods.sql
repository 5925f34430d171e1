{#
  Dates as the extractor reports them: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a period, not a day).
  Anything else gives null rather than an error, so one odd value cannot fail a build.
#}

{% macro period_precision(date_text) -%}
    case
        when {{ date_text }} similar to '[0-9]{4}-[0-9]{2}-[0-9]{2}' then 'day'
        when {{ date_text }} similar to '[0-9]{4}-[0-9]{2}' then 'month'
        when {{ date_text }} similar to '[0-9]{4}' then 'year'
    end
{%- endmacro %}

{# First day of the period: '2024-08' → 2024-08-01, '2024' → 2024-01-01. #}
{% macro period_start(date_text) -%}
    case {{ period_precision(date_text) }}
        when 'day' then try_cast({{ date_text }} as date)
        when 'month' then try_cast({{ date_text }} || '-01' as date)
        when 'year' then try_cast({{ date_text }} || '-01-01' as date)
    end
{%- endmacro %}

{# Last day of the period: '2024-02' → 2024-02-29, '2024' → 2024-12-31. #}
{% macro period_end(date_text) -%}
    case {{ period_precision(date_text) }}
        when 'day' then try_cast({{ date_text }} as date)
        when 'month' then cast(try_cast({{ date_text }} || '-01' as date) + interval 1 month - interval 1 day as date)
        when 'year' then try_cast({{ date_text }} || '-12-31' as date)
    end
{%- endmacro %}
