-- Who says each quote: one row per quote and speaker ("said Ann Ruiz and Tom
-- Hale" gives two), labelled as stg_quotes labels them; a quote nobody is
-- credited with keeps one row, '(unattributed)'.
with quotes as (
    select * from stg_quotes
),

speakers as (
    select * from quote_speakers
),

credited as (
    select
        quotes.quote_id,
        quotes.quotation_id,
        quotes.article_id,
        quotes.kind,
        coalesce(speakers.position, 0) as position,
        coalesce(speakers.speaker, quotes.speaker) as speaker,
        coalesce(speakers.speaker_kind, quotes.speaker_kind) as speaker_kind,
        coalesce(speakers.speaker_person_id, quotes.speaker_person_id) as speaker_person_id
    from quotes
    left join speakers using (quote_id)
)

select * from credited
