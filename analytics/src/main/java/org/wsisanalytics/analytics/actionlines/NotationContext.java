package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.wsisanalytics.analytics.data.ReferenceFile;

/**
 * The words next to a code that make it a room, a place, a part of a document or a level rather than an action
 * line ("Room C2", "Section C4", "C2 room", "level C1"), from {@code notation-context.tsv}, as regular-expression
 * parts for {@link NotationScanner}.
 */
final class NotationContext {

    static final String FILE = "notation-context.tsv";

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+\\.?");
    private static final Map<String, List<String>> WORDS =
            load(ReferenceFile.bundled(NotationContext.class, FILE, "'" + FILE + "'"));

    private static final String GAP = "[ \\t\\u00A0]";
    private static final String EXCEPT = "(?iu:" + String.join("|", WORDS.get("except")) + ")";

    /**
     * A place word (with a plural "s"), not given back by an "except" word before it. Reads forwards; "room" may
     * end a longer word ("Boardroom").
     */
    static final String PLACE_WORD = "(?<!\\b" + EXCEPT + "[ \\t\\u00A0-])" + "(?:\\b(?iu:"
            + String.join("|", WORDS.get("before")) + ")|(?iu:room))s?";

    /** The body of a look-behind: a place word and up to three spaces right before a code. */
    static final String PLACE_BEFORE = PLACE_WORD + GAP + "{1,3}";

    /** The body of a look-ahead: a place word right after a code, not given back by an "except" word after it. */
    static final String PLACE_AFTER = GAP + "*[-\\u2010]?" + GAP + "*(?iu:" + String.join("|", WORDS.get("after"))
            + ")s?(?![\\p{L}\\p{N}])(?!" + GAP + "+" + EXCEPT + "(?![\\p{L}\\p{N}]))";

    private NotationContext() {}

    static Map<String, List<String>> load(ReferenceFile file) {
        Map<String, List<String>> words =
                Map.of("before", new ArrayList<>(), "after", new ArrayList<>(), "except", new ArrayList<>());
        for (ReferenceFile.Row row : file.rows()) {
            List<String> c = file.columns(row, 2, 2, "2 tab-separated columns (kind, word)");
            List<String> kind = words.get(c.get(0));
            if (kind == null) {
                throw file.error(row, "kind '" + c.get(0) + "' is not one of before, after, except.");
            }
            if (!WORD.matcher(c.get(1)).matches()) {
                throw file.error(row, "'" + c.get(1) + "' is not one word of letters (a final full stop may follow).");
            }
            kind.add(c.get(1).replace(".", "\\."));
        }
        words.forEach((kind, list) -> {
            if (list.isEmpty()) {
                throw file.error("it lists no '" + kind + "' word; give at least one.");
            }
        });
        return Map.of(
                "before",
                List.copyOf(words.get("before")),
                "after",
                List.copyOf(words.get("after")),
                "except",
                List.copyOf(words.get("except")));
    }
}
