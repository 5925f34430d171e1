{#
  The latest stated value of one attribute per group, with the notice it came from:
  "latest" is the most recently published notice that states it (then the most recently
  fetched, then the first mention in the notice). Emits a select for a CTE body; the relation
  needs page_version_id, url, published_date, fetched_at and mention_ordinal.
#}
{% macro latest_stated(relation, group_by, attribute) -%}
    select
        {{ group_by }},
        {{ attribute }},
        page_version_id as {{ attribute }}_page_version_id,
        url as {{ attribute }}_source_url
    from (
        select
            *,
            row_number() over (
                partition by {{ group_by }}
                order by published_date desc nulls last, fetched_at desc, mention_ordinal asc
            ) as recency_rank
        from {{ relation }}
        where {{ attribute }} is not null
    ) as stated
    where recency_rank = 1
{%- endmacro %}
