-- One row per project mention: the resolved project it belongs to.
-- Mentions group by name_key (int_project_name_keys), then split by where they are built, so
-- that one company's projects in two places stay two projects.
with

project_mentions as (

    select
        project_mention_id,
        project_name,
        {{ normalise_location('location') }} as location_key
    from {{ ref('int_project_mentions') }}
    where is_latest_page_version

),

name_keys as (

    select * from {{ ref('int_project_name_keys') }}

),

keyed_mentions as (

    select
        project_mentions.project_mention_id,
        project_mentions.project_name,
        name_keys.normalised_name,
        name_keys.name_key,
        -- '' stands for "location not stated": it is contained in every location
        coalesce(project_mentions.location_key, '') as location_key
    from project_mentions
    inner join name_keys
        on project_mentions.project_name = name_keys.project_name

),

locations_per_name_key as (

    select distinct name_key, location_key
    from keyed_mentions

),

-- the places a name_key is built in: stated locations that no other location contains
-- ('经开区' is inside '丽水经开区', so only '丽水经开区' is a root)
location_roots as (

    select candidate.name_key, candidate.location_key
    from locations_per_name_key as candidate
    where candidate.location_key <> ''
        and not exists (
            select 1
            from locations_per_name_key as other
            where other.name_key = candidate.name_key
                and other.location_key <> candidate.location_key
                and strpos(other.location_key, candidate.location_key) > 0
        )

),

-- a location (or '') joins the one root that contains it; when none or several do, it stays
-- on its own: an unstated place next to two stated ones is not guessed
location_clusters as (

    select
        locations_per_name_key.name_key,
        locations_per_name_key.location_key,
        case
            when count(location_roots.location_key) = 1
                then min(location_roots.location_key)
            else locations_per_name_key.location_key
        end as cluster_location
    from locations_per_name_key
    left join location_roots
        on locations_per_name_key.name_key = location_roots.name_key
        and strpos(location_roots.location_key, locations_per_name_key.location_key) > 0
    group by locations_per_name_key.name_key, locations_per_name_key.location_key

),

clusters_per_name_key as (

    select name_key, count(distinct cluster_location) as n_clusters
    from location_clusters
    group by name_key

),

clustered_mentions as (

    select
        keyed_mentions.*,
        location_clusters.cluster_location,
        -- the place only enters the key when a name_key splits, so a project keeps its id
        -- until a same-named project appears somewhere else
        case
            when clusters_per_name_key.n_clusters = 1 then keyed_mentions.name_key
            else keyed_mentions.name_key || '@' || coalesce(nullif(location_clusters.cluster_location, ''), 'unstated')
        end as canonical_key
    from keyed_mentions
    inner join location_clusters
        on keyed_mentions.name_key = location_clusters.name_key
        and keyed_mentions.location_key = location_clusters.location_key
    inner join clusters_per_name_key
        on keyed_mentions.name_key = clusters_per_name_key.name_key

)

select
    project_mention_id,
    md5(canonical_key) as project_id,
    canonical_key,
    project_name,
    normalised_name,
    name_key,
    nullif(location_key, '') as location_key,
    nullif(cluster_location, '') as cluster_location
from clustered_mentions
