-- Migration 3: locate every quote in the page as captured (episodes.original_body), not only in
-- the Simplified body_text. Existing rows keep NULL until the next ingest or reparse rewrites them
-- (parser 1.1.0 changes every episode's content hash, so the next run refills them all).
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS original_start_offset INTEGER;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS original_end_offset INTEGER;
ALTER TABLE claims ADD COLUMN IF NOT EXISTS original_start_offset INTEGER;
ALTER TABLE claims ADD COLUMN IF NOT EXISTS original_end_offset INTEGER;
