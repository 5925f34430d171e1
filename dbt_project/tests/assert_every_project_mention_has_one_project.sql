-- Every project mention in the latest version of a notice belongs to exactly one project in
-- dim_projects: resolution neither drops nor duplicates mentions.
with

mentions as (

    select project_mention_id
    from {{ ref('int_project_mentions') }}
    where is_latest_page_version

),

resolved as (

    select clusters.project_mention_id, count(*) as n_projects
    from {{ ref('int_project_mention_clusters') }} as clusters
    inner join {{ ref('dim_projects') }} as projects
        on clusters.project_id = projects.project_id
    group by clusters.project_mention_id

)

select mentions.project_mention_id, resolved.n_projects
from mentions
left join resolved
    on mentions.project_mention_id = resolved.project_mention_id
where coalesce(resolved.n_projects, 0) <> 1
