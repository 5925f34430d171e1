-- Notices per source, column, publisher and month of publication.
select
    source_id,
    column_id,
    coalesce(column_name, column_id) as column_name,
    coalesce(publisher, '(unknown)') as publisher,
    published_month,
    count(*)::integer as n_notices,
    count(*) filter (where n_versions > 1)::integer as n_changed_notices,
    count(*) filter (where not is_listed)::integer as n_unlisted_notices
from {{ ref('fct_notices') }}
group by all
