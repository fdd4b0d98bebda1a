-- Where each session's title is in its input file, as a TextLocation label ("line 18", "lines 5–6", "p. 3",
-- "para. 12"): mentions found in a title (a numbered action line, a country) are cited there. The column is
-- nullable with no default: sessions stored before this migration get NULL (their title's location was not kept),
-- as do sessions whose title the input does not hold (a unit named after its file) or whose reader gives no
-- locations; mentions in such a title have no location. The statement is accepted by H2 and PostgreSQL.

ALTER TABLE wa_session ADD COLUMN title_location VARCHAR(40);
