-- A quote attributed to a person names someone listed for that article.
select quotes.quote_id
from quotes
left join article_people
    on quotes.article_id = article_people.article_id
    and quotes.speaker_person_id = article_people.person_id
where quotes.speaker_person_id is not null
  and article_people.person_id is null
