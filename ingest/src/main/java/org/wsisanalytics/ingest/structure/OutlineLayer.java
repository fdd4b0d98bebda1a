package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.wsisanalytics.model.TextLocation;

/**
 * The second structure layer: the document's own outline. It chooses the headings that form the
 * document's units (sessions, agenda items, meeting segments) among all its headings:
 * <ol>
 * <li><b>Summaries without a template.</b> A heading that is not a section's name and is followed,
 * after at most a by-line or a date line, by a heading that is ("Introduction", "Key issues", "Links
 * to WSIS Action Lines") opens a unit. The style with most such headings wins; in plain text only the
 * headings of that style followed by a section are units (other headings of that style are the
 * sections' own sub-headings), with marked levels and numbered headings every heading of the style is.</li>
 * <li><b>Levels.</b> Otherwise the highest level (marked levels first, then "Session 123", Roman and
 * decimal numbering, capitals, short plain lines) with at least two headings that are not sections' names
 * and whose units hold most of the document's text. Plain lines must look like titles (four words or
 * more, not questions or form labels).</li>
 * </ol>
 * Headings that are sections' names stay sections inside their unit. Under levels, the text before the first
 * unit is a unit of its own only when it is an introduction (a section's heading, or a unit's length of prose),
 * not front matter. A document whose headings are all sections' names has no units here: it is one unit, read by
 * the next layer.
 */
final class OutlineLayer {

    private static final int MAX_WORDS_BEFORE_SECTION = 60;
    private static final int MIN_PREAMBLE_WORDS = 50;
    private static final int MIN_PLAIN_TITLE_WORDS = 4;
    private static final int MIN_PLAIN_UNITS = 3;
    private static final int MIN_PLAIN_UNIT_WORDS = 40;
    private static final int MAX_LINES_ABOVE_NUMBER = 3;
    private static final int MAX_NUMBER_LINE_WORDS = 12;
    private static final double MIN_SHARE_OF_TEXT = 0.5;

    /**
     * What the layer found.
     *
     * @param parts the units, in document order; empty when the outline gives none
     * @param how which headings formed the units, or why none did (for the layer's finding)
     */
    record Result(List<Part> parts, String how) {}

    private final SectionClassifier classifier;
    private final List<TemplateLayer> bylines;

    OutlineLayer(SectionClassifier classifier, List<TemplateLayer> bylines) {
        this.classifier = classifier;
        this.bylines = bylines;
    }

    Result split(List<Block> blocks, String documentTitle) {
        List<OutlineHeading> headings = OutlineHeading.find(blocks, classifier);
        if (headings.isEmpty()) {
            return new Result(List.of(), "the document has no headings");
        }
        Optional<Result> summaries = summaries(blocks, headings);
        if (summaries.isPresent()) {
            return summaries.get();
        }
        Optional<Result> levels = levels(blocks, headings, documentTitle);
        if (levels.isPresent()) {
            return levels.get();
        }
        List<OutlineHeading> belowTitle =
                headings.stream().filter(h -> !h.text().equals(documentTitle)).toList();
        return new Result(
                List.of(),
                !belowTitle.isEmpty() && belowTitle.stream().allMatch(OutlineHeading::section)
                        ? "its " + belowTitle.size() + " headings under the title all name sections ("
                                + sample(belowTitle) + ")"
                        : "no heading style repeats over the document's text (" + headings.size() + " headings: "
                                + sample(headings) + ")");
    }

    /** Units whose headings are followed by sections' names: summaries written without a template. */
    private Optional<Result> summaries(List<Block> blocks, List<OutlineHeading> headings) {
        Map<String, List<OutlineHeading>> openers = new LinkedHashMap<>();
        for (int h = 0; h + 1 < headings.size(); h++) {
            OutlineHeading heading = headings.get(h);
            OutlineHeading next = headings.get(h + 1);
            if (!heading.section()
                    && !isLabel(heading)
                    && next.section()
                    && !inList(blocks, heading)
                    && !sectionBody(headings, h)
                    && words(blocks, heading.index() + 1, next.index()) <= MAX_WORDS_BEFORE_SECTION) {
                openers.computeIfAbsent(heading.styleKey(), key -> new ArrayList<>())
                        .add(heading);
            }
        }
        Optional<Map.Entry<String, List<OutlineHeading>>> best = openers.entrySet().stream()
                .filter(entry -> entry.getValue().size() >= 2)
                .max(Comparator.comparingInt(entry -> entry.getValue().size()));
        if (best.isEmpty()) {
            return Optional.empty();
        }
        String key = best.get().getKey();
        OutlineHeading.Style style = best.get().getValue().get(0).style();
        List<OutlineHeading> starts = style == OutlineHeading.Style.PLAIN || style == OutlineHeading.Style.CAPITALS
                ? plainStarts(blocks, headings, key, best.get().getValue())
                : headings.stream()
                        .filter(h -> h.styleKey().equals(key) && !h.section() && !isLabel(h))
                        .toList();
        List<Part> parts = parts(blocks, starts);
        return Optional.of(new Result(
                parts,
                parts.size() + " units under headings of " + key + " followed by summary sections (" + sample(starts)
                        + ")"));
    }

