package org.wsisanalytics.analytics.sample;

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
import org.wsisanalytics.model.StructureLayer;

/**
 * The bundled sample {@value #DOCUMENT} cut into its 13 sessions, as a stand-in for the ingest module in the tests
 * and benchmarks of this module (which may not depend on ingest).
 *
 * <p>Both variants cut sessions at the lines starting with "Leaders TalkX:" (the table of contents writes them in
 * {@code <i>} and is no session), take the rest of that line as the title, drop the running page header and the
 * "DRAFT" stamp, and join a paragraph that a page header broke in two (the next line goes on in lower case), as
 * ingest does. They differ in what the detectors under test need:
 * <ul>
 * <li>{@link #sessionsWithSections()}: one section per heading, headings out of the text. Action lines need this:
 * whether a reference is in the links part depends on the section's heading and type, and a run-in label applies
 * to its paragraph, so the lines keep their breaks.</li>
 * <li>{@link #sessionsAsOneSection()}: one untitled section per session holding everything after the title,
 * headings included. The country, theme and figure annotations count what headings say too ("The Estonian
 * Experience", "Satellite for Universal Access") and locate mentions by offsets into that one text. Every line is
 * a paragraph of its own, as the sample's lines are paragraphs, headings or list items: a heading never runs into
 * the sentence after it, which the figure annotation's evidence sentences rely on.</li>
 * </ul>
 */
public final class SampleSummaries {

    public static final String DOCUMENT = "wsis20-hltf-summaries-2025.txt";

    private static final String SESSION_START = "Leaders TalkX:";
    private static final Pattern PAGE_NOISE = Pattern.compile(
            "WSIS\\+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators|DRAFT");
    /** The headings the facilitators used, and headings in capitals such as "CAMBODIA'S DIGITAL ROADMAP". */
    private static final Pattern HEADING = Pattern.compile(
            "Introduction|Summary|Conclusion|Case Examples?|Opportunities.*|Emerging [Tt]rends.*|Fresh [Pp]riorities.*"
                    + "|Achievements of 20 [Yy]ears of WSIS.*|Key [Cc]hallenges.*|Links to (the )?WSIS [Aa]ction [Ll]ines"
                    + "|Vision for WSIS.*|Cross-cutting observations|Key Issues [Dd]iscussed.*|Tangible Outcomes.*"
                    + "|Key Recommendations.*|The \\p{L}+ Experience|\\p{Lu}[\\p{Lu}\\d ,&'\u2019+-]{24,}");
    /**
     * Only the plain links heading is typed {@link SectionType#ACTION_LINE_LINKS}; combined headings ("Fresh
     * priorities &amp; Links to WSIS Action Lines") stay OTHER so that the detector's own recognition is tested.
     */
    private static final Pattern LINKS_HEADING = Pattern.compile("Links to (the )?WSIS [Aa]ction [Ll]ines");

    private SampleSummaries() {
    }

    /** The sample, from the module's directory ({@code basedir}) or from the project root. */
    public static Path path() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path inModule = module.resolve("../samples/documents/" + DOCUMENT).normalize();
        return Files.exists(inModule) ? inModule : module.resolve("samples/documents/" + DOCUMENT).normalize();
    }

    /** Sessions with one section per heading; the section before the first heading has the heading "". */
    public static List<Session> sessionsWithSections() {
        List<Session> sessions = new ArrayList<>();
        for (SessionLines session : sessionLines()) {
            sessions.add(session.toSession(sections(session.lines())));
        }
        return List.copyOf(sessions);
    }

    /** Sessions with one section (heading "") holding every line after the title, each line a paragraph. */
    public static List<Session> sessionsAsOneSection() {
        List<Session> sessions = new ArrayList<>();
        for (SessionLines session : sessionLines()) {
            String text = String.join("\n\n", session.lines().stream().filter(line -> !line.isBlank()).toList());
            sessions.add(session.toSession(List.of(new Section("", SectionType.OTHER, text))));
        }
        return List.copyOf(sessions);
    }

    /** A session's title and the lines after it, cleaned of page noise. */
    private record SessionLines(int index, String title, List<String> lines) {

        Session toSession(List<Section> sections) {
            return new Session(DOCUMENT, index, null, title, null, null, null, StructureLayer.TEMPLATE, sections);
        }
    }

    private static List<SessionLines> sessionLines() {
        List<String> lines = read().lines().toList();
        List<SessionLines> sessions = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith(SESSION_START)) {
                if (start >= 0) {
                    String title = lines.get(start).substring(SESSION_START.length()).strip();
                    sessions.add(new SessionLines(sessions.size() + 1, title, body(lines.subList(start + 1, i))));
                }
                start = i;
            }
        }
        return sessions;
    }

    /** The lines without page noise, trailing white space stripped, broken paragraphs joined. */
    private static List<String> body(List<String> lines) {
        List<String> body = new ArrayList<>();
        int lastText = -1;
        boolean pageBreak = false;
        for (String line : lines) {
            if (PAGE_NOISE.matcher(line.strip()).matches()) {
                pageBreak = true;
            } else if (line.isBlank()) {
                body.add("");
            } else if (pageBreak && lastText >= 0 && Character.isLowerCase(line.strip().charAt(0))) {
                body.set(lastText, body.get(lastText) + " " + line.strip());
                pageBreak = false;
            } else {
                lastText = body.size();
                body.add(line.stripTrailing());
                pageBreak = false;
            }
        }
        return body;
    }

    private static List<Section> sections(List<String> lines) {
        List<Section> sections = new ArrayList<>();
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (HEADING.matcher(trimmed).matches()) {
                addSection(sections, heading, body);
                heading = trimmed;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        addSection(sections, heading, body);
        return sections;
    }

    private static void addSection(List<Section> sections, String heading, CharSequence body) {
        String text = body.toString().strip();
        if (heading.isEmpty() && text.isEmpty()) {
            return;
        }
        SectionType type = LINKS_HEADING.matcher(heading).matches() ? SectionType.ACTION_LINE_LINKS : SectionType.OTHER;
        sections.add(new Section(heading, type, text));
    }

    private static String read() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample " + path() + " is needed here: " + e.getMessage()
                    + "; run from the module or the project root.", e);
        }
    }
}
