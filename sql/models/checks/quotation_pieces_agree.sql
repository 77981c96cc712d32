-- The pieces of one quotation are from one article, of one kind, by one speaker.
select quotation_id
from quotes
group by quotation_id
having count(distinct article_id) > 1
    or count(distinct kind) > 1
    or count(distinct coalesce(speaker, '')) > 1
