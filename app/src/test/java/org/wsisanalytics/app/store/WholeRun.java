package org.wsisanalytics.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.Finding;

/**
 * A stored run read whole into memory, which only the tests need: they compare it with what the store hands the
 * reports a batch at a time.
 */
final class WholeRun {

    private WholeRun() {}

    /** The run's findings in the order of {@link FindingStore#forEachFinding}, all at once. */
    static List<Finding> findings(FindingStore store, String runId, Map<Integer, String> documentNames) {
        List<Finding> findings = new ArrayList<>();
        try {
            store.forEachFinding(runId, documentNames, findings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }
}
