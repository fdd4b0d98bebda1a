package org.wsisanalytics.samples.renditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.TextCleaner;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;

/**
 * The text sample as a list of typed blocks (cover line, contents entry, part or session title, by-line,
 * section heading, list item, table row, paragraph) for the generators that lay it out again in another
 * form. The text is the one {@link TextCleaner} leaves, so no word is added or lost; which paragraphs are
 * section headings is what the ingest module recognises in the text, as an editor would see them.
 */
record SampleBlocks(String title, String runningTitle, List<Block> blocks) {

    enum Kind {
        COVER,
        CONTENTS_TITLE,
        CONTENTS_ENTRY,
        PART,
        SESSION_TITLE,
        BYLINE,
        SECTION_HEADING,
        LIST_ITEM,
        TABLE_ROW,
        PARAGRAPH
    }

    /**
     * One block. {@code lines} holds the paragraph's lines (one for headings); a contents entry has the
     * entry and its page number, a table row its cells, a list item its marker, level ("0" or "1") and text.
     */
    record Block(Kind kind, List<String> lines) {
        Block {
            lines = List.copyOf(lines);
        }

        String text() {
            return String.join(" ", lines).strip();
        }
    }

    static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*•]|\\d{1,2}[.)]|[a-z][.)])\\s+(\\S.*)$");
    static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");
    private static final Pattern SESSION_TITLE = Pattern.compile("^Leaders TalkX\\s*:.*");
    private static final Pattern BYLINE = Pattern.compile("^Executive Summary by .*");

    static SampleBlocks read(Path sample) throws Exception {
        String raw = Files.readString(sample, StandardCharsets.UTF_8);
        CleanText clean = new TextCleaner().clean(raw);
        ParsedDocument parsed = new DocumentIngestor(IngestLimits.defaults())
                .read(
                        sample,
                        new DocumentSource(
                                sample.getFileName().toString(),
                                sample.toString(),
                                "0".repeat(64),
                                Files.size(sample)));
        List<Block> blocks = blocks(paragraphs(clean.lines()), parsed);
        return new SampleBlocks(parsed.title(), clean.runningHeaders().get(0), blocks);
    }

    /** Consecutive non-blank lines form one paragraph; list items and table rows stand alone. */
    private static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> result = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                current = null;
                continue;
            }
            boolean alone = line.indexOf('\t') >= 0 || LIST_ITEM.matcher(line).matches();
            if (current == null || alone || isAlone(current.get(0))) {
                current = new ArrayList<>();
                result.add(current);
            }
            current.add(line);
        }
        return result;
    }

    private static boolean isAlone(String first) {
        return first.indexOf('\t') >= 0 || LIST_ITEM.matcher(first).matches();
    }

    private static List<Block> blocks(List<List<String>> paragraphs, ParsedDocument parsed) {
        List<Block> blocks = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        Map<String, Integer> headings = new HashMap<>();
        int session = -1;
        boolean cover = true;
        for (List<String> paragraph : paragraphs) {
            String text = String.join(" ", paragraph).strip();
            String first = paragraph.get(0);
            if (cover && text.equals("Table of Contents")) {
                cover = false;
                blocks.add(new Block(Kind.CONTENTS_TITLE, List.of(text)));
            } else if (cover) {
                blocks.add(new Block(
                        Kind.COVER, paragraph.stream().map(String::strip).toList()));
            } else if (first.indexOf('\t') >= 0) {
                String[] cells = first.split("\t", -1);
                if (session < 0 && cells.length == 2) {
                    String entry =
                            cells[0].replaceAll("\\s*(?:\\.{3,}|…)\\s*$", "").strip();
                    contents.add(entry);
                    blocks.add(new Block(Kind.CONTENTS_ENTRY, List.of(entry, cells[1].strip())));
                } else {
                    blocks.add(new Block(Kind.TABLE_ROW, List.of(cells)));
                }
            } else if (SESSION_TITLE.matcher(text).matches()) {
                session++;
                headings.clear();
                for (Section section : parsed.sessions().get(session).sections()) {
                    headings.merge(section.heading(), 1, Integer::sum);
                }
                blocks.add(new Block(Kind.SESSION_TITLE, List.of(text)));
            } else if (session < 0 && contents.contains(text)) {
                blocks.add(new Block(Kind.PART, List.of(text)));
            } else if (session >= 0 && headings.getOrDefault(text, 0) > 0) {
                headings.merge(text, -1, Integer::sum);
                blocks.add(new Block(Kind.SECTION_HEADING, List.of(text)));
            } else if (BYLINE.matcher(text).matches()) {
                blocks.add(new Block(Kind.BYLINE, List.of(text)));
            } else if (LIST_ITEM.matcher(first).matches()) {
                Matcher item = LIST_ITEM.matcher(first);
                item.matches();
                blocks.add(new Block(
                        Kind.LIST_ITEM,
                        List.of(
                                item.group(2),
                                item.group(1).isEmpty() ? "0" : "1",
                                item.group(3).strip())));
            } else {
                blocks.add(new Block(
                        Kind.PARAGRAPH, paragraph.stream().map(String::strip).toList()));
            }
        }
        if (session + 1 != parsed.sessions().size()) {
            throw new IllegalStateException("Found " + (session + 1) + " session titles, expected "
                    + parsed.sessions().size());
        }
        return blocks;
    }
}
