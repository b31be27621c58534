-- A tenant is a pemda (province, kabupaten or kota); every record below carries its code.
CREATE TABLE tenant (
    code         varchar(64)  PRIMARY KEY,
    name         varchar(255) NOT NULL,
    region_type  varchar(16)  NOT NULL,
    province     varchar(128),
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);

-- An agency (OPD: dinas, badan) of a tenant.
CREATE TABLE agency (
    id          uuid         PRIMARY KEY,
    tenant      varchar(64)  NOT NULL REFERENCES tenant (code),
    code        varchar(64)  NOT NULL,
    name        varchar(255) NOT NULL,
    short_name  varchar(64),
    active      boolean      NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT agency_tenant_code_uk UNIQUE (tenant, code)
);
