-- Quotes with a speaker label fit for grouping: unknown speakers named so.
with source as (
    select * from quotes
),

labelled as (
    select
        quote_id,
        coalesce(quotation_id, quote_id) as quotation_id,
        article_id,
        text,
        kind,
        coalesce(speaker, '(unattributed)') as speaker,
        coalesce(speaker_kind, 'unknown') as speaker_kind,
        speaker_person_id,
        verb,
        length(text) as text_length,
        start_char,
        end_char,
        paragraph_index
    from source
)

select * from labelled
