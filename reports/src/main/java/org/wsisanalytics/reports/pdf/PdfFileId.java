package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives a written PDF a file identifier (the trailer's {@code /ID}) derived from its content. OpenPDF makes
 * the identifier from the clock and the free memory, so the same brief written twice differed there; PDF/A
 * requires an identifier, and one derived from the bytes is as unique as the content and the same for the
 * same content. The identifier is the first 16 bytes of the SHA-256 of the file without the identifier
 * itself, written in place of OpenPDF's (same length, so no offset moves).
 */
final class PdfFileId {

    /** What OpenPDF writes: {@code /ID [<32 hex digits><32 hex digits>]}, near the end of the file. */
    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 32;
    /** The marker, both halves and the separators: {@code /ID [<h1><h2>]}. */
    private static final int LENGTH = MARKER.length + HEX + 2 + HEX + 2;
    private static final int TAIL = 1024;

    private PdfFileId() {
    }

    /** Replaces the file's identifier with one derived from its content. */
    static void derive(Path pdf) throws IOException {
        try (FileChannel file = FileChannel.open(pdf, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = file.size();
            long tailStart = Math.max(0, size - TAIL);
            byte[] tail = read(file, tailStart, (int) (size - tailStart));
            int at = lastIndexOf(tail, MARKER);
            if (at < 0 || at + LENGTH > tail.length || !wellFormed(tail, at)) {
                throw new IOException("Cannot set the file identifier of " + pdf.getFileName()
                        + ": its trailer has no /ID written the way OpenPDF writes it");
            }
            long idStart = tailStart + at + MARKER.length;
            long idEnd = tailStart + at + LENGTH;
            byte[] digest = digestWithout(file, idStart, idEnd);
            String half = HexFormat.of().formatHex(digest, 0, HEX / 2);
            byte[] id = (half + "><" + half).getBytes(StandardCharsets.US_ASCII);
            file.write(ByteBuffer.wrap(id), idStart);
        }
    }

    private static boolean wellFormed(byte[] tail, int at) {
        int h1 = at + MARKER.length;
        int h2 = h1 + HEX + 2;
        return hex(tail, h1) && tail[h1 + HEX] == '>' && tail[h1 + HEX + 1] == '<' && hex(tail, h2)
                && tail[h2 + HEX] == '>' && tail[h2 + HEX + 1] == ']';
    }

    private static boolean hex(byte[] bytes, int from) {
        for (int i = from; i < from + HEX; i++) {
            if (Character.digit(bytes[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] digestWithout(FileChannel file, long skipFrom, long skipTo) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = 0;
        long size = file.size();
        while (position < size) {
            buffer.clear();
            int read = file.read(buffer, position);
            if (read < 0) {
                break;
            }
            long end = position + read;
            // The part of this block before the skipped range, then the part after it.
            update(sha, buffer, 0, (int) (Math.min(end, skipFrom) - position));
            long after = Math.max(position, skipTo);
            update(sha, buffer, (int) (after - position), (int) (end - after));
            position = end;
        }
        return sha.digest();
    }

    private static void update(MessageDigest sha, ByteBuffer buffer, int from, int length) {
        if (length > 0) {
            sha.update(buffer.array(), from, length);
        }
    }

    private static byte[] read(FileChannel file, long from, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, from + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            int k = 0;
            while (k < pattern.length && bytes[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
