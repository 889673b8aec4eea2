-- Migration 13: questions, answer_points, indicators and claims keep their keys without a
-- PRIMARY KEY index. DuckDB holds the index entries of a load's uncommitted rows in memory and
-- cannot spill them (~100 rows an episode here: 48 MB at 10,000 episodes, needed twice at the
-- commit). The load deletes an episode's rows before it writes them again, so the keys stay
-- unique; the key columns stay NOT NULL. DuckDB cannot drop a primary key, so each table is
-- rebuilt (rows copied by column name) and renamed; the views bind by name.
CREATE TABLE questions__13 (episode_key VARCHAR NOT NULL, q_no INTEGER NOT NULL, topic VARCHAR NOT NULL,
    question VARCHAR NOT NULL, answer VARCHAR,
    answer_spans STRUCT(start_offset INTEGER, end_offset INTEGER)[]);
INSERT INTO questions__13 BY NAME SELECT * FROM questions;
DROP TABLE questions;
ALTER TABLE questions__13 RENAME TO questions;
CREATE TABLE answer_points__13 (episode_key VARCHAR NOT NULL, q_no INTEGER NOT NULL,
    point_no INTEGER NOT NULL, marker VARCHAR NOT NULL, headline VARCHAR NOT NULL, "text" VARCHAR,
    start_offset INTEGER, end_offset INTEGER);
INSERT INTO answer_points__13 BY NAME SELECT * FROM answer_points;
DROP TABLE answer_points;
ALTER TABLE answer_points__13 RENAME TO answer_points;
CREATE TABLE indicators__13 (episode_key VARCHAR NOT NULL, indicator_no INTEGER NOT NULL,
    code VARCHAR NOT NULL, subject VARCHAR NOT NULL, "value" DOUBLE, unit VARCHAR, value_base DOUBLE,
    unit_base VARCHAR, "year" INTEGER, region VARCHAR, previous_value DOUBLE, streak_years INTEGER,
    "quote" VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, q_no INTEGER,
    point_no INTEGER, original_start_offset INTEGER, original_end_offset INTEGER, period VARCHAR,
    change STRUCT(direction VARCHAR, "value" DOUBLE, unit VARCHAR, basis VARCHAR),
    ranks STRUCT("scope" VARCHAR, scope_kind VARCHAR, "position" INTEGER, of_total INTEGER)[] NOT NULL,
    record_flags VARCHAR[] NOT NULL);
INSERT INTO indicators__13 BY NAME SELECT * FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators__13 RENAME TO indicators;
CREATE TABLE claims__13 (episode_key VARCHAR NOT NULL, claim_no INTEGER NOT NULL, kind VARCHAR NOT NULL,
    "text" VARCHAR NOT NULL, "quote" VARCHAR NOT NULL, start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL, q_no INTEGER, point_no INTEGER, original_start_offset INTEGER,
    original_end_offset INTEGER);
INSERT INTO claims__13 BY NAME SELECT * FROM claims;
DROP TABLE claims;
ALTER TABLE claims__13 RENAME TO claims;
