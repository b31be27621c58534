-- AKIP evaluation results (per agency, or per pemda with no agency) with their recommendations and follow-ups.
CREATE TABLE evaluation (
    id           uuid PRIMARY KEY,
    tenant       text          NOT NULL,
    agency_code  text          NOT NULL, -- '' for the pemda itself
    year         int           NOT NULL,
    evaluator    text          NOT NULL,
    reference    text,
    evaluated_on date,
    score        numeric(5, 2),
    category     text,
    version      bigint        NOT NULL,
    updated_by   text          NOT NULL,
    updated_at   timestamptz   NOT NULL,
    UNIQUE (tenant, agency_code, year)
);
CREATE TABLE recommendation (
    id            uuid PRIMARY KEY,
    evaluation_id uuid NOT NULL REFERENCES evaluation (id),
    code          text NOT NULL,
    text          text NOT NULL,
    due_date      date,
    UNIQUE (evaluation_id, code)
);
CREATE TABLE follow_up (
    id                uuid PRIMARY KEY,
    recommendation_id uuid        NOT NULL REFERENCES recommendation (id),
    action            text        NOT NULL,
    output            text,
    evidence_url      text,
    responsible       text,
    date              date        NOT NULL,
    status            text        NOT NULL,
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX follow_up_recommendation ON follow_up (recommendation_id, recorded_at);
