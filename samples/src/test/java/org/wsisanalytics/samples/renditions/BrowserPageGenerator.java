package org.wsisanalytics.samples.renditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;

import org.wsisanalytics.samples.renditions.SampleBlocks.Block;
import org.wsisanalytics.samples.renditions.SampleBlocks.Kind;

/**
 * Writes the sample as a simple web page, to be printed to PDF by a browser (see {@code samples/README.md}):
 * part and session titles as {@code h1}, section headings as {@code h2}, the by-line in {@code em}, lists
 * as {@code ul}/{@code ol}, the contents and the facilitators table as HTML tables (each session title in
 * the facilitators table a link to its address, which is not shown), addresses in the text as links that
 * show themselves. No style sheet beyond a few lines a page author would write.
 *
 * <p>Not a test: run it by hand. Usage: {@code BrowserPageGenerator <sample.txt> <out.html>}
 */
public final class BrowserPageGenerator {

    private final StringBuilder html = new StringBuilder();
    private String openList;
    private boolean inTable;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: BrowserPageGenerator <sample.txt> <out.html>");
            System.exit(64);
        }
        SampleBlocks sample = SampleBlocks.read(Path.of(args[0]));
        BrowserPageGenerator generator = new BrowserPageGenerator();
        generator
                .html
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(sample.title()))
                .append("</title>\n<style>\n")
                .append("body { font-family: 'Liberation Serif', serif; font-size: 12pt; max-width: 46em; }\n")
                .append("table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 4px;")
                .append(" vertical-align: top; font-size: 10pt; }\n")
                .append("table.contents td { border: none; } table.contents td + td { text-align: right; }\n")
                .append("</style>\n</head>\n<body>\n");
        for (Block block : sample.blocks()) {
            generator.add(block);
        }
        generator.closeList();
        generator.closeTable();
        generator.html.append("</body>\n</html>\n");
        Files.writeString(Path.of(args[1]), generator.html, StandardCharsets.UTF_8);
        System.out.println("Wrote " + args[1]);
    }

    private void add(Block block) {
        if (block.kind() != Kind.LIST_ITEM) {
            closeList();
        }
        if (block.kind() != Kind.TABLE_ROW && block.kind() != Kind.CONTENTS_ENTRY) {
            closeTable();
        }
        switch (block.kind()) {
            case COVER ->
                html.append("<p><strong>").append(lines(block.lines())).append("</strong></p>\n");
            case CONTENTS_TITLE, PART, SESSION_TITLE ->
                html.append("<h1>").append(escape(block.text())).append("</h1>\n");
            case SECTION_HEADING ->
                html.append("<h2>").append(escape(block.text())).append("</h2>\n");
            case BYLINE -> html.append("<p><em>").append(escape(block.text())).append("</em></p>\n");
            case CONTENTS_ENTRY -> {
                openTable("contents");
                html.append("<tr><td>")
                        .append(escape(block.lines().get(0)))
                        .append("</td><td>")
                        .append(escape(block.lines().get(1)))
                        .append("</td></tr>\n");
            }
            case TABLE_ROW -> tableRow(block.lines());
            case LIST_ITEM -> listItem(block.lines().get(0), block.lines().get(2));
            case PARAGRAPH -> html.append("<p>").append(lines(block.lines())).append("</p>\n");
        }
    }

    private void tableRow(List<String> cells) {
        boolean header = !inTable;
        openTable("facilitators");
        html.append("<tr>");
        for (String cell : cells) {
            String value = cell.strip();
            Matcher url = SampleBlocks.URL.matcher(value);
            if (header) {
                html.append("<th>").append(escape(value)).append("</th>");
            } else if (url.find()) {
                html.append("<td><a href=\"")
                        .append(escape(url.group()))
                        .append("\">")
                        .append(escape(value.substring(0, url.start()).strip()))
                        .append("</a></td>");
            } else {
                html.append("<td>").append(escape(value)).append("</td>");
            }
        }
        html.append("</tr>\n");
    }

    private void listItem(String marker, String text) {
        String list = Character.isDigit(marker.charAt(0))
                ? "ol"
                : Character.isLetter(marker.charAt(0)) ? "ol type=\"a\"" : "ul";
        if (!list.equals(openList)) {
            closeList();
            html.append('<').append(list).append(">\n");
            openList = list;
        }
        html.append("<li>").append(linked(text)).append("</li>\n");
    }

    private void closeList() {
        if (openList != null) {
            html.append("</").append(openList.split(" ")[0]).append(">\n");
            openList = null;
        }
    }

    private void openTable(String name) {
        if (!inTable) {
            html.append("<table class=\"").append(name).append("\">\n");
            inTable = true;
        }
    }

    private void closeTable() {
        if (inTable) {
            html.append("</table>\n");
            inTable = false;
        }
    }

    private static String lines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(text.length() == 0 ? "" : "<br>\n").append(linked(line));
        }
        return text.toString();
    }

    private static String linked(String line) {
        Matcher url = SampleBlocks.URL.matcher(line);
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (url.find()) {
            text.append(escape(line.substring(at, url.start()).replaceAll("<$", "")));
            text.append("<a href=\"")
                    .append(escape(url.group()))
                    .append("\">")
                    .append(escape(url.group()))
                    .append("</a>");
            at = url.end();
            if (at < line.length() && line.charAt(at) == '>') {
                at++;
            }
        }
        return text.append(escape(line.substring(at))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
