package org.wsisanalytics.ingest.odt;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip container of an OpenDocument file, read entry by entry from memory with the limits POI puts on
 * a Word package ({@link ZipSecureFile}): at most {@code getMaxFileCount()} entries, no entry inflating to
 * more than {@code getMaxEntrySize()} bytes, and none inflating more than {@code 1 / getMinInflateRatio()}
 * times its compressed size once past {@code getGraceEntrySize()}. The checks run while an entry is
 * inflated, so a zip bomb is stopped after a few hundred kilobytes, whatever its headers claim.
 *
 * <p>Entries are read in the order the archive stores them; a reader that needs two parts in a set order
 * (styles before content) walks the archive twice, which costs little on a document-sized file.
 */
final class OdtPackage {

    /** What a visitor does with one entry; the stream must not be closed. */
    interface EntryVisitor {
        /** Returns true to stop the walk after this entry. */
        boolean visit(String name, InputStream content) throws IOException, OdtFormatException;
    }

    /** An entry that inflates beyond the limits; the message is the reason, in a few words. */
    static final class ZipBombException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipBombException(String reason) {
            super(reason);
        }
    }

    private final byte[] bytes;

    OdtPackage(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Visits every entry (directories left out) until the visitor asks to stop. */
    void walk(EntryVisitor visitor) throws IOException, OdtFormatException {
        CountingStream raw = new CountingStream(new ByteArrayInputStream(bytes));
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            long entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > ZipSecureFile.getMaxFileCount()) {
                    throw new ZipBombException("it holds more than " + ZipSecureFile.getMaxFileCount() + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                GuardedEntry content = new GuardedEntry(zip, raw, entry.getName());
                boolean stop = visitor.visit(entry.getName(), content);
                if (stop) {
                    return;
                }
                content.skipRest(); // inflate what the visitor left, under the same checks
            }
        }
    }

    /** Counts the compressed bytes the zip reader has taken from the archive. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /**
     * One entry's inflated bytes, checked against the size and ratio limits as they come. The compressed
     * count includes the zip reader's read-ahead (at most a buffer of 512 bytes), which only makes the ratio
     * look a little better than it is; far below the 100:1 that is checked.
     */
    private static final class GuardedEntry extends FilterInputStream {
        private final CountingStream raw;
        private final long rawStart;
        private final String name;
        private long inflated;

        GuardedEntry(ZipInputStream zip, CountingStream raw, String name) {
            super(zip);
            this.raw = raw;
            this.rawStart = raw.count;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                inflated += n;
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public void close() {
            // The zip stream stays open for the next entry.
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // inflating under the checks
            }
        }

        private void check() throws ZipBombException {
            if (inflated > ZipSecureFile.getMaxEntrySize()) {
                throw new ZipBombException(name + " expands beyond the limit of "
                        + ZipSecureFile.getMaxEntrySize() / (1024 * 1024) + " MB");
            }
            if (inflated <= ZipSecureFile.getGraceEntrySize()) {
                return;
            }
            long compressed = Math.max(1, raw.count - rawStart);
            if ((double) compressed / inflated < ZipSecureFile.getMinInflateRatio()) {
                throw new ZipBombException(String.format(
                        Locale.ROOT,
                        "compression ratio %d:1 in %s, more than the allowed %d:1",
                        inflated / compressed,
                        name,
                        Math.round(1 / ZipSecureFile.getMinInflateRatio())));
            }
        }
    }
}
