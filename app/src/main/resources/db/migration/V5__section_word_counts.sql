-- Each section's word count, stored when the section is saved so that the reports can outline every
-- session without reading the section texts. Rows stored before this migration keep NULL; readers count
-- the words of those from the body.

ALTER TABLE wa_section ADD COLUMN words INT;
