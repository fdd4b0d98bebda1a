package org.wsisanalytics.ingest.rtf;

/**
 * What an RTF group carries: where its text goes, how many fallback bytes follow a Unicode character, the font
 * (for the code page), the paragraph's style, outline level and whether it is in a table, and whether the text
 * is hidden or deleted. A nested group starts with a copy and drops its changes when it closes.
 */
final class RtfGroup {

    RtfDestination destination = RtfDestination.BODY;
    /** Inside an "upr" group: the destination its Unicode alternative ("ud") goes to. */
    RtfDestination beforeUpr;

    int unicodeSkip = 1;
    int font = -1;
    int style;
    int outline = -1;
    boolean inTable;
    boolean hidden;
    boolean deleted;

    RtfGroup copy() {
        RtfGroup copy = new RtfGroup();
        copy.destination = destination;
        copy.beforeUpr = beforeUpr;
        copy.unicodeSkip = unicodeSkip;
        copy.font = font;
        copy.style = style;
        copy.outline = outline;
        copy.inTable = inTable;
        copy.hidden = hidden;
        copy.deleted = deleted;
        return copy;
    }

    boolean visible() {
        return !hidden && !deleted;
    }
}
