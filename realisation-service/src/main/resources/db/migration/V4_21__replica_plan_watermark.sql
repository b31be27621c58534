-- Issue 21: how far the replica is in each tenant's plan versions (planning numbers each tenant's events 1, 2, 3
-- ...). The watermark is the highest N such that every event 1..N has been applied (or dead-lettered); events
-- arrive across partitions and pods in any order, so those applied above it wait in replica_plan_applied until
-- the gap below them closes. Shared by every pod; the watermark row is locked by the applying transaction.
CREATE TABLE replica_plan_watermark (
    tenant        varchar(64) PRIMARY KEY,
    plan_version  bigint      NOT NULL
);

CREATE TABLE replica_plan_applied (
    tenant        varchar(64) NOT NULL,
    plan_version  bigint      NOT NULL,
    PRIMARY KEY (tenant, plan_version)
);
