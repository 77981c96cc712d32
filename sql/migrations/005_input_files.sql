-- Version 5: the size and modification time of every input file as last read.
-- A later run that finds a file with the same path, size and mtime counts it
-- as unchanged without reading it (like make and rsync); `--rehash` reads
-- every file regardless. Only page files (.txt, .html...) are recorded:
-- records files are always read. raw_sha256 is what the file held when its
-- stat was taken.

CREATE TABLE input_files (
    source_uri      VARCHAR PRIMARY KEY,
    size_bytes      BIGINT NOT NULL,
    mtime_ns        BIGINT NOT NULL,
    raw_sha256      VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL    -- the run that last read the file
);
