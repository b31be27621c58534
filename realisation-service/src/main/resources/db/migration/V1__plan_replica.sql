-- What realisation-service knows of the plan, replicated from planning events (never read from
-- planning's database): enough to validate pushed realisations.
CREATE TABLE replica_agency (
    tenant      varchar(64)  NOT NULL,
    code        varchar(64)  NOT NULL,
    name        varchar(255) NOT NULL,
    active      boolean      NOT NULL,
    version     bigint       NOT NULL,
    PRIMARY KEY (tenant, code)
);
