-- Plan replica, extended: what pushed realisations are validated against.
CREATE TABLE replica_renstra (
    tenant        varchar(64) NOT NULL,
    agency_code   varchar(64) NOT NULL,
    code          varchar(64) NOT NULL,
    period_start  integer     NOT NULL,
    period_end    integer     NOT NULL,
    version       bigint      NOT NULL,
    PRIMARY KEY (tenant, agency_code, code)
);

CREATE TABLE replica_indicator (
    tenant        varchar(64)  NOT NULL,
    agency_code   varchar(64)  NOT NULL,
    renstra_code  varchar(64)  NOT NULL,
    code          varchar(64)  NOT NULL,
    unit          varchar(64)  NOT NULL,
    value_type    varchar(16)  NOT NULL,
    aggregation   varchar(24)  NOT NULL,
    categories    jsonb        NOT NULL,
    version       bigint       NOT NULL,
    PRIMARY KEY (tenant, agency_code, renstra_code, code)
);

CREATE TABLE replica_budget_node (
    tenant        varchar(64)  NOT NULL,
    agency_code   varchar(64)  NOT NULL,
    fiscal_year   integer      NOT NULL,
    code          varchar(64)  NOT NULL,
    level         varchar(16)  NOT NULL,
    name          varchar(1000) NOT NULL,
    pagu          jsonb        NOT NULL,
    version       bigint       NOT NULL,
    PRIMARY KEY (tenant, agency_code, fiscal_year, code)
);

-- Quarterly (quarter 1-4) or annual (quarter NULL) realisation of an indicator.
CREATE TABLE indicator_realisation (
    id                   uuid          PRIMARY KEY,
    tenant               varchar(64)   NOT NULL,
    agency_code          varchar(64)   NOT NULL,
    indicator_code       varchar(64)   NOT NULL,
    year                 integer       NOT NULL,
    quarter              smallint,
    value                numeric(30,10),
    numerator            numeric(30,10),
    denominator          numeric(30,10),
    category             varchar(32),
    provisional          boolean       NOT NULL,
    final_data_expected  date,
    data_source          varchar(500),
    driving_factors      text,
    inhibiting_factors   text,
    follow_up            text,
    status               varchar(16)   NOT NULL,
    status_comment       varchar(1000),
    version              bigint        NOT NULL,
    updated_at           timestamptz   NOT NULL,
    updated_by           varchar(255)  NOT NULL
);
CREATE UNIQUE INDEX indicator_realisation_uk
    ON indicator_realisation (tenant, agency_code, indicator_code, year, COALESCE(quarter, 0));

-- Rupiah spent in a quarter and cumulative physical progress of a sub-kegiatan.
CREATE TABLE budget_realisation (
    id                 uuid          PRIMARY KEY,
    tenant             varchar(64)   NOT NULL,
    agency_code        varchar(64)   NOT NULL,
    sub_kegiatan_code  varchar(64)   NOT NULL,
    year               integer       NOT NULL,
    quarter            smallint      NOT NULL,
    amount             numeric(20,2) NOT NULL,
    physical_progress  numeric(7,4),
    over_pagu_reason   varchar(1000),
    status             varchar(16)   NOT NULL,
    status_comment     varchar(1000),
    version            bigint        NOT NULL,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(255)  NOT NULL,
    CONSTRAINT budget_realisation_uk UNIQUE (tenant, agency_code, sub_kegiatan_code, year, quarter)
);

-- Every change keeps the previous version.
CREATE TABLE audit_entry (
    id           bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant       varchar(64)   NOT NULL,
    record_type  varchar(32)   NOT NULL,
    record_id    uuid          NOT NULL,
    version      bigint        NOT NULL,
    action       varchar(32)   NOT NULL,
    actor        varchar(255)  NOT NULL,
    at           timestamptz   NOT NULL,
    old_value    jsonb,
    new_value    jsonb,
    reason       varchar(1000)
);
CREATE INDEX audit_entry_record_idx ON audit_entry (record_id, id);

CREATE TABLE period_lock (
    tenant     varchar(64)   NOT NULL,
    year       integer       NOT NULL,
    quarter    smallint      NOT NULL,
    locked     boolean       NOT NULL,
    reason     varchar(1000),
    actor      varchar(255)  NOT NULL,
    at         timestamptz   NOT NULL,
    version    bigint        NOT NULL,
    PRIMARY KEY (tenant, year, quarter)
);

-- A time-limited permission to correct one agency's data in a locked period.
CREATE TABLE reopen_grant (
    id           uuid          PRIMARY KEY,
    tenant       varchar(64)   NOT NULL,
    agency_code  varchar(64)   NOT NULL,
    year         integer       NOT NULL,
    quarter      smallint      NOT NULL,
    reason       varchar(1000) NOT NULL,
    actor        varchar(255)  NOT NULL,
    granted_at   timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL
);

-- Spending beyond the pagu, accepted with a reason; reviewed by people.
CREATE TABLE finding (
    id           uuid          PRIMARY KEY,
    tenant       varchar(64)   NOT NULL,
    agency_code  varchar(64)   NOT NULL,
    kind         varchar(32)   NOT NULL,
    subject      varchar(255)  NOT NULL,
    year         integer       NOT NULL,
    quarter      smallint,
    detail       varchar(2000) NOT NULL,
    created_at   timestamptz   NOT NULL
);

-- Idempotency-Key: the same key and body returns the first result.
CREATE TABLE idempotency_record (
    tenant        varchar(64)   NOT NULL,
    key           varchar(255)  NOT NULL,
    request_hash  varchar(64)   NOT NULL,
    status        integer       NOT NULL,
    body          text          NOT NULL,
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (tenant, key)
);
