package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first structure layer: a known event template. A session starts at its title, recognised
 * either by the template's prefix ("Leaders TalkX: Click to govern ...") or by the template's by-line
 * under it ("Executive Summary by High-Level Track Facilitator Ms. ..."), so a session that lacks one
 * of the two is still found. Everything before the first session (cover, contents, introduction,
 * chair, facilitators table) belongs to no session.
 */
final class TemplateLayer {

    private static final int MAX_TITLE_WORDS = 30;
    /** The most lines a title set in a larger font wraps over after its first before the by-line under it. */
    private static final int MAX_TITLE_CONTINUATIONS = 2;

    private static final Pattern WORD_START = Pattern.compile("(?<=\\s)\\S");

    private final EventTemplate template;

    TemplateLayer(EventTemplate template) {
        this.template = template;
    }

    EventTemplate template() {
        return template;
    }

    /** The sessions, or an empty list when the document does not follow the template. */
    List<Part> split(List<Block> unjoined) {
        List<Block> blocks = joinWrappedTitles(unjoined);
        TreeSet<Integer> starts = new TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (prefixedTitle(blocks.get(i))) {
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

    private Part part(List<Block> blocks) {
        String titleLine = blocks.get(0).text().strip();
        String title =
                template.titlePrefix().matcher(titleLine).replaceFirst("").strip();
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
        } else {
            // Text without blank lines can run the by-line into the title line.
            int at = bylineStart(title);
            if (at > 0) {
                byline = title.substring(at).strip();
                name = bylineName(new Block(Block.Kind.PARAGRAPH, byline));
                titleLine = titleLine
                        .substring(0, titleLine.length() - title.length() + at)
                        .strip();
                title = title.substring(0, at).strip();
            }
        }
        return new Part(
                titleLine,
                title,
                blocks.get(0).locationOf(title),
                byline,
                name,
                null,
                blocks.subList(bodyStart, blocks.size()));
    }

    /**
     * The blocks with each title that wrapped over several lines above its by-line joined into one: a PDF's text
     * conversion breaks a title set in a larger font where the body would not ("Leaders TalkX: Future Ready:
     * Enhancing Skills for a Digital" / "Tomorrow" / "Executive Summary by ..."). Only a title with the
     * template's prefix takes the title-like lines between it and its by-line.
     */
    private List<Block> joinWrappedTitles(List<Block> blocks) {
        List<Block> joined = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            int byline = prefixedTitle(block) ? wrappedBylineAt(blocks, i) : -1;
            if (byline < 0) {
                joined.add(block);
                continue;
            }
            for (int next = i + 1; next < byline; next++) {
                block = block.joinedWith(blocks.get(next));
            }
            joined.add(block);
            i = byline - 1;
        }
        return joined;
    }

    /** The index of the by-line one or two title-like lines below the title at {@code title}, or -1. */
    private int wrappedBylineAt(List<Block> blocks, int title) {
        int words = HeadingDetector.words(blocks.get(title).text()).size();
        for (int next = title + 1; next < blocks.size() && next <= title + MAX_TITLE_CONTINUATIONS + 1; next++) {
            Block block = blocks.get(next);
            if (bylineName(block) != null) {
                return next > title + 1 ? next : -1;
            }
            words += HeadingDetector.words(block.text()).size();
            if (!isTitle(block) || prefixedTitle(block) || words > MAX_TITLE_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    private boolean prefixedTitle(Block block) {
        return isTitle(block)
                && template.titlePrefix().matcher(block.text().strip()).find();
    }

    /** Where a by-line starts inside the text (at a word after the first), or -1. */
    private int bylineStart(String text) {
        Matcher words = WORD_START.matcher(text);
        while (words.find()) {
            if (words.start() > 0
                    && template.byline().matcher(text.substring(words.start())).matches()) {
                return words.start();
            }
        }
        return -1;
    }

    /** The name in the template's by-line, or {@code null} when the block is not one. */
    String bylineName(Block block) {
        if (!block.isOneLineText()) {
            return null;
        }
        Matcher matcher = template.byline().matcher(block.text().strip());
        return matcher.matches() ? matcher.group(1).strip() : null;
    }

    private static boolean isTitle(Block block) {
        if (!block.isOneLineText()) {
            return false;
        }
        String text = block.text().strip();
        return !text.endsWith(".")
                && !Contents.isEntry(text)
                && HeadingDetector.words(text).size() <= MAX_TITLE_WORDS;
    }
}
