-- Version 3: what happened to every URL a scrape asked for.
-- One row per URL per run. `url` is the URL as listed (the article's
-- source_uri and identity); `final_url` is where redirects ended. Failed and
-- disallowed URLs are also rejects (stage 'fetch'); skipped URLs (not HTML,
-- too large) are recorded only here, as they are not documents.

CREATE TABLE fetches (
    url             VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,   -- id of the article this URL is (or would be)
    final_url       VARCHAR,
    status          VARCHAR NOT NULL,   -- fetched, not_modified, skipped, failed, disallowed
    http_status     INTEGER,
    content_type    VARCHAR,
    raw_sha256      VARCHAR,            -- landing-zone address of the body (304: the earlier body)
    fetched_at      TIMESTAMPTZ,
    error           VARCHAR,            -- one line, for failures and skips
    etag            VARCHAR,
    last_modified   VARCHAR,
    run_id          VARCHAR NOT NULL
);
