-- An explicit publication of an agency-year's LKjIP freezes the figures version it was published at (who, when).
-- Later versions that change a published figure are errata. Publications are facts, not figures: a replay that
-- rebuilds the figures keeps them.
CREATE TABLE lkjip_publication (
    tenant        varchar(64)  NOT NULL,
    agency        varchar(64)  NOT NULL,
    year          integer      NOT NULL,
    version       bigint       NOT NULL,
    published_by  varchar(255) NOT NULL,
    published_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant, agency, year, published_at)
);
