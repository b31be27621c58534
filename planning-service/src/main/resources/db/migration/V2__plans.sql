-- Officials who sign Perjanjian Kinerja (NIP is the national civil-servant number).
CREATE TABLE official (
    id           uuid         PRIMARY KEY,
    tenant       varchar(64)  NOT NULL REFERENCES tenant (code),
    agency_code  varchar(64),
    nip          varchar(32),
    name         varchar(255) NOT NULL,
    rank         varchar(128),
    position     varchar(255) NOT NULL,
    version      bigint       NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE UNIQUE INDEX official_nip_uk ON official (tenant, nip) WHERE nip IS NOT NULL;

-- Renstra of an agency for a period. Versions (original, Perubahan, Suplemen) keep a snapshot of the
-- tree as it was, so older versions stay readable; the tables below hold the current tree.
CREATE TABLE renstra (
    id              uuid         PRIMARY KEY,
    tenant          varchar(64)  NOT NULL,
    agency_code     varchar(64)  NOT NULL,
    code            varchar(64)  NOT NULL,
    title           varchar(500),
    period_start    integer      NOT NULL,
    period_end      integer      NOT NULL,
    legal_basis     varchar(500),
    current_version integer      NOT NULL,
    version         bigint       NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT renstra_uk UNIQUE (tenant, agency_code, code),
    CONSTRAINT renstra_period_ck CHECK (period_end >= period_start)
);

CREATE TABLE renstra_version (
    renstra_id     uuid         NOT NULL REFERENCES renstra (id),
    version_no     integer      NOT NULL,
    kind           varchar(16)  NOT NULL,
    decree_number  varchar(255),
    decree_date    date,
    note           varchar(1000),
    snapshot       jsonb,
    created_at     timestamptz  NOT NULL,
    PRIMARY KEY (renstra_id, version_no)
);

-- Tujuan and sasaran of a Renstra.
CREATE TABLE objective (
    id           uuid          PRIMARY KEY,
    renstra_id   uuid          NOT NULL REFERENCES renstra (id),
    kind         varchar(16)   NOT NULL,
    code         varchar(64)   NOT NULL,
    parent_code  varchar(64),
    name         varchar(1000) NOT NULL,
    version      bigint        NOT NULL,
    CONSTRAINT objective_uk UNIQUE (renstra_id, code)
);

CREATE TABLE indicator (
    id                      uuid          PRIMARY KEY,
    tenant                  varchar(64)   NOT NULL,
    agency_code             varchar(64)   NOT NULL,
    renstra_id              uuid          NOT NULL REFERENCES renstra (id),
    code                    varchar(64)   NOT NULL,
    level                   varchar(16)   NOT NULL,
    parent_code             varchar(64)   NOT NULL,
    name                    varchar(1000) NOT NULL,
    unit                    varchar(64)   NOT NULL,
    definition              text,
    formula                 text,
    numerator_definition    text,
    denominator_definition  text,
    data_source             varchar(500),
    direction               varchar(24)   NOT NULL,
    range_lower             numeric(30,10),
    range_upper             numeric(30,10),
    aggregation             varchar(24)   NOT NULL,
    value_type              varchar(16)   NOT NULL,
    categories              jsonb,
    iku                     boolean       NOT NULL,
    baseline                jsonb,
    end_target              jsonb,
    targets                 jsonb         NOT NULL,
    version                 bigint        NOT NULL,
    updated_at              timestamptz   NOT NULL,
    CONSTRAINT indicator_uk UNIQUE (renstra_id, code)
);
CREATE INDEX indicator_agency_idx ON indicator (tenant, agency_code);

-- Budget tree (program -> kegiatan -> sub-kegiatan) of an agency and fiscal year.
-- pagu is input only on leaves; totals are computed, never stored from input.
CREATE TABLE budget_node (
    id               uuid          PRIMARY KEY,
    tenant           varchar(64)   NOT NULL,
    agency_code      varchar(64)   NOT NULL,
    fiscal_year      integer       NOT NULL,
    level            varchar(16)   NOT NULL,
    code             varchar(64)   NOT NULL,
    parent_code      varchar(64),
    name             varchar(1000) NOT NULL,
    sasaran_code     varchar(64),
    indicator_codes  jsonb         NOT NULL,
    pagu             jsonb         NOT NULL,
    reported_pagu    jsonb         NOT NULL,
    version          bigint        NOT NULL,
    updated_at       timestamptz   NOT NULL,
    CONSTRAINT budget_node_uk UNIQUE (tenant, agency_code, fiscal_year, code)
);

-- Perjanjian Kinerja: drafted, signed (frozen), amended (new version; old ones stay readable).
CREATE TABLE pk (
    id               uuid         PRIMARY KEY,
    tenant           varchar(64)  NOT NULL,
    agency_code      varchar(64)  NOT NULL,
    year             integer      NOT NULL,
    code             varchar(64)  NOT NULL,
    title            varchar(500),
    signer           jsonb        NOT NULL,
    counter_signer   jsonb        NOT NULL,
    parent_code      varchar(64),
    status           varchar(16)  NOT NULL,
    current_version  integer      NOT NULL,
    version          bigint       NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT pk_uk UNIQUE (tenant, agency_code, year, code)
);

CREATE TABLE pk_version (
    pk_id        uuid          NOT NULL REFERENCES pk (id),
    version_no   integer       NOT NULL,
    kind         varchar(16)   NOT NULL,
    dated        date,
    reason       varchar(1000),
    signed_at    timestamptz,
    content      jsonb         NOT NULL,
    PRIMARY KEY (pk_id, version_no)
);

-- Rencana aksi: quarterly targets of a PK indicator.
CREATE TABLE quarterly_target (
    id              uuid         PRIMARY KEY,
    tenant          varchar(64)  NOT NULL,
    agency_code     varchar(64)  NOT NULL,
    year            integer      NOT NULL,
    pk_code         varchar(64)  NOT NULL,
    indicator_code  varchar(64)  NOT NULL,
    mode            varchar(16)  NOT NULL,
    quarters        jsonb        NOT NULL,
    version         bigint       NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT quarterly_target_uk UNIQUE (tenant, agency_code, year, pk_code, indicator_code)
);

-- Regional rules, versioned and effective from a year.
CREATE TABLE rule_set (
    id                   uuid         PRIMARY KEY,
    tenant               varchar(64)  NOT NULL REFERENCES tenant (code),
    effective_from_year  integer      NOT NULL,
    version_no           integer      NOT NULL,
    predicate_scale      jsonb        NOT NULL,
    efficiency_rule      varchar(32)  NOT NULL,
    rounding_mode        varchar(16)  NOT NULL,
    rounding_precision   integer      NOT NULL,
    category_policy      varchar(32)  NOT NULL,
    organisation_average jsonb        NOT NULL,
    note                 varchar(1000),
    created_at           timestamptz  NOT NULL,
    CONSTRAINT rule_set_uk UNIQUE (tenant, effective_from_year, version_no)
);
