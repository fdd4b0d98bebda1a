package org.wsisanalytics.analytics.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/**
 * The bundled sample {@value #DOCUMENT} as the ingest module reads it: its 13 sessions, with the sections, types
 * and facilitators the job stores. Ingest is a test-scope dependency of this module, so that its tests check the
 * detectors on the sessions a run really analyses; the main code still knows only {@code model}.
 */
public final class SampleSessions {

    public static final String DOCUMENT = "wsis20-hltf-summaries-2025.txt";

    private static List<Session> sessions;

    private SampleSessions() {}

    /** The sample, from the module's directory ({@code basedir}) or from the project root. */
    public static Path path() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path inModule = module.resolve("../samples/documents/" + DOCUMENT).normalize();
        return Files.exists(inModule)
                ? inModule
                : module.resolve("samples/documents/" + DOCUMENT).normalize();
    }

    /** The sessions as ingest hands them over: what the theme and figure detectors are given in a run. */
    public static synchronized List<Session> sessions() {
        if (sessions == null) {
            Path file = path();
            try {
                DocumentSource source = new DocumentSource(DOCUMENT, file.toString(), "0".repeat(64), Files.size(file));
                sessions = new DocumentIngestor(IngestLimits.defaults())
                        .read(file, source)
                        .sessions();
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The sample " + file + " is needed here; run from the module or the" + " project root.", e);
            } catch (UnreadableDocumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return sessions;
    }

    /**
     * The sessions as the job gives them to the action-line and country detectors: each heading also a one-line
     * section of its own before the section it heads, and the title first ("The Estonian Experience" is a mention).
     */
    public static List<Session> withHeadingsAndTitle() {
        return sessions().stream().map(s -> withTitle(withHeadings(s))).toList();
    }

    /** The sessions with each heading also a one-line section, as the job gives them to the name detector. */
    public static List<Session> withHeadings() {
        return sessions().stream().map(SampleSessions::withHeadings).toList();
    }

    /**
     * The text at {@code start..end} of the session's section with this heading that holds {@code expected} there,
     * or of the first such section: with the headings given as sections, two sections share a heading (the heading
     * itself and the body it heads), and a finding's offsets are into one of them.
     */
    public static String textAt(Session session, String heading, int start, int end, String expected) {
        String first = null;
        for (Section section : session.sections()) {
            if (section.heading().equals(heading) && end <= section.text().length()) {
                String text = section.text().substring(start, end);
                if (text.replaceAll("\\s+", " ").equals(expected.replaceAll("\\s+", " "))) {
                    return text;
                }
                first = first == null ? text : first;
            }
        }
        return first;
    }

    private static Session withHeadings(Session session) {
        List<Section> sections = new ArrayList<>();
        for (Section section : session.sections()) {
            if (!section.heading().isBlank()) {
                sections.add(section.headingAsSection());
            }
            sections.add(section);
        }
        return withSections(session, sections);
    }

    private static Session withTitle(Session session) {
        List<Section> sections = new ArrayList<>();
        sections.add(session.titleAsSection());
        sections.addAll(session.sections());
        return withSections(session, sections);
    }

    private static Session withSections(Session session, List<Section> sections) {
        return new Session(
                session.document(),
                session.index(),
                session.sessionId(),
                session.title(),
                session.titleLocation(),
                session.facilitator(),
                session.facilitatorListed(),
                session.facilitatorOrganization(),
                session.link(),
                session.structure(),
                sections);
    }
}
