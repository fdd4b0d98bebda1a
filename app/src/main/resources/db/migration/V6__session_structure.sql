-- The layer of structure recognition that read each session's document: 'template', 'outline' or
-- 'whole' (StructureLayer's words). Every session stored before this migration was read by the one
-- template there was, so existing rows get 'template'; the default is then dropped, so that a session
-- saved without its layer is an error rather than a silent 'template'. Both statements are accepted by
-- H2 and PostgreSQL.

ALTER TABLE wa_session ADD COLUMN structure VARCHAR(20) DEFAULT 'template' NOT NULL;
ALTER TABLE wa_session ALTER COLUMN structure DROP DEFAULT;
