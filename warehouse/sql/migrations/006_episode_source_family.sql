-- Migration 9: which article parser read each copy (episode_sources.family): a known family's
-- (wechat, mee, freewechat, thepaper, text) or the generic main-content reader for markup no
-- family knows. Copies loaded before keep NULL until the next ingest or reparse rewrites them.
ALTER TABLE episode_sources ADD COLUMN IF NOT EXISTS family VARCHAR;
