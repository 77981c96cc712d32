-- One line per article: what was extracted from it.
with articles as (
    select * from stg_articles
),

quote_counts as (
    select article_id, count(*) as quotes
    from stg_quotes
    group by article_id
),

speaker_counts as (
    select article_id, count(distinct speaker) as speakers
    from stg_quote_speakers
    group by article_id
),

people_counts as (
    select article_id, count(*) as people
    from stg_article_people
    group by article_id
),

caption_counts as (
    select article_id, count(*) as captions
    from captions
    group by article_id
),

summary as (
    select
        articles.article_id,
        articles.site,
        articles.title,
        articles.published_at,
        articles.word_count,
        coalesce(people_counts.people, 0) as people,
        coalesce(quote_counts.quotes, 0) as quotes,
        coalesce(speaker_counts.speakers, 0) as speakers,
        coalesce(caption_counts.captions, 0) as captions
    from articles
    left join quote_counts using (article_id)
    left join speaker_counts using (article_id)
    left join people_counts using (article_id)
    left join caption_counts using (article_id)
)

select * from summary
