-- govwatch warehouse schema, version 1. Applied idempotently by warehouse.db.migrate().
-- raw.*   : what the scrapers saw (append-only; nothing is ever deleted)
-- facts.* : what the extractor read out of raw page versions (replaced per page version + extractor version)
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS facts;
CREATE SCHEMA IF NOT EXISTS meta;

CREATE TABLE IF NOT EXISTS meta.schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP);

-- One row per dbt build that succeeded (warehouse/dbt_builds.py): the fingerprints of the dbt project and of each
-- source table it was planned from, so the next build rebuilds only what is downstream of a change.
CREATE TABLE IF NOT EXISTS meta.dbt_builds (
    built_at       TIMESTAMP PRIMARY KEY,
    code           VARCHAR NOT NULL,     -- sha256 of the project's models, seeds, tests, macros and configs
    sources        VARCHAR NOT NULL,     -- JSON: source table -> "rows:sum of row hashes"
    whole_build    BOOLEAN NOT NULL,
    models_built   INTEGER NOT NULL,     -- models and seeds
    models_skipped INTEGER NOT NULL,
    tests_run      INTEGER NOT NULL,
    summary        VARCHAR NOT NULL
);

-- One row per landing file loaded; makes loading idempotent.
CREATE TABLE IF NOT EXISTS raw.landing_files (
    landing_file VARCHAR PRIMARY KEY,   -- path relative to the landing root
    source_id    VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL,
    loaded_at    TIMESTAMP NOT NULL,
    n_records    INTEGER NOT NULL
);

-- One row per scrape run of one source.
CREATE TABLE IF NOT EXISTS raw.scrape_runs (
    run_id        VARCHAR NOT NULL,
    source_id     VARCHAR NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,      -- ok | partial | failed | blocked
    items_listed  INTEGER,
    articles_new  INTEGER,
    articles_changed INTEGER,
    articles_unchanged INTEGER,
    requests      INTEGER,
    errors        INTEGER,
    message       VARCHAR,
    articles_deferred INTEGER,           -- known articles not asked again this run (checked recently, or over budget)
    PRIMARY KEY (run_id, source_id)
);

-- Every HTTP request made, good or bad.
CREATE TABLE IF NOT EXISTS raw.fetch_log (
    fetch_id      VARCHAR PRIMARY KEY,   -- run_id:source_id:sequence number
    run_id        VARCHAR NOT NULL,
    source_id     VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    method        VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,      -- robots | column | list | article
    requested_at  TIMESTAMP NOT NULL,
    status_code   INTEGER,
    elapsed_ms    DOUBLE,
    bytes         BIGINT,
    attempt       INTEGER NOT NULL,
    outcome       VARCHAR NOT NULL,      -- ok | not_modified | not_found | http_error | timeout | blocked_challenge | error_page | ...
    error         VARCHAR
);

-- Items seen on column listings, per run (the basis of "no longer listed").
CREATE TABLE IF NOT EXISTS raw.listings (
    run_id      VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    column_id   VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    title       VARCHAR,
    list_date   DATE,
    seen_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, source_id, column_id, url)
);

-- Each column's listing per run: what the site announced beside what was read, and whether it is complete.
CREATE TABLE IF NOT EXISTS raw.column_listings (
    run_id      VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    column_id   VARCHAR NOT NULL,
    items_read  INTEGER NOT NULL,
    announced   INTEGER,                -- totalRecord / count / 共N条, when the site says
    announced_pages INTEGER,
    pages_read  INTEGER,
    posts       INTEGER,
    capped      BOOLEAN,
    complete    BOOLEAN NOT NULL,
    shortfall   INTEGER,                -- announced - read, when announced
    reason      VARCHAR,                -- why not complete
    caught_up   BOOLEAN,                -- read newest first until records already held (the rest read before)
    PRIMARY KEY (run_id, source_id, column_id)
);

-- Page versions: one row per (url, sha256 of body text). Append-only.
CREATE TABLE IF NOT EXISTS raw.page_versions (
    page_version_id VARCHAR PRIMARY KEY, -- first 20 hex of sha256(url || '\n' || content_hash)
    url           VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,      -- sha256 hex of the version: body text (visit counter left out) + naming fields (scrapers.crawl.version_digest)
    source_id     VARCHAR NOT NULL,
    column_id     VARCHAR,
    run_id        VARCHAR NOT NULL,      -- run that first saw this version
    fetched_at    TIMESTAMP NOT NULL,
    title         VARCHAR,
    published_at  TIMESTAMP,             -- 发布时间 / PubDate
    index_no      VARCHAR,               -- 索引号
    doc_no        VARCHAR,               -- 文号
    category      VARCHAR,               -- 组配分类
    publisher     VARCHAR,               -- 发布机构
    written_date  DATE,                  -- 成文日期
    disclosure    VARCHAR,               -- 公开方式
    content_source VARCHAR,              -- 信息来源
    column_name   VARCHAR,
    site_name     VARCHAR,
    body          VARCHAR NOT NULL,
    attachments   JSON,                  -- [{"name": ..., "url": ...}]
    http_etag     VARCHAR,
    http_last_modified VARCHAR,
    UNIQUE (url, content_hash)
);

