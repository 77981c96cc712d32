-- One row per quotation: the pieces of “…,” he said. “…” put back together.
with pieces as (
    select * from stg_quotes
),

quotations as (
    select
        quotation_id,
        article_id,
        any_value(kind) as kind,
        any_value(speaker) as speaker,
        any_value(speaker_kind) as speaker_kind,
        any_value(speaker_person_id) as speaker_person_id,
        string_agg(text, ' ' order by start_char) as text,
        count(*) as pieces,
        min(start_char) as start_char,
        max(end_char) as end_char,
        min(paragraph_index) as first_paragraph,
        max(paragraph_index) as last_paragraph
    from pieces
    group by quotation_id, article_id
)

select * from quotations
order by article_id, start_char
