-- Articles with their publication time parsed where the page gave one.
with source as (
    select * from articles
),

parsed as (
    select
        article_id,
        source_uri,
        site,
        title,
        try_cast(published_at as timestamptz) as published_at,
        word_count,
        paragraph_count,
        raw_sha256,
        ingested_at
    from source
)

select * from parsed
