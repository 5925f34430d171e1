-- Project mentions (latest version of each notice) with the project they were resolved to.
select
    mentions.*,
    clusters.project_id,
    clusters.canonical_key,
    clusters.normalised_name
from {{ ref('int_project_mentions') }} as mentions
inner join {{ ref('int_project_mention_clusters') }} as clusters
    on mentions.project_mention_id = clusters.project_mention_id
