-- Documents (LKjIP, PK) rendered from one figures version, kept so a download is served from the stored file.
-- figures_digest: the version's digest when rendered; a replay that rebuilds the figures may reuse a version
-- number for other figures, and a stored file whose digest no longer matches is rendered again.
CREATE TABLE rendered_document (
    tenant           varchar(64)  NOT NULL,
    agency           varchar(64)  NOT NULL,
    year             integer      NOT NULL,
    document         varchar(300) NOT NULL,  -- 'lkjip' or 'pk/{code}/{versionNo}'
    format           varchar(8)   NOT NULL,  -- pdf, docx
    figures_version  bigint       NOT NULL,
    figures_digest   varchar(64)  NOT NULL,
    content          bytea        NOT NULL,
    size_bytes       integer      NOT NULL,
    render_ms        integer      NOT NULL,
    rendered_at      timestamptz  NOT NULL,
    PRIMARY KEY (tenant, agency, year, document, format, figures_version)
);
