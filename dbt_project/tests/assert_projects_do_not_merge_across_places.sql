-- No resolved project holds two stated locations of which neither contains the other:
-- one company's projects in two counties must stay two projects.
with

located as (

    select distinct project_id, location_key
    from {{ ref('int_project_mention_clusters') }}
    where location_key is not null

)

select a.project_id, a.location_key, b.location_key as other_location_key
from located as a
inner join located as b
    on a.project_id = b.project_id
    and a.location_key < b.location_key
where strpos(a.location_key, b.location_key) = 0
    and strpos(b.location_key, a.location_key) = 0
