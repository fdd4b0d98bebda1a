package org.wsisanalytics.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives headings found by their type a Markdown level by rank: the bigger the font, the higher the
 * heading. Sizes that head paragraphs on at least two pages are the document's outline levels, largest
 * first. Sizes above all of them (a cover's display lines, a title used once) share level 1, and the
 * outline levels follow below it; a one-page size between outline levels takes the level of the outline
 * size just above it. Bold standalone lines at the body size sit one level below the smallest larger size.
 * Without any size on two pages, each size is its own level, largest first. Levels stop at 6.
 */
final class HeadingLevels {

    /** A heading candidate: its font size (0 for a bold line at the body size) and its page. */
    record Candidate(float size, int page) {}

    private final Map<Float, Integer> levels = new HashMap<>();
    private final int boldLevel;

    HeadingLevels(List<Candidate> candidates) {
        Map<Float, Set<Integer>> pages = new TreeMap<>((a, b) -> Float.compare(b, a));
        for (Candidate candidate : candidates) {
            if (candidate.size() > 0) {
                pages.computeIfAbsent(key(candidate.size()), size -> new HashSet<>())
                        .add(candidate.page());
            }
        }
        List<Float> outline = new ArrayList<>();
        pages.forEach((size, on) -> {
            if (on.size() >= 2) {
                outline.add(size);
            }
        });
        int deepest = 0;
        if (outline.isEmpty()) {
            for (Float size : pages.keySet()) {
                levels.put(size, ++deepest);
            }
        } else {
            boolean display = pages.keySet().iterator().next() > outline.get(0);
            int level = display ? 1 : 0;
            for (Float size : pages.keySet()) {
                if (size > outline.get(0)) {
                    levels.put(size, 1);
                } else if (outline.contains(size)) {
                    levels.put(size, ++level);
                } else {
                    levels.put(size, Math.max(level, 1));
                }
                deepest = Math.max(deepest, levels.get(size));
            }
        }
        this.boldLevel = Math.min(deepest + 1, 6);
    }

    /** The level (1..6) of a heading of this size, or of a bold body-size line when {@code size} is 0. */
    int level(float size) {
        return size <= 0 ? boldLevel : Math.min(levels.getOrDefault(key(size), boldLevel), 6);
    }

    private static float key(float size) {
        return Math.round(size * 2) / 2f;
    }
}
