package org.wsisanalytics.ingest.rtf;

import java.util.Set;

/**
 * Where the text of an RTF group goes. A group starts in the destination of the group around it; a destination
 * word ({@code \fonttbl}, {@code \header}, {@code \pict}, ...) changes it for the group and the groups inside.
 */
enum RtfDestination {
    /** The document's text. */
    BODY,
    /** A page header or footer: the running headers. */
    HEADER,
    /** A list paragraph's marker as the document shows it. */
    LIST_TEXT,
    /** A field's code ({@code \fldinst}); its result is text of the destination around it. */
    FIELD_CODE,
    FONTS,
    STYLES,
    /** One entry of the style sheet. */
    STYLE_ENTRY,
    /** Not text at all: stepped over. */
    SKIP;

    /** Destinations whose text is never body text, written without {@code \*} by older writers too. */
    private static final Set<String> SKIPPED = Set.of(
            "colortbl",
            "info",
            "pict",
            "object",
            "objdata",
            "footnote",
            "annotation",
            "atnid",
            "atnauthor",
            "atndate",
            "atnref",
            "ftnsep",
            "ftnsepc",
            "ftncn",
            "aftnsep",
            "aftnsepc",
            "aftncn",
            "xe",
            "tc",
            "tcn",
            "txe",
            "rxe",
            "bkmkstart",
            "bkmkend",
            "shp",
            "shpinst",
            "shprslt",
            "shptxt",
            "nonshppict",
            "shppict",
            "do",
            "listtable",
            "listoverridetable",
            "revtbl",
            "rsidtbl",
            "filetbl",
            "generator",
            "template",
            "userprops",
            "docvar",
            "latentstyles",
            "themedata",
            "colorschememapping",
            "datastore",
            "xmlnstbl",
            "mmathPr",
            "pgdsctbl",
            "nonesttables",
            "pn",
            "pnseclvl",
            "pntxta",
            "pntxtb",
            "private",
            "passwordhash",
            "datafield",
            "formfield",
            "background",
            "fldtype",
            "subject",
            "title",
            "author",
            "operator",
            "keywords",
            "comment",
            "doccomm",
            "company",
            "manager",
            "category",
            "hlinkbase");

    private static final Set<String> HEADERS =
            Set.of("header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf");

    /**
     * The destination a control word opens, or {@code null} when it opens none this reader tells apart (fields,
     * and the Unicode alternatives of "upr" groups, are followed by the parser itself).
     */
    static RtfDestination openedBy(String word) {
        if (SKIPPED.contains(word)) {
            return SKIP;
        }
        if (HEADERS.contains(word)) {
            return HEADER;
        }
        return switch (word) {
            case "fonttbl" -> FONTS;
            case "stylesheet" -> STYLES;
            case "listtext", "pntext" -> LIST_TEXT;
            case "fldinst" -> FIELD_CODE;
            default -> null;
        };
    }
}
