-- Migration 9: load packages. A run stages each finished page batch's parses on disk beside the
-- warehouse (warehouse/packages.py) and its load records each package it wrote here, in the
-- load's own transaction: a run that resumes a killed one loads the packages not listed here.
CREATE TABLE IF NOT EXISTS load_packages (
    package_id VARCHAR NOT NULL PRIMARY KEY,
    run_id VARCHAR NOT NULL,
    pages INTEGER NOT NULL,
    parses INTEGER NOT NULL,
    loaded_run_id VARCHAR NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
