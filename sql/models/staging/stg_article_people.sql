-- People per article, with the cross-article name from people.
with article_people_source as (
    select * from article_people
),

people_source as (
    select * from people
),

named as (
    select
        ap.article_id,
        ap.person_id,
        p.name as person_name,
        ap.name as name_in_article,
        ap.role,
        ap.mention_count,
        ap.quoted
    from article_people_source as ap
    left join people_source as p using (person_id)
)

select * from named
