-- Version 1: the warehouse's tables.
-- Article rows are replaced as a whole when their source changes, so child
-- tables carry article_id and no foreign keys (DuckDB cannot delete a parent
-- row that a foreign key still references inside one transaction).

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY,
    source_uri      VARCHAR NOT NULL,
    site            VARCHAR,
    title           VARCHAR,
    body            VARCHAR NOT NULL,
    published_at    VARCHAR,
    word_count      INTEGER NOT NULL,
    raw_sha256      VARCHAR NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE people (
    person_id       VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL
);

CREATE TABLE article_people (
    article_id      VARCHAR NOT NULL,
    person_id       VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    role            VARCHAR,
    mention_count   INTEGER NOT NULL,
    quoted          BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, person_id)
);

CREATE TABLE quotes (
    quote_id            VARCHAR PRIMARY KEY,
    article_id          VARCHAR NOT NULL,
    text                VARCHAR NOT NULL,
    kind                VARCHAR NOT NULL,
    speaker             VARCHAR,
    speaker_person_id   VARCHAR,
    verb                VARCHAR,
    start_char          INTEGER NOT NULL,
    end_char            INTEGER NOT NULL,
    paragraph_index     INTEGER NOT NULL
);

CREATE TABLE captions (
    caption_id      VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    credit          VARCHAR,
    position        INTEGER NOT NULL
);

-- One row per distinct (source, content) seen: the history of every input.
CREATE TABLE documents (
    source_uri      VARCHAR NOT NULL,
    raw_sha256      VARCHAR NOT NULL,
    article_id      VARCHAR,
    status          VARCHAR NOT NULL,   -- loaded, replaced, duplicate, rejected
    duplicate_of    VARCHAR,
    size_bytes      BIGINT,
    first_run_id    VARCHAR NOT NULL,
    first_seen_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_uri, raw_sha256)
);

CREATE TABLE rejects (
    source_uri      VARCHAR NOT NULL,
    raw_sha256      VARCHAR,
    stage           VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    rejected_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE runs (
    run_id          VARCHAR PRIMARY KEY,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR NOT NULL,
    inputs_seen     INTEGER NOT NULL,
    loaded          INTEGER NOT NULL,
    unchanged       INTEGER NOT NULL,
    duplicates      INTEGER NOT NULL,
    rejected        INTEGER NOT NULL,
    articles        INTEGER NOT NULL,
    quotes          INTEGER NOT NULL,
    people          INTEGER NOT NULL,
    captions        INTEGER NOT NULL
);

CREATE TABLE validation_results (
    run_id              VARCHAR NOT NULL,
    suite               VARCHAR NOT NULL,
    expectation_type    VARCHAR NOT NULL,
    "column"            VARCHAR,
    success             BOOLEAN NOT NULL,
    unexpected_count    BIGINT,
    element_count       BIGINT,
    checked_at          TIMESTAMPTZ NOT NULL
);
