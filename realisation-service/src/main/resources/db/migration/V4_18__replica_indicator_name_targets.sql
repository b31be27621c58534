-- The indicator's name and yearly targets, for the realisation templates (spreadsheet users need to see what
-- they fill in); events from before this column fill it when the indicator next changes or on replay.
ALTER TABLE replica_indicator ADD COLUMN name text, ADD COLUMN targets jsonb NOT NULL DEFAULT '[]';
