-- Numbered references labelled with another line's name ("C11 (E-Governance)": the label fits C7): the
-- reference counts for its number, and the coverage cell is marked with the label. The same rule makes the
-- "action-line-label-mismatch" finding. A new table: existing runs simply have no rows in it (their cells are
-- unmarked until they are analysed again).

CREATE TABLE wa_action_line_label_conflict (
    run_id            VARCHAR(64)     NOT NULL,
    position          INT             NOT NULL,
    session_index     INT             NOT NULL,
    ordinal           INT             NOT NULL,
    action_line       VARCHAR(3)      NOT NULL,
    label             VARCHAR(1000)   NOT NULL,
    fits              VARCHAR(1000)   NOT NULL,
    PRIMARY KEY (run_id, position, session_index, ordinal),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);
