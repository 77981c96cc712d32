-- Who is quoted, how often (quotations, not their pieces), and in how many
-- articles. A quote said by several people ("said Ann Ruiz and Tom Hale")
-- counts for each of them.
with quotes as (
    select * from stg_quote_speakers
),

articles as (
    select article_id, published_at from stg_articles
),

quotes_with_dates as (
    select quotes.*, articles.published_at
    from quotes
    left join articles using (article_id)
),

per_speaker as (
    select
        speaker,
        any_value(speaker_kind) as speaker_kind,
        any_value(speaker_person_id) as person_id,
        count(distinct quotation_id) as quotes,
        count(distinct quotation_id) filter (where kind = 'direct') as direct_quotes,
        count(distinct quotation_id) filter (where kind = 'partial') as partial_quotes,
        count(distinct article_id) as articles,
        min(published_at) as first_quoted_at,
        max(published_at) as last_quoted_at
    from quotes_with_dates
    group by speaker
)

select * from per_speaker
order by quotes desc, speaker
