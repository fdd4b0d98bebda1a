-- Citable evidence and honest country links: where each piece of text is in its input file. A section keeps its anchors (where each run
-- of its text is: "0 p. 35|412 p. 36", offsets in the body with TextLocation labels), so that the analysis
-- step can locate every sentence; each mention, figure and finding row keeps its sentence's location label
-- ("p. 36", "para. 455", "lines 2061–2063"). Rows stored before this migration keep NULL: their location is
-- unknown, and the reports leave it empty. All statements are accepted by H2 and PostgreSQL.

ALTER TABLE wa_section ADD COLUMN anchors VARCHAR(1000000);
ALTER TABLE wa_action_line_mention ADD COLUMN location VARCHAR(40);
ALTER TABLE wa_action_line_name_ref ADD COLUMN location VARCHAR(40);
ALTER TABLE wa_country_mention ADD COLUMN location VARCHAR(40);
-- The action lines referred to by number in the same sentence or list item as the country mention ("C2 C7"),
-- which link the country to those lines. Rows stored before this migration keep NULL: linked to no line.
ALTER TABLE wa_country_mention ADD COLUMN action_lines VARCHAR(40);
ALTER TABLE wa_theme_mention ADD COLUMN location VARCHAR(40);
ALTER TABLE wa_figure ADD COLUMN location VARCHAR(40);
ALTER TABLE wa_finding ADD COLUMN location VARCHAR(40);
