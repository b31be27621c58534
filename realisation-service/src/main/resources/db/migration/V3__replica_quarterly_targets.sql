-- Rencana aksi targets, for the quarterly grid next to the realisations.
CREATE TABLE replica_quarterly_target (
    tenant          varchar(64)  NOT NULL,
    agency_code     varchar(64)  NOT NULL,
    year            integer      NOT NULL,
    pk_code         varchar(64)  NOT NULL,
    indicator_code  varchar(64)  NOT NULL,
    mode            varchar(16)  NOT NULL,
    quarters        jsonb        NOT NULL,
    version         bigint       NOT NULL,
    PRIMARY KEY (tenant, agency_code, year, pk_code, indicator_code)
);
