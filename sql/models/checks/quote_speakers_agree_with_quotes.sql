-- Every speaker row belongs to a quote of the same article, and the first
-- speaker of a quote is the one in quotes.speaker.
select quote_speakers.quote_id
from quote_speakers
left join quotes using (quote_id)
where quotes.quote_id is null
    or quotes.article_id != quote_speakers.article_id
    or (quote_speakers.position = 0 and quotes.speaker is distinct from quote_speakers.speaker)
