-- Bukti dukung: files attached to a realisation. Bytes live here by default (one database to back up); the
-- content is immutable, so a replacement is a new row and a removal keeps the metadata for the audit trail.
CREATE TABLE evidence (
    id           uuid PRIMARY KEY,
    tenant       text        NOT NULL,
    agency_code  text        NOT NULL,
    record_type  text        NOT NULL,
    record_id    uuid        NOT NULL,
    file_name    text        NOT NULL,
    content_type text        NOT NULL,
    size         bigint      NOT NULL,
    sha256       text        NOT NULL,
    description  text,
    content      bytea,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    removed_by   text,
    removed_at   timestamptz
);
CREATE INDEX evidence_record ON evidence (tenant, record_id) WHERE removed_at IS NULL;
