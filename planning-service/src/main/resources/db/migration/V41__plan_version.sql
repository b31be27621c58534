-- Issue 21: the plan version. Each tenant's planning events are numbered 1, 2, 3 ... without gaps: the number is
-- taken in the transaction that writes the event to the outbox (the row lock orders writers of one tenant, and a
-- rollback gives the number back), so a consumer that has applied 1..N has every plan change up to version N.
CREATE TABLE tenant_plan_sequence (
    tenant  varchar(64) PRIMARY KEY,
    seq     bigint      NOT NULL CHECK (seq >= 0)
);
