-- Award mentions of each page version's recorded extraction, with the notice they came from.
{{ config(
    materialized=archive_materialization(),
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_superseded_facts() }}",
) }}
{{ facts_with_notice('stg_facts__award_mentions') }}
