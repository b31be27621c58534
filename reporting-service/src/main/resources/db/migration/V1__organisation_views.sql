-- Read models of the organisation, upserted from planning events "if newer" by aggregate version.
CREATE TABLE tenant_view (
    code         varchar(64)  PRIMARY KEY,
    name         varchar(255) NOT NULL,
    region_type  varchar(16)  NOT NULL,
    province     varchar(128),
    version      bigint       NOT NULL,
    updated_at   timestamptz  NOT NULL
);

CREATE TABLE agency_view (
    tenant      varchar(64)  NOT NULL,
    code        varchar(64)  NOT NULL,
    name        varchar(255) NOT NULL,
    short_name  varchar(64),
    active      boolean      NOT NULL,
    version     bigint       NOT NULL,
    updated_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant, code)
);
