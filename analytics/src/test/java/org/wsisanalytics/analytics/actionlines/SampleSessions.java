package org.wsisanalytics.analytics.actionlines;

import java.io.IOException;
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
 * Test stand-in for the ingest module: cuts the bundled sample into sessions at lines starting with
 * "Leaders TalkX:" and into sections at its standard headings. Only "Links to ... WSIS Action Lines"
 * headings get the ACTION_LINE_LINKS type; combined headings are left to the detector to recognise.
 */
final class SampleSessions {

    static final String DOCUMENT = "wsis20-hltf-summaries-2025.txt";

    private static final String SESSION_START = "Leaders TalkX: ";
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "WSIS\\+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators|DRAFT");
    private static final Pattern HEADING = Pattern.compile(
            "Introduction|Summary|Conclusion|Case Examples?|Opportunities.*|Emerging [Tt]rends.*|Fresh [Pp]riorities.*"
                    + "|Achievements of 20 [Yy]ears of WSIS.*|Key [Cc]hallenges.*|Links to (the )?WSIS [Aa]ction [Ll]ines"
                    + "|Vision for WSIS.*|Cross-cutting observations|Key Issues [Dd]iscussed.*|Tangible Outcomes.*"
                    + "|Key Recommendations.*|The \\p{L}+ Experience|\\p{Lu}[\\p{Lu}\\d ,&'\u2019+-]{24,}");
    private static final Pattern LINKS_HEADING = Pattern.compile("Links to (the )?WSIS [Aa]ction [Ll]ines");

    private SampleSessions() {
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
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith(SESSION_START)) {
                if (start >= 0) {
                    sessions.add(session(sessions.size() + 1, lines.subList(start, i)));
                }
                start = i;
            }
        }
        return sessions;
    }

    private static Session session(int index, List<String> lines) {
        String title = lines.get(0).substring(SESSION_START.length()).strip();
        List<Section> sections = new ArrayList<>();
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            String trimmed = line.strip();
            if (RUNNING_HEADER.matcher(trimmed).matches()) {
                continue;
            }
            if (HEADING.matcher(trimmed).matches()) {
                addSection(sections, heading, body);
                heading = trimmed;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        addSection(sections, heading, body);
        return new Session(DOCUMENT, index, null, title, null, null, null, sections);
    }

    private static void addSection(List<Section> sections, String heading, CharSequence body) {
        String text = body.toString().strip();
        if (heading.isEmpty() && text.isEmpty()) {
            return;
        }
        SectionType type = LINKS_HEADING.matcher(heading).matches() ? SectionType.ACTION_LINE_LINKS : SectionType.OTHER;
        sections.add(new Section(heading, type, text));
    }
}
