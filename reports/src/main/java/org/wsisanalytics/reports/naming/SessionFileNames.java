package org.wsisanalytics.reports.naming;

import java.nio.file.Path;

import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.DocumentNumbers;

/**
 * Names the per-session briefs {@code sessions/<nn>-<slug>.pdf}. {@code nn} is the session's index in
 * its document, zero-padded to two digits (more if a document has 100 sessions or more). When a run
 * has several documents, the document's position in the run comes first ({@code 02-05-<slug>.pdf}),
 * so names stay unique and sort in reading order. Only the slug comes from the document, and every
 * name is checked to resolve to a file directly inside {@code sessions/}.
 */
public final class SessionFileNames {

    public static final Path FOLDER = Path.of("sessions");

    private final DocumentNumbers documentNumbers;
    private final int documentDigits;
    private final int sessionDigits;

    /** @param documentNumbers the run's documents with sessions, numbered in input order */
    public SessionFileNames(DocumentNumbers documentNumbers) {
        this.documentNumbers = documentNumbers;
        this.documentDigits = documentNumbers.several() ? Math.max(2, digits(documentNumbers.count())) : 0;
        this.sessionDigits = Math.max(2, digits(Math.max(1, documentNumbers.largestSessionCount())));
    }

    /** The file name, e.g. "05-local-to-global.pdf" or "02-05-local-to-global.pdf". */
    public String fileName(SessionOutline session) {
        StringBuilder name = new StringBuilder();
        if (documentDigits > 0) {
            name.append(pad(documentNumbers.of(session.document()), documentDigits))
                    .append('-');
        }
        name.append(pad(session.index(), sessionDigits))
                .append('-')
                .append(Slugs.of(session.title()))
                .append(".pdf");
        return name.toString();
    }

    /** The path relative to the run folder; fails if it would not be a file directly inside sessions/. */
    public Path relativePath(SessionOutline session, Path runFolder) {
        return FOLDER.resolve(checkedName(runFolder.resolve(FOLDER), fileName(session)));
    }

    /** The name itself if, resolved against the folder and normalised, it is a file directly inside it. */
    static Path checkedName(Path folder, String name) {
        Path normalFolder = folder.toAbsolutePath().normalize();
        Path file = normalFolder.resolve(name).normalize();
        if (name.isEmpty()
                || name.indexOf('\0') >= 0
                || !normalFolder.equals(file.getParent())
                || !file.getFileName().toString().equals(name)) {
            throw new IllegalStateException("A session brief named '" + name + "' would not be a file directly in "
                    + normalFolder + "; nothing was written for it.");
        }
        return file.getFileName();
    }

    private static int digits(int number) {
        return String.valueOf(number).length();
    }

    private static String pad(int number, int digits) {
        return String.format("%0" + digits + "d", number);
    }
}
