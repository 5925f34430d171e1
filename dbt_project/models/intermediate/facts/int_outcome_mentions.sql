-- Outcome mentions of each page version's recorded extraction, with the notice they came from.
{{ facts_with_notice('stg_facts__outcome_mentions') }}
