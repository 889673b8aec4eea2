-- Migration 7: response bodies move out of raw_pages into raw_bodies, each distinct body once,
-- cut into parts of at most 8 KiB (warehouse/raw_bodies.py says why). This file creates the
-- table; warehouse/migrations.py then copies the stored bodies over and drops raw_pages.body.
CREATE TABLE IF NOT EXISTS raw_bodies (
    sha256 VARCHAR NOT NULL,
    part INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, part)
);
