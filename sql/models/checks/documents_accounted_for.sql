-- Every document recorded as loaded or replaced has its article in the warehouse.
select source_uri
from documents
where status in ('loaded', 'replaced')
  and article_id not in (select article_id from articles)
