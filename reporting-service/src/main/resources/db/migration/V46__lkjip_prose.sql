-- The prose an agency writes into its LKjIP (Kata Pengantar, Ikhtisar Eksekutif intro, strategic context, BAB IV
-- Penutup), per agency-year. Every write is a new version (who and when), so the history is the audit trail;
-- the latest version is the one printed, and an unset field prints the generated default.
CREATE TABLE lkjip_prose (
    tenant              varchar(64)   NOT NULL,
    agency              varchar(64)   NOT NULL,
    year                integer       NOT NULL,
    version             integer       NOT NULL,
    kata_pengantar      text,
    ikhtisar_eksekutif  text,
    konteks_strategis   text,
    penutup             text,
    updated_by          varchar(255)  NOT NULL,
    updated_at          timestamptz   NOT NULL,
    PRIMARY KEY (tenant, agency, year, version)
);

-- a stored LKjIP with prose is keyed by the figures digest and the prose version ("<digest>/p2")
ALTER TABLE rendered_document ALTER COLUMN figures_digest TYPE varchar(100);
