-- Transactional outbox (Debezium outbox shape: id, aggregatetype, aggregateid, type, payload).
-- Written in the same transaction as the business change; the relay publishes and marks rows sent.
CREATE TABLE outbox_event (
    id               uuid PRIMARY KEY,
    seq              bigint GENERATED ALWAYS AS IDENTITY,
    tenant           varchar(64)  NOT NULL,
    aggregatetype    varchar(64)  NOT NULL,
    aggregateid      varchar(255) NOT NULL,
    type             varchar(128) NOT NULL,
    topic            varchar(128) NOT NULL,
    kafka_key        varchar(512) NOT NULL,
    payload          jsonb        NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL DEFAULT now(),
    last_error       varchar(1000)
);
CREATE UNIQUE INDEX outbox_event_seq_idx ON outbox_event (seq);
-- the relay only ever looks at unsent rows, in order
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE sent_at IS NULL;
