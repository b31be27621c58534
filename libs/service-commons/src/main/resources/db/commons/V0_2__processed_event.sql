-- Idempotent consumers: an event id is recorded in the same transaction as its projection.
CREATE TABLE processed_event (
    consumer      varchar(64) NOT NULL,
    event_id      uuid        NOT NULL,
    processed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
