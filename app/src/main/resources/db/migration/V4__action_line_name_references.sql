-- References to an action line by its name only ("the WSIS action line on e-environment"): kept apart
-- from the numeric mentions, shown as such and not counted in the coverage.

CREATE TABLE wa_action_line_name_ref (
    run_id            VARCHAR(64)     NOT NULL,
    position          INT             NOT NULL,
    session_index     INT             NOT NULL,
    ordinal           INT             NOT NULL,
    action_line       VARCHAR(3)      NOT NULL,
    sub_line          VARCHAR(200),
    phrase            VARCHAR(1000)   NOT NULL,
    section           VARCHAR(4000)   NOT NULL,
    in_links_section  BOOLEAN         NOT NULL,
    sentence          VARCHAR(100000) NOT NULL,
    start_offset      INT             NOT NULL,
    end_offset        INT             NOT NULL,
    PRIMARY KEY (run_id, position, session_index, ordinal),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);
