package org.wsisanalytics.model;

/** The canonical kind of a session section, whatever its heading says. */
public enum SectionType {
    INTRODUCTION,
    ACHIEVEMENTS,
    PRIORITIES,
    TRENDS,
    OPPORTUNITIES,
    CHALLENGES,
    ACTION_LINE_LINKS,
    CASE_EXAMPLES,
    VISION,
    CONCLUSION,
    OTHER
}
