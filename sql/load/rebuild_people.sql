-- One row per distinct person across all articles, named by the spelling
-- most articles use (ties: the longest, then alphabetical, so that a re-run
-- picks the same name).
delete from people;

insert into people
with spellings as (
    select person_id, name, count(*) as articles
    from article_people
    group by person_id, name
),

ranked as (
    select
        person_id,
        name,
        row_number() over (
            partition by person_id
            order by articles desc, length(name) desc, name
        ) as spelling_rank
    from spellings
)

select person_id, name
from ranked
where spelling_rank = 1
order by person_id;
