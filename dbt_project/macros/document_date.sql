{# The date a notice is dated: 发布时间 (published_at, local time) as a date, else 成文日期
   (written_date). warehouse/document_date.py computes the same for the extractor and the CLI. #}
{% macro document_date(published_at, written_date) -%}
    coalesce(cast({{ published_at }} as date), {{ written_date }})
{%- endmacro %}
