package org.wsisanalytics.ingest.odt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.ingest.odt.OdtStyles.ListLevel;

/**
 * The markers of list items as Writer shows them. A {@code text:list} starts a new count unless it
 * continues another: {@code text:continue-list} names the list it goes on from (by {@code xml:id}), and
 * {@code text:continue-numbering="true"} goes on from the last list in the same style. A nested list counts
 * one level deeper in the same list; an item's {@code text:start-value} restarts the count, and a deeper
 * level restarts when a higher one moves on. Not thread-safe: one per document.
 */
final class OdtLists {

    private static final int MAX_LEVEL = 10;

    /** The counters of one list and every list that continues it, per level (1-based). */
    private static final class Count {
        final int[] values = new int[MAX_LEVEL + 1];
        final boolean[] started = new boolean[MAX_LEVEL + 1];
    }

    private record Open(Count count, int level, String style) {}

    private final OdtStyles styles;
    private final Map<String, Count> byId = new HashMap<>();
    private final Map<String, Count> lastByStyle = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();

    OdtLists(OdtStyles styles) {
        this.styles = styles;
    }

    boolean inList() {
        return !open.isEmpty();
    }

    void startList(String id, String style, String continueList, boolean continueNumbering) {
        Open parent = open.peek();
        Open list;
        if (parent != null) {
            list = new Open(
                    parent.count(), Math.min(parent.level() + 1, MAX_LEVEL), style != null ? style : parent.style());
        } else {
            Count count = continueList != null ? byId.get(continueList) : null;
            if (count == null && continueNumbering) {
                count = lastByStyle.get(String.valueOf(style));
            }
            list = new Open(count != null ? count : new Count(), 1, style);
            lastByStyle.put(String.valueOf(style), list.count());
        }
        if (id != null) {
            byId.put(id, list.count());
        }
        open.push(list);
    }

    void endList() {
        open.poll();
    }

    /** An item of the innermost list begins: its level's count moves on (or restarts at {@code startValue}). */
    void startItem(Integer startValue) {
        Open list = open.peek();
        if (list == null) {
            return;
        }
        int level = list.level();
        Count count = list.count();
        if (startValue != null) {
            count.values[level] = startValue;
        } else if (!count.started[level]) {
            count.values[level] = levelStyle(list, level, null).start();
        } else {
            count.values[level]++;
        }
        count.started[level] = true;
        for (int deeper = level + 1; deeper <= MAX_LEVEL; deeper++) {
            count.started[deeper] = false;
        }
    }

    /**
     * The marker of the current item ("-", "3.", "b)", "2.1."), or null when its level shows none; the list's
     * style, else the list style of the item's paragraph style, decides.
     */
    String marker(String paragraphStyle) {
        Open list = open.peek();
        if (list == null) {
            return null;
        }
        int level = list.level();
        ListLevel style = levelStyle(list, level, paragraphStyle);
        if (style.bullet()) {
            return "-";
        }
        if (style.format().isEmpty()) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        for (int shown = Math.max(1, level - style.displayLevels() + 1); shown <= level; shown++) {
            String format = shown == level
                    ? style.format()
                    : levelStyle(list, shown, paragraphStyle).format();
            numbers.add(OdtText.number(list.count().values[shown], format.isEmpty() ? "1" : format));
        }
        String marker = (style.prefix() + String.join(".", numbers) + style.suffix()).strip();
        // A number without any punctuation ("3 Text") is written the way the text path expects a list item.
        return style.prefix().isBlank() && style.suffix().isBlank() ? marker + "." : marker;
    }

    private ListLevel levelStyle(Open list, int level, String paragraphStyle) {
        String style = list.style() != null ? list.style() : styles.listStyleOf(paragraphStyle);
        return styles.listLevel(style, level);
    }
}
