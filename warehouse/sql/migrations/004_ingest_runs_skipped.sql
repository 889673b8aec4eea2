-- Migration 4: count the pages our own politeness rules refused (robots.txt, unconfigured
-- host) in the run ledger, apart from real failures. Older runs get 0.
ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS skipped INTEGER DEFAULT 0;
ALTER TABLE ingest_runs ALTER COLUMN skipped SET NOT NULL;
ALTER TABLE ingest_runs ALTER COLUMN skipped DROP DEFAULT;
