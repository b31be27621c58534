-- Every approved version of a realisation (events carry full state, the state view keeps only the newest):
-- lets the consistency checker see what a late correction changed after approval.
CREATE TABLE approved_history (
    tenant        varchar(64)  NOT NULL,
    aggregate_id  varchar(255) NOT NULL,
    version       bigint       NOT NULL,
    agency_code   varchar(64),
    year          int,
    payload       jsonb        NOT NULL,
    approved_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant, aggregate_id, version)
);
CREATE INDEX approved_history_agency_idx ON approved_history (tenant, agency_code, year);
