package org.wsisanalytics.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into characters without being told the encoding.
 *
 * <p>Order: a byte order mark decides (UTF-8, UTF-16 BE/LE); otherwise the bytes are tried as strict
 * UTF-8, which almost never accepts text written in a legacy 8-bit encoding; otherwise they are read
 * as Windows-1252, the encoding Office on Windows writes and a superset of ISO-8859-1 for printable
 * characters (so a "Türkiye" saved by Notepad's "ANSI" still reads "Türkiye").
 */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /**
     * True when the bytes look like a binary file rather than text: NUL bytes do not occur in
     * UTF-8 or Windows-1252 text, and UTF-16 text has been recognised by its mark before this is asked.
     */
    public static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the bytes start with a UTF-16 byte order mark. */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
