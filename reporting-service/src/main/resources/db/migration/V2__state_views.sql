-- The latest state of every plan and realisation aggregate, exactly as the events carry it, upserted
-- only if newer. Replaying the topics rebuilds it; dashboards compute every figure from it on read.
CREATE TABLE state_view (
    tenant          varchar(64)  NOT NULL,
    aggregate_type  varchar(64)  NOT NULL,
    aggregate_id    varchar(512) NOT NULL,
    agency_code     varchar(64),
    year            integer,
    version         bigint       NOT NULL,
    event_id        uuid         NOT NULL,
    payload         jsonb        NOT NULL,
    updated_at      timestamptz  NOT NULL,
    PRIMARY KEY (tenant, aggregate_type, aggregate_id)
);
CREATE INDEX state_view_agency_idx ON state_view (tenant, aggregate_type, agency_code, year);
