-- Migration 8: the episode text stored once. An answer and a point are cut from the episode's
-- body, so they become spans of episodes.body_text (questions.answer_spans, answer_points
-- start_offset/end_offset) and their text columns turn NULL; warehouse/migrations.py then locates
-- every stored answer and point in its body (warehouse/text_spans.py) and clears the copies it
-- could locate. The views and the Parquet export give the text back.
ALTER TABLE questions ALTER COLUMN answer DROP NOT NULL;
ALTER TABLE questions ADD COLUMN IF NOT EXISTS answer_spans STRUCT(start_offset INTEGER, end_offset INTEGER)[];
ALTER TABLE answer_points ALTER COLUMN text DROP NOT NULL;
ALTER TABLE answer_points ADD COLUMN IF NOT EXISTS start_offset INTEGER;
ALTER TABLE answer_points ADD COLUMN IF NOT EXISTS end_offset INTEGER;
