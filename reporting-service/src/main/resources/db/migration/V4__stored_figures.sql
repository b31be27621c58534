-- Figures computed once per change (when events change an agency-year's inputs) and stored, versioned.
-- Every figure row is valid from the agency-year version that produced it up to (excluding) the version that
-- replaced it (to_version NULL: current), so "as of" any instant is a lookup, never a recompute.
-- fkey: the row's key within the agency-year (view and quarter included where the figure depends on them).

CREATE TABLE figure_version (
    tenant         varchar(64)  NOT NULL,
    agency         varchar(64)  NOT NULL,
    year           integer      NOT NULL,
    version        bigint       NOT NULL,
    computed_at    timestamptz  NOT NULL,
    superseded_at  timestamptz,
    has_figures    boolean      NOT NULL,
    digest         varchar(64)  NOT NULL,   -- of every row of the version: an unchanged recompute is no version
    rules_version  bigint,
    causes         text         NOT NULL,   -- JSON array of the event ids that caused the recompute
    inputs         text         NOT NULL,   -- JSON array of aggregate@version the figures were computed from
    PRIMARY KEY (tenant, agency, year, version)
);
CREATE INDEX figure_version_current_idx ON figure_version (tenant, year, agency) WHERE superseded_at IS NULL;

-- one row per agency-year, view (official: approved only) and quarter: the dashboard and its roll-up numbers
CREATE TABLE agency_figure (
    tenant                  varchar(64)  NOT NULL,
    agency                  varchar(64)  NOT NULL,
    year                    integer      NOT NULL,
    fkey                    varchar(600) NOT NULL,
    from_version            bigint       NOT NULL,
    to_version              bigint,
    digest                  varchar(64)  NOT NULL,
    official                boolean      NOT NULL,
    through                 smallint     NOT NULL,
    average                 numeric,     -- unrounded organisation average (null: not computable)
    average_value           numeric,
    average_printed         varchar(32),
    average_not_computable  text,
    pagu                    numeric      NOT NULL,
    spent                   numeric      NOT NULL,
    absorption              numeric,
    predicates              text         NOT NULL,  -- JSON object predicate -> number of indicators
    presentation            varchar(32),            -- "HALF_UP 2"; null without rules
    dashboard               text         NOT NULL,  -- the dashboard as served
    comparisons             text         NOT NULL,  -- the ?compare=true part as served
    PRIMARY KEY (tenant, agency, year, fkey, from_version)
);
CREATE INDEX agency_figure_current_idx ON agency_figure (tenant, year, official, through) WHERE to_version IS NULL;

CREATE TABLE indicator_figure (
    tenant          varchar(64)  NOT NULL,
    agency          varchar(64)  NOT NULL,
    year            integer      NOT NULL,
    fkey            varchar(600) NOT NULL,
    from_version    bigint       NOT NULL,
    to_version      bigint,
    digest          varchar(64)  NOT NULL,
    official        boolean      NOT NULL,
    through         smallint     NOT NULL,
    indicator       varchar(255) NOT NULL,
    sasaran         varchar(255),
    target          numeric,
    realisation     numeric,
    capaian         numeric,     -- unrounded
    predicate       varchar(64),
    not_computable  text,
    explanation     text         NOT NULL,  -- the worked calculation as served by .../explain
    PRIMARY KEY (tenant, agency, year, fkey, from_version)
);

CREATE TABLE sasaran_figure (
    tenant          varchar(64)  NOT NULL,
    agency          varchar(64)  NOT NULL,
    year            integer      NOT NULL,
    fkey            varchar(600) NOT NULL,
    from_version    bigint       NOT NULL,
    to_version      bigint,
    digest          varchar(64)  NOT NULL,
    official        boolean      NOT NULL,
    through         smallint     NOT NULL,
    sasaran         varchar(255) NOT NULL,
    capaian         numeric,
    serapan         numeric,
    efficiency      numeric,
    verdict         varchar(32),
    pagu            numeric,
    spent           numeric,
    not_computable  text,
    PRIMARY KEY (tenant, agency, year, fkey, from_version)
);

-- the budget tree's totals per node and level (through Q4), with the sasaran the node serves (nearest mapping)
CREATE TABLE budget_node_figure (
    tenant        varchar(64)  NOT NULL,
    agency        varchar(64)  NOT NULL,
    year          integer      NOT NULL,
    fkey          varchar(600) NOT NULL,
    from_version  bigint       NOT NULL,
    to_version    bigint,
    digest        varchar(64)  NOT NULL,
    official      boolean      NOT NULL,
    code          varchar(255) NOT NULL,
    level         varchar(32)  NOT NULL,
    sasaran       varchar(255),
    pagu          numeric      NOT NULL,
    spent         numeric      NOT NULL,
    absorption    numeric,
    PRIMARY KEY (tenant, agency, year, fkey, from_version)
);

CREATE TABLE finding_figure (
    tenant        varchar(64)  NOT NULL,
    agency        varchar(64)  NOT NULL,
    year          integer      NOT NULL,
    fkey          varchar(600) NOT NULL,
    from_version  bigint       NOT NULL,
    to_version    bigint,
    digest        varchar(64)  NOT NULL,
    seq           integer      NOT NULL,
    code          varchar(64)  NOT NULL,
    severity      varchar(16)  NOT NULL,
    finding       text         NOT NULL,  -- the finding as served
    PRIMARY KEY (tenant, agency, year, fkey, from_version)
);
CREATE INDEX finding_figure_current_idx ON finding_figure (tenant, year, code) WHERE to_version IS NULL;

CREATE TABLE lkjip_figure (
    tenant        varchar(64)  NOT NULL,
    agency        varchar(64)  NOT NULL,
    year          integer      NOT NULL,
    fkey          varchar(600) NOT NULL,
    from_version  bigint       NOT NULL,
    to_version    bigint,
    digest        varchar(64)  NOT NULL,
    summary       text         NOT NULL,  -- the LKjIP summary as served
    PRIMARY KEY (tenant, agency, year, fkey, from_version)
);

-- a pemda's roll-up per view and quarter, rebuilt from the stored agency figures; valid from computed_at until
-- superseded_at
CREATE TABLE pemda_figure (
    tenant          varchar(64)  NOT NULL,
    year            integer      NOT NULL,
    official        boolean      NOT NULL,
    through         smallint     NOT NULL,
    version         bigint       NOT NULL,
    computed_at     timestamptz  NOT NULL,
    superseded_at   timestamptz,
    agencies        integer      NOT NULL,
    average_sum     numeric      NOT NULL,  -- Σ of the computable agency averages (exact)
    average_count   integer      NOT NULL,
    average_value   numeric,
    average_printed varchar(32),
    pagu            numeric      NOT NULL,
    spent           numeric      NOT NULL,
    absorption      numeric,
    predicates      text         NOT NULL,
    presentation    varchar(32),
    findings        text         NOT NULL,  -- JSON object finding code -> count
    dashboard       text         NOT NULL,  -- the pemda dashboard as served
    PRIMARY KEY (tenant, year, official, through, version)
);
CREATE INDEX pemda_figure_current_idx ON pemda_figure (tenant, year, official, through) WHERE superseded_at IS NULL;
