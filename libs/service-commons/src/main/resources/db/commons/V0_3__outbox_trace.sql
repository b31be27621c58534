-- The W3C trace context of the change that wrote the event, sent with it as the Kafka header `traceparent`,
-- so one push can be followed through the outbox and the consumers to the figure it changed.
ALTER TABLE outbox_event ADD COLUMN trace_parent varchar(64);
