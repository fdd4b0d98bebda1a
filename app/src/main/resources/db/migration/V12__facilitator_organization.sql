-- Each session's facilitator organisation as the facilitators table gives it ("APC", "University of Ilorin"),
-- shown beside the facilitator in the reports. The column is nullable with no default: sessions stored before
-- this migration get NULL (their organisation was not kept), as do sessions whose document has no table row
-- for them; the reports show nothing for NULL. The statement is accepted by H2 and PostgreSQL.

ALTER TABLE wa_session ADD COLUMN facilitator_organization VARCHAR(1000);
