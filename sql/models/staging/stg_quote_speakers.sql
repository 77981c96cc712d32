-- Who says each quote: one row per quote and speaker ("said Ann Ruiz and Tom
-- Hale" gives two), labelled like stg_quotes; a quote nobody is credited with
-- keeps one row, '(unattributed)'.
with quotes as (
    select * from quotes
),

speakers as (
    select * from quote_speakers
),

credited as (
    select
        quotes.quote_id,
        coalesce(quotes.quotation_id, quotes.quote_id) as quotation_id,
        quotes.article_id,
        quotes.kind,
        coalesce(speakers.position, 0) as position,
        coalesce(speakers.speaker, quotes.speaker, '(unattributed)') as speaker,
        coalesce(speakers.speaker_kind, quotes.speaker_kind, 'unknown') as speaker_kind,
        coalesce(speakers.speaker_person_id, quotes.speaker_person_id) as speaker_person_id
    from quotes
    left join speakers using (quote_id)
)

select * from credited
