-- In-year monitoring (docs/monitoring.md): when each realisation first reached each workflow step, the
-- monitoring figures of each agency-year and pemda-year (versioned like the other figures: valid from
-- computed_at until superseded_at), the deadline alerts already emitted, and when deadlines were last checked.
CREATE TABLE monitoring_step (
    tenant        varchar(64)  NOT NULL,
    aggregate_id  varchar(600) NOT NULL,
    step          varchar(16)  NOT NULL,   -- SUBMITTED, VERIFIED, APPROVED
    first_at      timestamptz  NOT NULL,
    PRIMARY KEY (tenant, aggregate_id, step)
);

CREATE TABLE monitoring_agency (
    tenant         varchar(64)  NOT NULL,
    agency         varchar(64)  NOT NULL,
    year           integer      NOT NULL,
    version        bigint       NOT NULL,
    computed_at    timestamptz  NOT NULL,
    superseded_at  timestamptz,
    digest         varchar(64)  NOT NULL,
    document       text         NOT NULL,  -- compliance, projections and warnings as served
    PRIMARY KEY (tenant, agency, year, version)
);
CREATE INDEX monitoring_agency_current_idx ON monitoring_agency (tenant, year, agency) WHERE superseded_at IS NULL;

CREATE TABLE monitoring_pemda (
    tenant         varchar(64)  NOT NULL,
    year           integer      NOT NULL,
    version        bigint       NOT NULL,
    computed_at    timestamptz  NOT NULL,
    superseded_at  timestamptz,
    digest         varchar(64)  NOT NULL,
    document       text         NOT NULL,
    PRIMARY KEY (tenant, year, version)
);
CREATE INDEX monitoring_pemda_current_idx ON monitoring_pemda (tenant, year) WHERE superseded_at IS NULL;

-- one deadline-missed event per agency-quarter-kind, ever
CREATE TABLE monitoring_alert (
    tenant      varchar(64)  NOT NULL,
    agency      varchar(64)  NOT NULL,
    year        integer      NOT NULL,
    quarter     smallint     NOT NULL,
    kind        varchar(16)  NOT NULL,
    deadline    date         NOT NULL,
    emitted_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant, agency, year, quarter, kind)
);

CREATE TABLE monitoring_check (
    id          integer      PRIMARY KEY,
    checked_at  timestamptz  NOT NULL
);
