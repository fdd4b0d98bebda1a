package org.wsisanalytics.reports.qda;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.RunInfo;

/**
 * The project's identifiers: name-based UUIDs (version 5, SHA-1, RFC 4122) so that the same run gives the same
 * GUIDs wherever it is written, and a project imported twice merges instead of doubling. Codes are named without
 * the run (C3 is the same code in every run's project); cases, sources, selections and codings with the run's
 * identity: its date and its inputs' names and SHA-256, in order. Not the run id, which also depends on where the
 * inputs were read from.
 */
final class QdaGuids {

    /** The namespace of every wsis-analytics REFI-QDA identifier; chosen once, never to change. */
    private static final UUID NAMESPACE = UUID.fromString("b650e9d1-af11-4ee4-8bc0-b8f7354542b3");

    private final String run;

    QdaGuids(String run) {
        this.run = run;
    }

    /** The identifiers of a run, named from its date and its inputs' names and contents. */
    static QdaGuids of(RunInfo run) {
        StringBuilder identity = new StringBuilder(run.runDate().toString());
        for (DocumentSource input : run.inputs()) {
            identity.append('\n').append(input.name()).append('\t').append(input.sha256());
        }
        return new QdaGuids(identity.toString());
    }

    /** A code's GUID, the same in every run. */
    String code(String path) {
        return nameBased("code/" + path);
    }

    /** The GUID of an item of this run (a case, source, selection, coding, variable or the user). */
    String item(String path) {
        return nameBased("run/" + run + "/" + path);
    }

    private static String nameBased(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3F) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong()).toString();
    }
}
