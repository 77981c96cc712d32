-- Every quote's offsets point at its own text in its article's body.
select quotes.quote_id
from quotes
join articles using (article_id)
where substring(articles.body, quotes.start_char + 1, quotes.end_char - quotes.start_char) <> quotes.text
