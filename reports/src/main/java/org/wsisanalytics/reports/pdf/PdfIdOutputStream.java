package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stream a brief is written to: it passes OpenPDF's bytes on and gives the file an identifier (the
 * trailer's {@code /ID}) derived from its content. OpenPDF makes the identifier from the clock and the free
 * memory, so the same brief written twice differed there; PDF/A requires an identifier, and one derived from
 * the bytes is as unique as the content and the same for the same content. The identifier is the first 16
 * bytes of the SHA-256 of the file without the identifier itself. The trailer comes last, so the stream hashes
 * the bytes as they pass and holds back only the last kilobyte; on closing it finds OpenPDF's identifier there
 * and writes the derived one in its place (same length, so no offset moves). A file left unfinished by a
 * failure is passed on as it is.
 */
final class PdfIdOutputStream extends OutputStream {

    /** What OpenPDF writes: {@code /ID [<32 hex digits><32 hex digits>]}, in the trailer. */
    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 32;
    /** The trailer (with the identifier), {@code startxref} and {@code %%EOF} fit well within this. */
    private static final int TAIL = 1024;

    private final OutputStream out;
    private final MessageDigest sha = sha256();
    private final byte[] tail = new byte[TAIL];
    private int held;
    private boolean closed;

    PdfIdOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int release = held + length - TAIL;
        if (release > 0) {
            // Pass on the oldest bytes (held ones first) so that the newest TAIL bytes stay held.
            int fromTail = Math.min(release, held);
            pass(tail, 0, fromTail);
            System.arraycopy(tail, fromTail, tail, 0, held - fromTail);
            held -= fromTail;
            int fromBytes = release - fromTail;
            pass(bytes, offset, fromBytes);
            offset += fromBytes;
            length -= fromBytes;
        }
        System.arraycopy(bytes, offset, tail, held, length);
        held += length;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes the held bytes, with the derived identifier if the file is complete, and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            if (lastIndexOf(END_OF_FILE) >= 0) {
                deriveId();
            }
            out.write(tail, 0, held);
        }
    }

    private void deriveId() throws IOException {
        int at = lastIndexOf(MARKER);
        int start = at + MARKER.length;
        int end = start + HEX + 2 + HEX + 2;
        if (at < 0
                || end > held
                || !hex(start)
                || tail[start + HEX] != '>'
                || tail[start + HEX + 1] != '<'
                || !hex(start + HEX + 2)
                || tail[end - 2] != '>'
                || tail[end - 1] != ']') {
            throw new IOException("Cannot set the brief's file identifier: its trailer has no /ID written the way"
                    + " OpenPDF writes it");
        }
        sha.update(tail, 0, start);
        sha.update(tail, end, held - end);
        String half = HexFormat.of().formatHex(sha.digest(), 0, HEX / 2);
        byte[] id = (half + "><" + half).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, tail, start, id.length);
    }

    private void pass(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0) {
            sha.update(bytes, offset, length);
            out.write(bytes, offset, length);
        }
    }

    private boolean hex(int from) {
        for (int i = from; i < from + HEX; i++) {
            if (Character.digit(tail[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private int lastIndexOf(byte[] pattern) {
        for (int i = held - pattern.length; i >= 0; i--) {
            int k = 0;
            while (k < pattern.length && tail[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
