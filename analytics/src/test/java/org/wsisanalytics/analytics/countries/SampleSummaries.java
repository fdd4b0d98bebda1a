package org.wsisanalytics.analytics.countries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;

/**
 * Test stand-in for the ingest module: cuts the bundled sample into its 13 sessions at lines starting with
 * "Leaders TalkX:" (text before the first is no session), drops the running page header and "DRAFT" lines,
 * and keeps everything else, headings included, as one section per session.
 */
final class SampleSummaries {

    static final String DOCUMENT = "wsis20-hltf-summaries-2025.txt";

    private static final String SESSION_START = "Leaders TalkX:";
    private static final Set<String> PAGE_NOISE = Set.of(
            "WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators", "DRAFT");

    private SampleSummaries() {
    }

    static Path path() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve("../samples/documents/" + DOCUMENT).normalize();
    }

    static List<Session> load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The sample " + path() + " is needed by this test: " + e.getMessage(), e);
        }
        List<Session> sessions = new ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            if (line == null || line.startsWith(SESSION_START)) {
                if (title != null) {
                    Section section = new Section("", SectionType.OTHER, body.toString().strip());
                    sessions.add(new Session(DOCUMENT, sessions.size() + 1, null, title, null, null, null,
                            List.of(section)));
                }
                if (line != null) {
                    title = line.substring(SESSION_START.length()).strip();
                    body.setLength(0);
                }
            } else if (title != null && !PAGE_NOISE.contains(line.strip())) {
                body.append(line).append('\n');
            }
        }
        return sessions;
    }
}
