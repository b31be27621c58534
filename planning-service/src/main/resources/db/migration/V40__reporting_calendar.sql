-- Reporting calendar settings (deadlines in days after quarter end, early-warning thresholds), per province
-- (the default of its pemda) or per tenant (its own); every change is a new immutable version.
CREATE TABLE reporting_calendar (
    id          uuid          PRIMARY KEY,
    scope_type  varchar(16)   NOT NULL,   -- PROVINCE or TENANT
    scope       varchar(255)  NOT NULL,   -- the province name or the tenant code
    version_no  integer       NOT NULL,
    indicator   jsonb         NOT NULL,
    budget      jsonb         NOT NULL,
    thresholds  jsonb         NOT NULL,
    note        varchar(1000),
    created_at  timestamptz   NOT NULL,
    CONSTRAINT reporting_calendar_uk UNIQUE (scope_type, scope, version_no)
);

-- the version of the resolved calendar last published per tenant (the event's aggregate version)
CREATE TABLE reporting_calendar_published (
    tenant   varchar(64) PRIMARY KEY REFERENCES tenant (code),
    version  bigint      NOT NULL
);
