-- Figures an editor can check: each figure says whether it is stated or a target ('STATED', 'TARGET':
-- FigureRole's names) and how often its session quotes it; years are no longer figures.
-- Rows stored before this migration were written one per occurrence, with every figure counted as stated:
-- they get role 'STATED' and 1 occurrence (a run resumed across the upgrade keeps them as they were; a new
-- run writes one row per fact). Year rows ('YEAR') are deleted, as FigureKind no longer has that kind.
-- The defaults are then dropped, so that a figure saved without them is an error. All statements are
-- accepted by H2 and PostgreSQL.

DELETE FROM wa_figure WHERE kind = 'YEAR';
ALTER TABLE wa_figure ADD COLUMN role VARCHAR(20) DEFAULT 'STATED' NOT NULL;
ALTER TABLE wa_figure ADD COLUMN occurrences INT DEFAULT 1 NOT NULL;
ALTER TABLE wa_figure ALTER COLUMN role DROP DEFAULT;
ALTER TABLE wa_figure ALTER COLUMN occurrences DROP DEFAULT;
