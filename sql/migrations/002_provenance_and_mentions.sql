-- Version 2: more of what each page says, where each name stands, and what
-- kind of speaker a quote has.

ALTER TABLE articles ADD COLUMN byline VARCHAR;
ALTER TABLE articles ADD COLUMN language VARCHAR;
ALTER TABLE articles ADD COLUMN canonical_url VARCHAR;
ALTER TABLE articles ADD COLUMN paragraph_count INTEGER;
ALTER TABLE articles ADD COLUMN encoding VARCHAR;

ALTER TABLE quotes ADD COLUMN speaker_kind VARCHAR;

ALTER TABLE captions ADD COLUMN people VARCHAR[];

CREATE TABLE mentions (
    mention_id      VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    person_id       VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    surface         VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    paragraph_index INTEGER,
    caption_index   INTEGER
);

ALTER TABLE documents ADD COLUMN encoding VARCHAR;
ALTER TABLE documents ADD COLUMN reason VARCHAR;