-- Pages that disappeared from their listing: marked, never deleted.
CREATE TABLE IF NOT EXISTS raw.unlisted_pages (
    source_id   VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    last_listed_run_id VARCHAR NOT NULL,
    first_missing_run_id VARCHAR NOT NULL,
    marked_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (source_id, url)
);

-- Which page versions the extractor has processed, with which version.
CREATE TABLE IF NOT EXISTS facts.extractions (
    page_version_id   VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    extracted_at      TIMESTAMP NOT NULL,
    n_projects        INTEGER NOT NULL,
    n_awards          INTEGER NOT NULL,
    n_targets         INTEGER NOT NULL,
    n_outcomes        INTEGER NOT NULL,
    document_date     DATE,              -- the date relative dates were resolved against
    PRIMARY KEY (page_version_id, extractor_version)
);

CREATE TABLE IF NOT EXISTS facts.project_mentions (
    mention_id        VARCHAR PRIMARY KEY, -- page_version_id || ':p' || ordinal
    page_version_id   VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    investment_cny    DOUBLE,
    land_mu           DOUBLE,
    floor_area_m2     DOUBLE,
    annual_output_cny DOUBLE,
    capacity          VARCHAR,
    stage             VARCHAR,           -- planned | signed | approved | started | topped_out | completed | in_production
    companies         VARCHAR[],
    location          VARCHAR,
    phases            JSON,              -- [{"name", "investment_cny", "land_mu"}]
    dates             JSON,              -- {"started": "2023-06", ...}
    evidence          VARCHAR NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL
);

-- One row per (project mention, stage) with a date: the raw material of project timelines.
CREATE TABLE IF NOT EXISTS facts.project_milestones (
    mention_id   VARCHAR NOT NULL,
    stage        VARCHAR NOT NULL,
    date_text    VARCHAR NOT NULL,        -- YYYY | YYYY-MM | YYYY-MM-DD
    PRIMARY KEY (mention_id, stage)
);

CREATE TABLE IF NOT EXISTS facts.award_mentions (
    mention_id        VARCHAR PRIMARY KEY, -- page_version_id || ':a' || ordinal
    page_version_id   VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    award             VARCHAR NOT NULL,
    grade             VARCHAR,
    recipient         VARCHAR,
    level             VARCHAR,            -- national | provincial | municipal | county
    date_text         VARCHAR,
    evidence          VARCHAR NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS facts.target_mentions (
    mention_id        VARCHAR PRIMARY KEY, -- page_version_id || ':t' || ordinal
    page_version_id   VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    indicator         VARCHAR NOT NULL,
    metric            VARCHAR NOT NULL,   -- growth | level | count | amount | share | other
    value             DOUBLE,                -- null: a target stated as a relation (与经济增长同步)
    value_high        DOUBLE,
    unit              VARCHAR,
    qualifier         VARCHAR NOT NULL,   -- point | around | at_least | at_most | range
    commitment        VARCHAR NOT NULL,   -- hard | aspirational | expected | unspecified
    target_year       INTEGER,
    subject           VARCHAR,
    evidence          VARCHAR NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL
);

-- Reported results (achievements) for a past period: what target outcomes are matched against.
CREATE TABLE IF NOT EXISTS facts.outcome_mentions (
    mention_id        VARCHAR PRIMARY KEY, -- page_version_id || ':o' || ordinal
    page_version_id   VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    indicator         VARCHAR NOT NULL,
    metric            VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR NOT NULL,
    period_year       INTEGER,            -- the year the result is for
    subject           VARCHAR,
    evidence          VARCHAR NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL
);

-- Page versions the extractor could not read (retried on every run; the latest error kept).
CREATE TABLE IF NOT EXISTS facts.extraction_failures (
    page_version_id   VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    failed_at         TIMESTAMP NOT NULL,
    error             VARCHAR NOT NULL,
    PRIMARY KEY (page_version_id, extractor_version)
);
