-- Every person across the warehouse: in how many articles, how often named and quoted, and as what.
with article_people as (
    select * from stg_article_people
),

per_person as (
    select
        person_id,
        any_value(person_name) as name,
        count(distinct article_id) as articles,
        sum(mention_count) as mentions,
        count(*) filter (where quoted) as articles_quoted_in,
        list_distinct(list(role) filter (where role is not null)) as roles
    from article_people
    group by person_id
)

select * from per_person
order by articles desc, mentions desc, name
