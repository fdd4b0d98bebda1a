-- Explicit columns instead of sentinel values. Until now a reject of an --input path that did not exist had a
-- negative position (-1, -2, ... in the order the paths were given), a reject of a whole document had
-- session_index 0, and a document's own findings (made while reading it) had origin_session 0.
--
-- wa_reject: position is NULL for a path that did not exist (it has no wa_run_input row), and missing_input gives its
-- place among those paths (1, 2, ...); session_index is NULL where the whole input was skipped. Existing rows get
-- exactly that: position -n becomes missing_input n with position NULL, session_index 0 becomes NULL.
-- wa_finding: origin_session is NULL for the findings of origin 'ingest'; existing rows' 0 becomes NULL.
--
-- Both tables are copied into new ones because their primary keys held the columns that may now be NULL (and the
-- two databases name a primary key differently, so it cannot be dropped portably). A row is still one of its kind:
-- the store replaces a document's or session's rows as a whole, by the indexes below. All statements are accepted
-- by H2 and PostgreSQL.

CREATE TABLE wa_reject_v11 (
    run_id         VARCHAR(64)   NOT NULL,
    position       INT,
    missing_input  INT,
    session_index  INT,
    input          VARCHAR(4000) NOT NULL,
    reason         VARCHAR(4000) NOT NULL,
    CHECK ((position IS NOT NULL AND missing_input IS NULL)
        OR (position IS NULL AND missing_input IS NOT NULL AND session_index IS NULL)),
    FOREIGN KEY (run_id) REFERENCES wa_run (run_id),
    FOREIGN KEY (run_id, position) REFERENCES wa_run_input (run_id, position)
);

INSERT INTO wa_reject_v11 (run_id, position, missing_input, session_index, input, reason)
SELECT run_id,
       CASE WHEN position > 0 THEN position END,
       CASE WHEN position < 0 THEN -position END,
       CASE WHEN session_index > 0 THEN session_index END,
       input,
       reason
FROM wa_reject;

DROP TABLE wa_reject;
ALTER TABLE wa_reject_v11 RENAME TO wa_reject;
CREATE INDEX wa_reject_by_position ON wa_reject (run_id, position, session_index);

CREATE TABLE wa_finding_v11 (
    run_id         VARCHAR(64)     NOT NULL,
    position       INT             NOT NULL,
    origin         VARCHAR(20)     NOT NULL,
    origin_session INT,
    ordinal        INT             NOT NULL,
    session_index  INT,
    severity       VARCHAR(20)     NOT NULL,
    check_id       VARCHAR(100)    NOT NULL,
    message        VARCHAR(4000)   NOT NULL,
    evidence       VARCHAR(100000) NOT NULL,
    location       VARCHAR(40),
    CHECK ((origin = 'ingest' AND origin_session IS NULL) OR (origin = 'analyze' AND origin_session IS NOT NULL)),
    FOREIGN KEY (run_id, position) REFERENCES wa_run_input (run_id, position)
);

INSERT INTO wa_finding_v11 (run_id, position, origin, origin_session, ordinal, session_index, severity, check_id,
                            message, evidence, location)
SELECT run_id, position, origin, CASE WHEN origin_session > 0 THEN origin_session END, ordinal, session_index,
       severity, check_id, message, evidence, location
FROM wa_finding;

DROP TABLE wa_finding;
ALTER TABLE wa_finding_v11 RENAME TO wa_finding;
CREATE INDEX wa_finding_by_position ON wa_finding (run_id, position, origin, origin_session);
