package org.wsisanalytics.analytics.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;

/**
 * Test stand-in for the ingest module, shared by the theme and figure tests and the benchmarks: cuts the bundled
 * sample into sessions at lines starting with "Leaders TalkX:" and gives each session one section (heading "")
 * holding every line after the title, headings included. The running page header and "DRAFT" are dropped; a
 * paragraph broken by a page header is joined again when it continues in lower case.
 */
public final class SampleDocument {

    public static final String DOCUMENT = "wsis20-hltf-summaries-2025.txt";

    private static final String SESSION_START = "Leaders TalkX:";
    private static final Pattern PAGE_NOISE = Pattern.compile(
            "WSIS\\+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators|DRAFT");

    private SampleDocument() {
    }

    public static Path path() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path inModule = module.resolve("../samples/documents/" + DOCUMENT).normalize();
        return Files.exists(inModule) ? inModule : module.resolve("samples/documents/" + DOCUMENT).normalize();
    }

    public static String text() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample " + path() + " is needed here: " + e.getMessage(), e);
        }
    }

    public static List<Session> sessions() {
        List<String> lines = text().lines().toList();
        List<Session> sessions = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith(SESSION_START)) {
                if (start >= 0) {
                    sessions.add(session(sessions.size() + 1, lines.subList(start, i)));
                }
                start = i;
            }
        }
        return List.copyOf(sessions);
    }

    private static Session session(int index, List<String> lines) {
        String title = lines.get(0).substring(SESSION_START.length()).strip();
        StringBuilder body = new StringBuilder();
        boolean pageBreak = false;
        for (String line : lines.subList(1, lines.size())) {
            if (PAGE_NOISE.matcher(line.strip()).matches()) {
                pageBreak = true;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (body.length() > 0) {
                boolean continues = pageBreak && Character.isLowerCase(line.strip().charAt(0));
                body.append(continues ? " " : "\n\n");
            }
            body.append(continuesText(line, body));
            pageBreak = false;
        }
        return new Session(DOCUMENT, index, null, title, null, null, null,
                List.of(new Section("", SectionType.OTHER, body.toString())));
    }

    private static String continuesText(String line, StringBuilder body) {
        return body.length() > 0 && body.charAt(body.length() - 1) == ' ' ? line.strip() : line.stripTrailing();
    }
}
