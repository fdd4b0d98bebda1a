package org.wsisanalytics.reports.qda;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.SessionSink;

/**
 * The project being written. Elements come in the order the schema's sequences require: Users, CodeBook,
 * Variables, Cases, Sources, Description. Every time in it (zip entries, creation attributes) is the run date and
 * nothing in it names the run id or a folder, so the same run gives the same bytes wherever and whenever it is
 * written.
 */
final class ProjectSink implements SessionSink {

    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES_FOLDER = "Sources/";

    private final Path file;
    private final Path spool;
    private final ZipOutputStream zip;
    private final OutputStream spoolOut;
    private final ProjectXml xml;
    private final RunInfo run;
    private final QdaGuids guids;
    private final Codebook codebook;
    private final SessionLabels labels;
    private final String user;
    private final String created;
    private final LocalDateTime entryTime;
    private final boolean hasSessions;
    private int sessions;
    private int selections;
    private int unplaced;
    private boolean finished;

    private ProjectSink(Path file, Path spool, RunSummary summary, Map<String, List<String>> subLines)
            throws IOException {
        this.file = file;
        this.spool = spool;
        this.run = summary.run();
        this.guids = QdaGuids.of(run);
        this.codebook = new Codebook(summary, subLines, guids);
        this.labels = new SessionLabels(summary);
        this.user = guids.item("user");
        this.created =
                run.runDate().atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        this.entryTime = zipTime(run.runDate());
        this.hasSessions = summary.sessions() > 0;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8);
        this.spoolOut = new BufferedOutputStream(Files.newOutputStream(spool));
        this.xml = new ProjectXml(spoolOut);
    }

    static SessionSink open(RunData data, Path file, Map<String, List<String>> subLines) throws IOException {
        Path spool = Files.createTempFile(file.toAbsolutePath().getParent(), ".qdpx-", ".qde.part");
        ProjectSink sink;
        try {
            sink = new ProjectSink(file, spool, data.summary(), subLines);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        try {
            sink.begin(data);
        } catch (IOException | RuntimeException e) {
            sink.close();
            throw e;
        }
        return sink;
    }

    private void begin(RunData data) throws IOException {
        xml.root("Project")
                .attribute("name", "wsis-analytics " + run.runDate())
                .attribute("origin", "wsis-analytics " + run.version())
                .attribute("creatingUserGUID", user)
                .attribute("creationDateTime", created);
        xml.start("Users")
                .empty("User")
                .attribute("guid", user)
                .attribute("name", "wsis-analytics")
                .end();
        xml.start("CodeBook").start("Codes");
        for (QdaCode code : codebook.roots()) {
            code(code);
        }
        xml.end().end();
        xml.start("Variables");
        for (SessionVariable variable : SessionVariable.values()) {
            xml.start("Variable")
                    .attribute("guid", variableGuid(variable))
                    .attribute("name", variable.label())
                    .attribute("typeOfVariable", variable.type())
                    .text("Description", variable.description())
                    .end();
        }
        xml.end();
        if (hasSessions) {
            xml.start("Cases");
            data.forEachOverview(overview -> writeCase(overview.session()));
            xml.end();
            xml.start("Sources");
        }
    }

    private void code(QdaCode code) throws IOException {
        xml.start("Code")
                .attribute("guid", code.guid())
                .attribute("name", code.name())
                .attribute("isCodable", Boolean.toString(code.codable()))
                .attribute("color", code.colour());
        if (code.description() != null) {
            xml.text("Description", code.description());
        }
        for (QdaCode child : code.children()) {
            code(child);
        }
        xml.end();
    }

    private void writeCase(SessionOutline session) throws IOException {
        String path = sessionPath(session.key());
        xml.start("Case").attribute("guid", guids.item("case/" + path)).attribute("name", labels.of(session));
        variableValues(session);
        xml.empty("SourceRef").attribute("targetGUID", guids.item("source/" + path));
        xml.end();
    }

    private void variableValues(SessionOutline session) throws IOException {
        for (SessionVariable variable : SessionVariable.values()) {
            String value = variable.value(session, labels.events());
            if (value != null) {
                xml.start("VariableValue")
                        .empty("VariableRef")
                        .attribute("targetGUID", variableGuid(variable))
                        .text(variable.valueElement(), value)
                        .end();
            }
        }
    }

    @Override
    public void add(SessionEvidence session) throws IOException {
        String path = sessionPath(session.key());
        String source = guids.item("source/" + path);
        SessionText text = SessionText.of(session);
        SessionSelections coded = SessionSelections.of(session, text, codebook, guids, path);
        zip.putNextEntry(entry(SOURCES_FOLDER + source + ".txt"));
        zip.write(text.text().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        xml.start("TextSource")
                .attribute("guid", source)
                .attribute("name", labels.of(session.session()))
                .attribute("plainTextPath", "internal://" + source + ".txt")
                .attribute("creatingUser", user)
                .attribute("creationDateTime", created);
        for (Selection selection : coded.selections()) {
            xml.start("PlainTextSelection")
                    .attribute("guid", selection.guid())
                    .attribute("name", selection.words())
                    .attribute("startPosition", selection.start())
                    .attribute("endPosition", selection.end())
                    .attribute("creatingUser", user)
                    .attribute("creationDateTime", created);
            xml.text("Description", selection.description());
            xml.start("Coding")
                    .attribute("guid", selection.codingGuid())
                    .attribute("creatingUser", user)
                    .attribute("creationDateTime", created);
            xml.empty("CodeRef").attribute("targetGUID", selection.code());
            xml.end().end();
        }
        variableValues(session.session());
        xml.end();
        sessions++;
        selections += coded.selections().size();
        unplaced += coded.unplaced();
    }

    @Override
    public List<Path> finish() throws IOException {
        if (hasSessions) {
            xml.end();
        }
        xml.text("Description", description());
        xml.end();
        xml.finish();
        xml.close();
        spoolOut.close();
        zip.putNextEntry(entry(PROJECT_ENTRY));
        Files.copy(spool, zip);
        zip.closeEntry();
        zip.close();
        Files.delete(spool);
        finished = true;
        return List.of(file.getFileName());
    }

    private String description() {
        String text = "Coded by wsis-analytics " + run.version() + " in the run of " + run.runDate() + " over "
                + count(run.inputs().size(), "input") + ": " + count(sessions, "session") + ", "
                + count(selections, "coded selection") + ". Each session is a plain-text"
                + " source (UTF-8, LF line ends) and a case; selection positions count Unicode code points.";
        return unplaced == 0
                ? text
                : text + " " + count(unplaced, "mention") + (unplaced == 1 ? " was" : " were")
                        + " not found in its session's text and not coded; the CSV exports list every mention.";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try (zip;
                spoolOut) {
            xml.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(entryTime);
        return entry;
    }

    private String variableGuid(SessionVariable variable) {
        return guids.item("variable/" + variable.name());
    }

    private static String sessionPath(SessionKey key) {
        return key.document() + "/" + key.index();
    }

    /** The run date at midnight, within the years a zip entry's DOS time can hold. */
    private static LocalDateTime zipTime(LocalDate runDate) {
        int year = Math.max(1980, Math.min(2107, runDate.getYear()));
        return runDate.withYear(year).atStartOfDay();
    }

    /** Names of cases and sources, and the event of each document, from the summary. */
    private static final class SessionLabels {

        private final DocumentNumbers numbers;
        private final Map<String, String> events = new HashMap<>();

        SessionLabels(RunSummary summary) {
            this.numbers = new DocumentNumbers(summary);
            for (ParsedDocumentSummary document : summary.documents()) {
                if (document.title() != null && !document.title().isBlank()) {
                    events.putIfAbsent(document.source().name(), document.title());
                }
            }
        }

        /** "5. Local to global", or "2·5. Local to global" when several documents have sessions. */
        String of(SessionOutline session) {
            return (numbers.several() ? numbers.of(session.document()) + "\u00B7" : "") + session.index() + ". "
                    + session.title();
        }

        Map<String, String> events() {
            return events;
        }
    }
}
