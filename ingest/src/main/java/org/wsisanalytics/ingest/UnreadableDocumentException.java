package org.wsisanalytics.ingest;

import java.util.Objects;

/**
 * An input file that cannot become a {@code ParsedDocument}. The message is one line meant for the
 * user (it ends up in {@code rejects.csv}): which file, what was wrong, and what to do about it.
 */
public class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String problem;

    /**
     * @param fileName the file's name as the user knows it
     * @param problem what was wrong, e.g. "the file is empty"
     * @param advice what the user can do, e.g. "export the document again"; may be empty
     */
    public UnreadableDocumentException(String fileName, String problem, String advice) {
        this(fileName, problem, advice, null);
    }

    public UnreadableDocumentException(String fileName, String problem, String advice, Throwable cause) {
        super(message(fileName, problem, advice), cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    private static String message(String fileName, String problem, String advice) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(problem, "problem");
        String text = "Cannot read '" + fileName + "': " + problem + "; it was skipped."
                + (advice == null || advice.isBlank() ? "" : " " + advice);
        // The message goes into a one-line reject reason, whatever the cause's text looked like.
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The file's name as given. */
    public String fileName() {
        return fileName;
    }

    /** What was wrong, without the file name and advice. */
    public String problem() {
        return problem;
    }
}
