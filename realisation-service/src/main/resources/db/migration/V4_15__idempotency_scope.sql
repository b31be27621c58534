-- Idempotency keys belong to the caller that sent them (token client_id / username), not to the whole tenant:
-- another client's equal key is another key. The operation (method and path) is kept to name it when a key
-- is reused elsewhere; records expire (kinerja.idempotency.retention) and are purged.
ALTER TABLE idempotency_record ADD COLUMN caller varchar(255) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record ADD COLUMN operation varchar(1000) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_pkey;
ALTER TABLE idempotency_record ADD PRIMARY KEY (tenant, caller, key);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
