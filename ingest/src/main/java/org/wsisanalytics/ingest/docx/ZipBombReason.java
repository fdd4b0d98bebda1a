package org.wsisanalytics.ingest.docx;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;

/**
 * Recognises POI's zip-bomb exceptions (thrown by {@code ZipArchiveThresholdInputStream} when an entry
 * inflates beyond {@link ZipSecureFile#getMinInflateRatio()} or {@link ZipSecureFile#getMaxEntrySize()})
 * and says in a few words what was found. POI's own message spans several lines and advises raising the
 * limits, which is not advice for a user whose input was skipped.
 *
 * <p>A part whose zip header declares its full size is caught earlier: POI refuses to allocate the buffer for a
 * part larger than {@link ZipArchiveFakeEntry#getMaxEntrySize()} (100 MB), with a message that asks the user to
 * file a POI bug. A Word document's parts are far smaller, so this too is a zip bomb.
 */
final class ZipBombReason {

    private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");
    private static final Pattern SIZES = Pattern.compile("Uncompressed size: (\\d+), Raw/compressed size: (\\d+)");
    private static final Pattern ALLOCATION = Pattern.compile("Tried to allocate an array of length ([\\d,.]+)");

    private ZipBombReason() {}

    /** The reason, or {@code null} when no exception in the cause chain is a zip-bomb report. */
    static String of(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage();
            if (e instanceof RecordFormatException && message != null) {
                Matcher allocation = ALLOCATION.matcher(message);
                if (allocation.find()) {
                    long bytes = Long.parseLong(allocation.group(1).replaceAll("[,.]", ""));
                    return "a part expands to " + megabytes(bytes) + ", more than the limit of "
                            + megabytes(ZipArchiveFakeEntry.getMaxEntrySize());
                }
            }
            if (message == null || !message.contains("Zip bomb detected")) {
                continue;
            }
            String entry = find(ENTRY, message);
            String where = entry == null ? "" : " in " + entry;
            if (message.contains("MAX_ENTRY_SIZE")) {
                return "an entry" + where + " expands beyond the limit of "
                        + megabytes(ZipSecureFile.getMaxEntrySize());
            }
            Matcher sizes = SIZES.matcher(message);
            String ratio = sizes.find() && Long.parseLong(sizes.group(2)) > 0
                    ? String.format(
                            Locale.ROOT,
                            "compression ratio %d:1",
                            Long.parseLong(sizes.group(1)) / Long.parseLong(sizes.group(2)))
                    : "compression ratio";
            return ratio + where + ", more than the allowed " + Math.round(1 / ZipSecureFile.getMinInflateRatio())
                    + ":1";
        }
        return null;
    }

    private static String find(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
