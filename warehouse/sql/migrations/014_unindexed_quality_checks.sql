-- Migration 14: quality_checks keeps check_id as its key without a PRIMARY KEY index, as
-- migration 13 did for the child tables: ~30 check rows an episode made its index the largest
-- left (28 MB of a load's uncommitted entries at 10,000 episodes, 50 MB at the commit). The load
-- deletes an episode's checks before it writes them again, so check_id stays unique.
-- Cross-source checks were stored without their episode (episode_key NULL), so no reload ever
-- replaced them: each is given the one episode that has an indicator of its code and quote, and
-- its check_id is recomputed as the loader computes it (warehouse.load.check_row). A check no
-- single episode matches keeps episode_key NULL.
CREATE TABLE quality_checks__14 (check_id VARCHAR NOT NULL, episode_key VARCHAR,
    check_name VARCHAR NOT NULL, status VARCHAR NOT NULL, code VARCHAR, detail TEXT NOT NULL,
    "quote" TEXT, run_id VARCHAR NOT NULL);
INSERT INTO quality_checks__14 BY NAME SELECT * FROM quality_checks;
DROP TABLE quality_checks;
ALTER TABLE quality_checks__14 RENAME TO quality_checks;
UPDATE quality_checks AS q
SET episode_key = a.episode_key,
    check_id = left(sha256(a.episode_key || '|' || q.check_name || '|' || coalesce(q.code, 'None') || '|' || q.detail), 32)
FROM (
    SELECT c.check_id, min(i.episode_key) AS episode_key
    FROM quality_checks AS c JOIN indicators AS i ON i.code = c.code AND i."quote" = c."quote"
    WHERE c.episode_key IS NULL AND c.check_name = 'cross_source'
    GROUP BY c.check_id
    HAVING count(DISTINCT i.episode_key) = 1
) AS a
WHERE q.check_id = a.check_id AND q.episode_key IS NULL;
