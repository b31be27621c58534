-- Optional national or provincial values an indicator is compared with (LKjIP chapter III).
ALTER TABLE indicator ADD COLUMN reference_values jsonb NOT NULL DEFAULT '[]';
