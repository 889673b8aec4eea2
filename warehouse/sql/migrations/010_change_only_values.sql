-- Migration 10: a change-only statement (PM2.5平均浓度同比下降3.4%, no level stated) is a row of its
-- indicator's own code with value, unit, value_base and unit_base NULL and the change filled in
-- (issue 23). value and unit lose NOT NULL; rows an older parser wrote with the generic code
-- 'change' carried the change's size in value, which now lives in change alone.
ALTER TABLE indicators ALTER COLUMN value DROP NOT NULL;
ALTER TABLE indicators ALTER COLUMN unit DROP NOT NULL;
UPDATE indicators SET value = NULL, unit = NULL, value_base = NULL, unit_base = NULL
WHERE code = 'change' AND change IS NOT NULL;
