package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each session's summary starts. A session starts at its title, recognised either by
 * its prefix ("Leaders TalkX: Click to govern ...") or by the by-line under it ("Executive Summary by
 * High-Level Track Facilitator Ms. ..."), so a session that lacks one of the two is still found.
 * Table-of-contents entries carry the same prefix and are skipped: they are tab-separated rows or
 * end in dot leaders. Everything before the first session (cover, contents, introduction, chair,
 * moderators' table) belongs to no session.
 */
final class SessionSplitter {

    static final Pattern TITLE_PREFIX = Pattern.compile(
            "(?i)^(?:Leaders\\s*TalkX|High[- ]Level\\s+(?:Dialogue|Policy\\s+Session))\\s*\\d*\\s*[:–—-]\\s*");
    static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:Executive\\s+)?Summary\\s+(?:prepared\\s+|written\\s+|submitted\\s+)?by\\s+(?:the\\s+)?"
                    + "(?:High[- ]Level\\s+Track\\s+Facilitators?|HLTFs?|Facilitators?|Moderators?|Rapporteurs?)?"
                    + "\\s*[:,–-]?\\s*(\\S.{1,80})$");
    private static final Pattern DOT_LEADERS = Pattern.compile("(?:\\.{3,}|…)\\s*\\d*\\s*$");
    private static final int MAX_TITLE_WORDS = 30;

    /**
     * One session's blocks.
     *
     * @param titleLine the title block as written, prefix included
     * @param title the title without its prefix
     * @param byline the by-line as written, or {@code null}
     * @param facilitator the name in the by-line, honorifics included, or {@code null}
     * @param body the blocks after the title and by-line
     */
    record Part(String titleLine, String title, String byline, String facilitator, List<Block> body) {
    }

    private SessionSplitter() {
    }

    static List<Part> split(List<Block> blocks) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (isTitle(blocks.get(i)) && TITLE_PREFIX.matcher(blocks.get(i).text()).find()) {
                starts.add(i);
            } else if (i > 0 && bylineName(blocks.get(i)) != null && isTitle(blocks.get(i - 1))) {
                starts.add(i - 1);
            }
        }
        List<Part> parts = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>(starts);
        for (int n = 0; n < ordered.size(); n++) {
            int start = ordered.get(n);
            int end = n + 1 < ordered.size() ? ordered.get(n + 1) : blocks.size();
            parts.add(part(blocks.subList(start, end)));
        }
        return parts;
    }

    private static Part part(List<Block> blocks) {
        String titleLine = blocks.get(0).text().strip();
        String title = TITLE_PREFIX.matcher(titleLine).replaceFirst("").strip();
        if (title.isEmpty()) {
            title = titleLine;
        }
        int bodyStart = 1;
        String byline = null;
        String name = null;
        if (blocks.size() > 1 && bylineName(blocks.get(1)) != null) {
            byline = blocks.get(1).text().strip();
            name = bylineName(blocks.get(1));
            bodyStart = 2;
        }
        return new Part(titleLine, title, byline, name, List.copyOf(blocks.subList(bodyStart, blocks.size())));
    }

    /** The name in an "Executive Summary by ..." line, or {@code null} when the block is not one. */
    static String bylineName(Block block) {
        if (!block.isOneLineText()) {
            return null;
        }
        Matcher matcher = BYLINE.matcher(block.text().strip());
        return matcher.matches() ? matcher.group(1).strip() : null;
    }

    private static boolean isTitle(Block block) {
        if (!block.isOneLineText()) {
            return false;
        }
        String text = block.text().strip();
        return !text.endsWith(".") && !DOT_LEADERS.matcher(text).find()
                && HeadingDetector.words(text).size() <= MAX_TITLE_WORDS;
    }
}
