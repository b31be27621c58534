-- The organisation profile of an agency as of a year (BAB I of the LKjIP): tugas, fungsi, address, head, staff
-- counts per golongan/education/grade, isu strategis; kept whole as the event carries it, upserted by key.
CREATE TABLE organisation_profile (
    id           uuid         PRIMARY KEY,
    tenant       varchar(64)  NOT NULL REFERENCES tenant (code),
    agency_code  varchar(64)  NOT NULL,
    year         integer      NOT NULL,
    content      jsonb        NOT NULL,
    version      bigint       NOT NULL,
    updated_at   timestamptz  NOT NULL,
    CONSTRAINT organisation_profile_uk UNIQUE (tenant, agency_code, year)
);