    /**
     * In plain text, the headings of the winning style that open units: those followed by a section's
     * name, and those directly above another heading (a title above a first heading the section rules do
     * not know, such as a headline in capitals).
     */
    private static List<OutlineHeading> plainStarts(
            List<Block> blocks, List<OutlineHeading> headings, String key, List<OutlineHeading> openers) {
        List<OutlineHeading> starts = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            OutlineHeading heading = headings.get(h);
            boolean directlyAbove = h + 1 < headings.size()
                    && headings.get(h + 1).index() == heading.index() + 1
                    && !headings.get(h + 1).styleKey().equals(key);
            if (openers.contains(heading)
                    || heading.styleKey().equals(key)
                            && !heading.section()
                            && !isLabel(heading)
                            && directlyAbove
                            && !inList(blocks, heading)
                            && !sectionBody(headings, h)) {
                starts.add(heading);
            }
        }
        return starts;
    }

    /** Units under the highest heading style that repeats and covers most of the text. */
    private Optional<Result> levels(List<Block> blocks, List<OutlineHeading> headings, String documentTitle) {
        int totalWords = words(blocks, 0, blocks.size());
        List<String> keys = headings.stream()
                .sorted(Comparator.comparing(OutlineHeading::style).thenComparingInt(OutlineHeading::level))
                .map(OutlineHeading::styleKey)
                .distinct()
                .toList();
        for (String key : keys) {
            List<OutlineHeading> ofKey =
                    headings.stream().filter(h -> h.styleKey().equals(key)).toList();
            List<OutlineHeading> starts =
                    ofKey.stream().filter(h -> !h.section() && !isLabel(h)).toList();
            if (starts.size() < 2 || starts.size() * 2 < ofKey.size()) {
                continue;
            }
            OutlineHeading.Style style = starts.get(0).style();
            boolean plain = style == OutlineHeading.Style.PLAIN || style == OutlineHeading.Style.CAPITALS;
            if (plain && (starts.size() < MIN_PLAIN_UNITS || medianWords(starts) < MIN_PLAIN_TITLE_WORDS)) {
                continue;
            }
            List<Part> parts = parts(blocks, starts);
            Optional<Part> preamble = preamble(blocks, starts, documentTitle, parts);
            preamble.ifPresent(part -> parts.add(0, part));
            int covered = parts.stream()
                    .mapToInt(part -> words(part.body(), 0, part.body().size()))
                    .sum();
            long nonEmpty =
                    parts.stream().filter(part -> !part.body().isEmpty()).count();
            // Plain lines over a line or two each are a cover page ("Geneva, 7–11 April 2025" / "Item 2 of the
            // provisional agenda" / "Note by the secretariat"), not units: two of them must hold some prose.
            long substantial = parts.stream()
                    .filter(part -> words(part.body(), 0, part.body().size()) >= MIN_PLAIN_UNIT_WORDS)
                    .count();
            if (nonEmpty >= 2 && covered >= totalWords * MIN_SHARE_OF_TEXT && (!plain || substantial >= 2)) {
                int frontMatter = preamble.isPresent() ? 0 : wordsBefore(blocks, starts, documentTitle);
                return Optional.of(new Result(
                        parts,
                        parts.size() + " units under the headings of " + key + " (" + sample(starts) + ")"
                                + (frontMatter >= MIN_PREAMBLE_WORDS
                                        ? "; the " + frontMatter + " words before the first are front matter"
                                                + " (no section's heading, shorter than a unit), not a unit"
                                        : "")));
            }
        }
        return Optional.empty();
    }

    /**
     * Cuts the units at the starts. Units with no text (a part heading directly above the first session) are
     * dropped.
     */
    private List<Part> parts(List<Block> blocks, List<OutlineHeading> starts) {
        int above = linesAboveNumber(blocks, starts);
        List<Part> parts = new ArrayList<>();
        for (int n = 0; n < starts.size(); n++) {
            int start = starts.get(n).index();
            int end = n + 1 < starts.size() ? starts.get(n + 1).index() - above : blocks.size();
            Part part = above > 0
                    ? titledAbove(starts.get(n), blocks.subList(start - above, start), blocks.subList(start + 1, end))
                    : part(starts.get(n), blocks.get(start), blocks.subList(start + 1, end));
            if (!part.body().isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The text before the first unit, as a unit of its own titled with the document's title, when it is an
     * introduction rather than front matter: it holds enough prose and either has a section's heading of its own
     * ("Introduction", "Background") or is as long as a typical unit. A cover's subtitle, a version line, a
     * note on how the document was compiled and a part heading are front matter, not a session.
     */
    private Optional<Part> preamble(
            List<Block> blocks, List<OutlineHeading> starts, String documentTitle, List<Part> units) {
        if (documentTitle == null) {
            return Optional.empty();
        }
        Part preamble = Part.untitled(documentTitle, blocks.subList(0, firstBlock(blocks, starts)));
        int words = words(preamble.body(), 0, preamble.body().size());
        if (words < MIN_PREAMBLE_WORDS) {
            return Optional.empty();
        }
        boolean introduced = preamble.body().stream()
                .anyMatch(block -> (block.kind() == Block.Kind.MARKED_HEADING || HeadingDetector.isHeadingShaped(block))
                        && classifier.isSectionName(block.text().strip()));
        int[] unitWords = units.stream()
                .mapToInt(unit -> words(unit.body(), 0, unit.body().size()))
                .sorted()
                .toArray();
        boolean unitSized = unitWords.length == 0 || words >= unitWords[unitWords.length / 2];
        return introduced || unitSized ? Optional.of(preamble) : Optional.empty();
    }

    /** The words before the first unit, the document's title left out. */
    private int wordsBefore(List<Block> blocks, List<OutlineHeading> starts, String documentTitle) {
        List<Block> before = blocks.subList(0, firstBlock(blocks, starts));
        return documentTitle == null
                ? words(before, 0, before.size())
                : words(Part.untitled(documentTitle, before).body(), 0, Integer.MAX_VALUE);
    }

    /** The first block of the first unit: its start, or the lines its "Session 123" line has above it. */
    private int firstBlock(List<Block> blocks, List<OutlineHeading> starts) {
        return starts.get(0).index() - linesAboveNumber(blocks, starts);
    }

    /**
     * How many lines above each bare "Session 123" line belong to its unit: agenda pages copied from the
     * web put the title, then the organiser, then the number ("Cyber hygiene for small businesses /
     * Internet Society / Session 233"). Those lines are short, unpunctuated, not sections' names, and
     * differ from unit to unit; a line every unit repeats ("Link to this session") or one a section's name leads
     * ("WSIS Action Lines: C2, C3") ends the unit above.
     * 0 when the numbers stand alone or carry their titles, or the next line gives the title.
     */
    private int linesAboveNumber(List<Block> blocks, List<OutlineHeading> starts) {
        if (starts.size() < 2
                || starts.stream()
                        .anyMatch(h -> h.style() != OutlineHeading.Style.SESSION_NUMBER
                                || HeadingDetector.words(h.text()).size() > 3
                                || titleBelow(blocks, h))) {
            return 0;
        }
        int above = 0;
        for (int k = 1; k <= MAX_LINES_ABOVE_NUMBER; k++) {
            Set<String> seen = new HashSet<>();
            for (int n = 0; n < starts.size(); n++) {
                int at = starts.get(n).index() - k;
                int floor = n == 0 ? 0 : starts.get(n - 1).index() + 1;
                if (at < floor
                        || !HeadingDetector.isHeadingShaped(blocks.get(at))
                        || classifier.isSectionName(blocks.get(at).text().strip())
                        || isSectionLabelled(blocks.get(at).text())
                        || !seen.add(blocks.get(at).text().strip())) {
                    return above;
                }
            }
            above = k;
        }
        return above;
    }

    /**
     * A line that a section's name leads ("WSIS Action Lines: C2, C3"): the last line of the unit above, which the
     * codes after it make differ from unit to unit like a title.
     */
    private boolean isSectionLabelled(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && classifier.isSectionName(text.substring(0, colon).strip());
    }

    /** "Session 123" alone on its line with the session's title on the next one. */
    private static boolean titleBelow(List<Block> blocks, OutlineHeading heading) {
        int next = heading.index() + 1;
        return next < blocks.size()
                && blocks.get(next).isOneLineText()
                && HeadingDetector.isHeadingShaped(asParagraph(blocks.get(next)))
                && !OutlineHeading.isDateLine(blocks.get(next).text());
    }

    /** A unit whose title and organiser stand above its "Session 123" line; the organiser stays in the text. */
    private static Part titledAbove(OutlineHeading number, List<Block> above, List<Block> body) {
        List<Block> text = new ArrayList<>(above.subList(1, above.size()));
        text.addAll(body);
        String title = above.get(0).text().strip();
        return new Part(number.text(), title, above.get(0).locationOf(title), null, null, number.sessionNumber(), text);
    }

    /** A unit under its heading, whose block is {@code headingBlock}. */
    private Part part(OutlineHeading heading, Block headingBlock, List<Block> body) {
        String title = heading.text();
        TextLocation titleLocation = headingBlock.locationOf(title);
        String sessionId = heading.sessionNumber();
        int from = 0;
        // "Session 123" alone on its line, with the session's title on the next one.
        if (sessionId != null
                && HeadingDetector.words(title).size() <= 3
                && !body.isEmpty()
                && body.get(0).isOneLineText()
                && HeadingDetector.isHeadingShaped(asParagraph(body.get(0)))
                && !OutlineHeading.isDateLine(body.get(0).text())) {
            String below = body.get(0).text().strip();
            title = title + ": " + below;
            TextLocation belowLocation = body.get(0).locationOf(below);
            titleLocation = titleLocation == null ? belowLocation : titleLocation.through(belowLocation);
            from = 1;
        }
        if (sessionId == null) {
            sessionId = numberLineBelow(body.subList(from, body.size()));
        }
        for (TemplateLayer template : bylines) {
            String name = body.size() > from ? template.bylineName(body.get(from)) : null;
            if (name != null) {
                return new Part(
                        heading.text(),
                        title,
                        titleLocation,
                        body.get(from).text().strip(),
                        name,
                        sessionId,
                        body.subList(from + 1, body.size()));
            }
        }
        return new Part(heading.text(), title, titleLocation, null, null, sessionId, body.subList(from, body.size()));
    }

    /**
     * The number of a bare "Session 412" line among the first lines under a unit's title: outcome documents and
     * agenda pages put the title first, then the organiser, then the number ("Measuring connectivity" /
     * "Organized by: ..." / "Session 412"). Only short lines count, before the unit's prose starts.
     */
    private static String numberLineBelow(List<Block> body) {
        for (int i = 0; i < Math.min(MAX_LINES_ABOVE_NUMBER, body.size()); i++) {
            Block block = body.get(i);
            String text = block.text().strip();
            if (!block.isOneLineText() || HeadingDetector.words(text).size() > MAX_NUMBER_LINE_WORDS) {
                return null;
            }
            Matcher matcher = OutlineHeading.SESSION_NUMBER.matcher(text);
            if (matcher.find() && matcher.end() == text.length()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static Block asParagraph(Block block) {
        return block.as(Block.Kind.PARAGRAPH);
    }

    /**
     * A line directly under a section's name is that section's text, however short ("Links to WSIS Action
     * Lines" then "Action Line 8 -> diversity + Action Line 9 -> media"), not the next unit's title.
     */
    private static boolean sectionBody(List<OutlineHeading> headings, int h) {
        return h > 0
                && headings.get(h - 1).section()
                && headings.get(h - 1).index() == headings.get(h).index() - 1;
    }

    /**
     * A short unpunctuated line right under another one that starts with the same words ("Action Line 10:
     * Ethics" under "Action Line 9: Media") is an item of a list written without markers, not a title.
     */
    private static boolean inList(List<Block> blocks, OutlineHeading heading) {
        if (heading.index() == 0 || heading.style() == OutlineHeading.Style.MARKED) {
            return false;
        }
        Block previous = blocks.get(heading.index() - 1);
        List<String> before = HeadingDetector.words(previous.text());
        List<String> own = HeadingDetector.words(heading.text());
        return HeadingDetector.isHeadingShaped(previous)
                && before.size() >= 2
                && own.size() >= 2
                && before.subList(0, 2).equals(own.subList(0, 2));
    }

    /**
     * A question, a form's label ("Name of the entity:", "What was achieved?") or a heading every unit repeats
     * ("Speakers") heads a field, not a unit.
     */
    private static boolean isLabel(OutlineHeading heading) {
        return heading.text().endsWith("?") || heading.text().endsWith(":") || heading.repeated();
    }

    private static int medianWords(List<OutlineHeading> headings) {
        int[] words = headings.stream()
                .mapToInt(h -> HeadingDetector.words(h.text()).size())
                .sorted()
                .toArray();
        return words[words.length / 2];
    }

    static int words(List<Block> blocks, int from, int to) {
        int words = 0;
        for (int i = Math.max(0, from); i < Math.min(to, blocks.size()); i++) {
            words += HeadingDetector.words(blocks.get(i).text()).size();
        }
        return words;
    }

    private static String sample(List<OutlineHeading> headings) {
        String shown = headings.stream()
                .limit(3)
                .map(h -> "\"" + shorten(h.text()) + "\"")
                .collect(Collectors.joining(", "));
        return headings.size() > 3 ? shown + ", ..." : shown;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
