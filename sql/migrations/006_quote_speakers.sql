-- Version 6: everyone who says a quote, one row each.
-- "“…,” said Ann Ruiz and Tom Hale" has two speakers. quotes.speaker keeps the
-- one the attribution names first as its subject (position 0); quote_speakers
-- lists them all, so that counting by speaker credits each of them. Rows
-- loaded before this version get one row per quote that has a speaker.

CREATE TABLE quote_speakers (
    quote_id            VARCHAR NOT NULL,
    article_id          VARCHAR NOT NULL,
    position            INTEGER NOT NULL,   -- 0: quotes.speaker; 1, 2, ...: the others, in text order
    speaker             VARCHAR NOT NULL,
    speaker_kind        VARCHAR,
    speaker_person_id   VARCHAR,
    PRIMARY KEY (quote_id, position)
);

INSERT INTO quote_speakers
SELECT quote_id, article_id, 0, speaker, speaker_kind, speaker_person_id
FROM quotes
WHERE speaker IS NOT NULL;
