package org.wsisanalytics.model;

/** Whether a quoted figure reports what is, or what is aimed at: an editor checks the two differently. */
public enum FigureRole {
    /** Reached or measured: "connected 250 villages", "40% of users". */
    STATED,
    /** Aimed at: "aims for 100% coverage by 2027", "a target of 1 million learners". */
    TARGET
}
