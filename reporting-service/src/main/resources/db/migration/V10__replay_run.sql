-- Replays (rebuilds of the read models from the topics), readable from every pod. At most one runs at a time.
CREATE TABLE replay_run (
    id           uuid          PRIMARY KEY,
    state        varchar(16)   NOT NULL,
    phase        varchar(32)   NOT NULL,
    applied      bigint        NOT NULL DEFAULT 0,
    total        bigint        NOT NULL DEFAULT 0,
    pod          varchar(255),
    started_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    finished_at  timestamptz,
    error        varchar(1000)
);
CREATE UNIQUE INDEX replay_run_one_running ON replay_run ((true)) WHERE state = 'RUNNING';
CREATE INDEX replay_run_started_idx ON replay_run (started_at DESC);
