-- Large pushes as jobs (issue 22): the accepted request (who, options, the body in 1 MB parts) waits here for a
-- worker of any pod; state receiving -> queued -> running -> done | failed. The body parts are deleted when the
-- job ends; finished jobs are purged after kinerja.jobs.retention.
CREATE TABLE import_job (
    id              uuid PRIMARY KEY,
    tenant          varchar(64)   NOT NULL,
    kind            varchar(32)   NOT NULL,
    state           varchar(16)   NOT NULL,
    content_type    varchar(255),
    dry_run         boolean       NOT NULL,
    atomic          boolean       NOT NULL,
    number_format   varchar(8)    NOT NULL,
    delimiter       varchar(1)    NOT NULL,
    idempotency_key varchar(255),
    operation       varchar(1000) NOT NULL,
    request_hash    varchar(64),
    caller          text          NOT NULL,
    submitted_by    varchar(255)  NOT NULL,
    body_bytes      bigint        NOT NULL DEFAULT 0,
    rows_read       int           NOT NULL DEFAULT 0,
    rows_accepted   int           NOT NULL DEFAULT 0,
    rows_rejected   int           NOT NULL DEFAULT 0,
    attempts        int           NOT NULL DEFAULT 0,
    owner           varchar(64),
    result_status   int,
    replayed        boolean,
    result          text,
    created_at      timestamptz   NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    heartbeat_at    timestamptz   NOT NULL
);
CREATE INDEX import_job_active_idx ON import_job (tenant, state) WHERE state IN ('receiving', 'queued', 'running');
CREATE INDEX import_job_queued_idx ON import_job (created_at) WHERE state = 'queued';
CREATE INDEX import_job_created_idx ON import_job (created_at);

CREATE TABLE import_job_part (
    job_id uuid  NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq    int   NOT NULL,
    data   bytea NOT NULL,
    PRIMARY KEY (job_id, seq)
);
