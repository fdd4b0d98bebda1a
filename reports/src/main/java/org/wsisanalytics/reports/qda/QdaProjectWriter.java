package org.wsisanalytics.reports.qda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.RunData;
import org.wsisanalytics.reports.SessionSink;

/**
 * Writes {@code wsis-analytics.qdpx}: the run as a REFI-QDA project (Project schema 1.0, 2019) that NVivo,
 * ATLAS.ti, MAXQDA and QualCoder import already coded. The zip holds one plain-text source per session under
 * {@code Sources/} and, last, {@code project.qde} with the codebook, one case per session with its variables, and a
 * selection per action-line, country and theme mention whose positions (in code points) cut exactly the mention's
 * words out of the source. Written session by session: the sources go into the zip as they come and the XML is
 * streamed to a spool file beside the project, copied in at the end, so memory does not grow with the run.
 */
public final class QdaProjectWriter {

    /** The project's file name in the run folder. */
    public static final Path FILE = Path.of("wsis-analytics.qdpx");

    private final Map<String, List<String>> subLines;

    /** A writer whose action lines have no sub-line codes. */
    public QdaProjectWriter() {
        this(Map.of());
    }

    /** @param subLines per action-line code, its sub-lines (C7's e-government, e-business, ...) as child codes */
    public QdaProjectWriter(Map<String, List<String>> subLines) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        subLines.forEach((code, names) -> copy.put(code, List.copyOf(names)));
        this.subLines = copy;
    }

    /**
     * Starts the project in {@code runFolder}: writes the codebook, the variables and the cases (one walk over the
     * overviews), then takes the sessions one at a time.
     */
    public SessionSink open(RunData data, Path runFolder) throws IOException {
        return ProjectSink.open(data, runFolder.resolve(FILE), subLines);
    }
}
