package org.wsisanalytics.ingest.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A file's text and the encoding it was read with.
 *
 * @param text the characters, without a byte order mark
 * @param charset the encoding that was detected
 */
public record DecodedText(String text, Charset charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
