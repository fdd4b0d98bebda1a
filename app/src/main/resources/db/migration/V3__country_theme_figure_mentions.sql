-- Country, theme and figure findings of the detectors, one row per mention, keyed like
-- wa_action_line_mention so that a session's rows are replaced as a whole on a restart.

CREATE TABLE wa_country_mention (
    run_id         VARCHAR(64)     NOT NULL,
    position       INT             NOT NULL,
    session_index  INT             NOT NULL,
    ordinal        INT             NOT NULL,
    iso2           VARCHAR(2)      NOT NULL,
    surface        VARCHAR(400)    NOT NULL,
    kind           VARCHAR(20)     NOT NULL,
    section        VARCHAR(4000)   NOT NULL,
    sentence       VARCHAR(100000) NOT NULL,
    start_offset   INT             NOT NULL,
    end_offset     INT             NOT NULL,
    PRIMARY KEY (run_id, position, session_index, ordinal),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);

CREATE TABLE wa_theme_mention (
    run_id         VARCHAR(64)     NOT NULL,
    position       INT             NOT NULL,
    session_index  INT             NOT NULL,
    ordinal        INT             NOT NULL,
    theme          VARCHAR(200)    NOT NULL,
    surface        VARCHAR(400)    NOT NULL,
    section        VARCHAR(4000)   NOT NULL,
    sentence       VARCHAR(100000) NOT NULL,
    start_offset   INT             NOT NULL,
    end_offset     INT             NOT NULL,
    PRIMARY KEY (run_id, position, session_index, ordinal),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);

CREATE TABLE wa_figure (
    run_id         VARCHAR(64)     NOT NULL,
    position       INT             NOT NULL,
    session_index  INT             NOT NULL,
    ordinal        INT             NOT NULL,
    kind           VARCHAR(20)     NOT NULL,
    figure_value   DECIMAL(38, 6)  NOT NULL,
    unit           VARCHAR(200)    NOT NULL,
    figure_text    VARCHAR(1000)   NOT NULL,
    section        VARCHAR(4000)   NOT NULL,
    sentence       VARCHAR(100000) NOT NULL,
    start_offset   INT             NOT NULL,
    end_offset     INT             NOT NULL,
    PRIMARY KEY (run_id, position, session_index, ordinal),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);
