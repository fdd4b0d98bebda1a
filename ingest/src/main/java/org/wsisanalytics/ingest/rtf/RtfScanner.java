package org.wsisanalytics.ingest.rtf;

import java.nio.charset.StandardCharsets;

/**
 * Splits RTF bytes into tokens: group starts and ends, control words with their optional numeric parameter,
 * control symbols, {@code \'hh} bytes and plain text bytes. Line ends in the file are not text (RTF writers
 * wrap long lines anywhere); a backslash before a line end is a paragraph mark, as the specification says.
 * Not thread-safe: one per document.
 */
final class RtfScanner {

    enum Token {
        GROUP_START,
        GROUP_END,
        /** A control word: {@link #word()}, {@link #hasParameter()}, {@link #parameter()}. */
        WORD,
        /** A control symbol such as {@code \~} or {@code \-}: {@link #symbol()}. */
        SYMBOL,
        /** A byte of text, written as itself or as {@code \'hh}: {@link #textByte()}. */
        TEXT,
        END
    }

    /** The specification limits a control word to 32 letters and a parameter to a signed 16-bit number. */
    private static final int MAX_WORD = 32;

    private static final int MAX_DIGITS = 10;

    private final byte[] bytes;
    private int at;
    private String word = "";
    private int parameter;
    private boolean hasParameter;
    private char symbol;
    private int textByte;

    RtfScanner(byte[] bytes) {
        this.bytes = bytes;
    }

    Token next() throws RtfFormatException {
        while (at < bytes.length) {
            int b = bytes[at++] & 0xFF;
            switch (b) {
                case '{':
                    return Token.GROUP_START;
                case '}':
                    return Token.GROUP_END;
                case '\r', '\n':
                    continue;
                case '\\':
                    return control();
                default:
                    textByte = b;
                    return Token.TEXT;
            }
        }
        return Token.END;
    }

    String word() {
        return word;
    }

    boolean hasParameter() {
        return hasParameter;
    }

    /** The parameter, or {@code otherwise} when the word has none. */
    int parameter(int otherwise) {
        return hasParameter ? parameter : otherwise;
    }

    char symbol() {
        return symbol;
    }

    int textByte() {
        return textByte;
    }

    /** True when only white space and NUL bytes are left (some writers end the file with them). */
    boolean restIsBlank() {
        for (int i = at; i < bytes.length; i++) {
            if (bytes[i] != 0 && !Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** Skips {@code count} bytes of binary data ({@code \binN}) without looking at them. */
    void skip(int count) throws RtfFormatException {
        if (count < 0) {
            throw new RtfFormatException("it is damaged (binary data of a negative length)");
        }
        if (count > bytes.length - at) {
            throw new RtfFormatException("it is cut short (it ends inside binary data)");
        }
        at += count;
    }

    private Token control() throws RtfFormatException {
        if (at >= bytes.length) {
            throw new RtfFormatException("it is cut short (it ends after a backslash)");
        }
        int b = bytes[at++] & 0xFF;
        if (isLetter(b)) {
            return controlWord(at - 1);
        }
        if (b == '\'') {
            if (at + 2 > bytes.length) {
                throw new RtfFormatException("it is cut short (it ends inside a \\' escape)");
            }
            int high = Character.digit(bytes[at], 16);
            int low = Character.digit(bytes[at + 1], 16);
            if (high < 0 || low < 0) {
                throw new RtfFormatException("it has a \\' escape without two hexadecimal digits");
            }
            at += 2;
            textByte = high * 16 + low;
            return Token.TEXT;
        }
        if (b == '\r' || b == '\n') {
            word = "par";
            hasParameter = false;
            return Token.WORD;
        }
        symbol = (char) b;
        return Token.SYMBOL;
    }

    private Token controlWord(int start) throws RtfFormatException {
        while (at < bytes.length && isLetter(bytes[at] & 0xFF)) {
            at++;
        }
        // A longer word is no word of the specification: it is read as an unknown one, which does nothing.
        word = at - start > MAX_WORD ? "" : new String(bytes, start, at - start, StandardCharsets.US_ASCII);
        hasParameter = false;
        int signAt = at;
        boolean negative = at < bytes.length && bytes[at] == '-';
        if (negative) {
            at++;
        }
        int digitsAt = at;
        long value = 0;
        while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
            if (at - digitsAt < MAX_DIGITS) {
                value = value * 10 + (bytes[at] - '0'); // further digits only make it larger: it stays clamped
            } else {
                value = Integer.MAX_VALUE;
            }
            at++;
        }
        if (at > digitsAt) {
            hasParameter = true;
            parameter = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, negative ? -value : value));
        } else {
            at = signAt; // a lone '-' is text
        }
        if (at < bytes.length && bytes[at] == ' ') {
            at++; // the space that ends a control word belongs to it
        }
        return Token.WORD;
    }

    private static boolean isLetter(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
