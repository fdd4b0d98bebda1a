-- The analysis store: every run's inputs and results, kept across runs so that history accumulates.
-- Portable SQL for H2 and PostgreSQL. Every table is keyed by run and by the document's position in
-- the run, so a step that is restarted rewrites its own rows instead of adding duplicates.

CREATE TABLE wa_run (
    run_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    run_date     DATE         NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);

CREATE TABLE wa_run_input (
    run_id       VARCHAR(64)   NOT NULL REFERENCES wa_run (run_id),
    position     INT           NOT NULL,
    name         VARCHAR(1000) NOT NULL,
    location     VARCHAR(4000) NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE wa_document (
    run_id       VARCHAR(64)   NOT NULL,
    position     INT           NOT NULL,
    title        VARCHAR(4000),
    sessions     INT           NOT NULL,
    PRIMARY KEY (run_id, position),
    FOREIGN KEY (run_id, position) REFERENCES wa_run_input (run_id, position)
);

CREATE TABLE wa_session (
    run_id             VARCHAR(64)   NOT NULL,
    position           INT           NOT NULL,
    session_index      INT           NOT NULL,
    session_id         VARCHAR(100),
    title              VARCHAR(4000) NOT NULL,
    facilitator        VARCHAR(1000),
    facilitator_listed VARCHAR(1000),
    link               VARCHAR(4000),
    PRIMARY KEY (run_id, position, session_index),
    FOREIGN KEY (run_id, position) REFERENCES wa_document (run_id, position)
);

CREATE TABLE wa_section (
    run_id         VARCHAR(64)     NOT NULL,
    position       INT             NOT NULL,
    session_index  INT             NOT NULL,
    section_index  INT             NOT NULL,
    heading        VARCHAR(4000)   NOT NULL,
    section_type   VARCHAR(40)     NOT NULL,
    body           VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (run_id, position, session_index, section_index),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);

CREATE TABLE wa_action_line_mention (
    run_id            VARCHAR(64)   NOT NULL,
    position          INT           NOT NULL,
    session_index     INT           NOT NULL,
    ordinal           INT           NOT NULL,
    action_line       VARCHAR(3)    NOT NULL,
    notation          VARCHAR(200)  NOT NULL,
    section           VARCHAR(4000) NOT NULL,
    in_links_section  BOOLEAN       NOT NULL,
    sentence          VARCHAR(100000) NOT NULL,
    start_offset      INT           NOT NULL,
    end_offset        INT           NOT NULL,
    PRIMARY KEY (run_id, position, session_index, ordinal),
    FOREIGN KEY (run_id, position, session_index) REFERENCES wa_session (run_id, position, session_index)
);

-- origin is 'ingest' for findings about the document's structure, 'analyze' for findings of the detectors.
CREATE TABLE wa_finding (
    run_id         VARCHAR(64)    NOT NULL,
    position       INT            NOT NULL,
    origin         VARCHAR(20)    NOT NULL,
    origin_session INT            NOT NULL,
    ordinal        INT            NOT NULL,
    session_index  INT,
    severity       VARCHAR(20)    NOT NULL,
    check_id       VARCHAR(100)   NOT NULL,
    message        VARCHAR(4000)  NOT NULL,
    evidence       VARCHAR(100000) NOT NULL,
    PRIMARY KEY (run_id, position, origin, origin_session, ordinal),
    FOREIGN KEY (run_id, position) REFERENCES wa_run_input (run_id, position)
);

-- session_index 0 for a whole document that was skipped, n for one session that failed analysis.
-- An --input path that did not exist has no wa_run_input row: it gets a negative position (-1, -2, ...).
CREATE TABLE wa_reject (
    run_id         VARCHAR(64)   NOT NULL,
    position       INT           NOT NULL,
    session_index  INT           NOT NULL,
    input          VARCHAR(4000) NOT NULL,
    reason         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, position, session_index),
    FOREIGN KEY (run_id) REFERENCES wa_run (run_id)
);
