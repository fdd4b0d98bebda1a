package org.wsisanalytics.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "Türkiye’s 5G target – Côte d'Ivoire";

    @Test
    void readsUtf8WithoutBom() {
        DecodedText decoded = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8WithBomAndDropsTheMark() {
        DecodedText decoded = TextDecoder.decode(
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf16LittleEndianWithBom() {
        DecodedText decoded = TextDecoder.decode(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void readsUtf16BigEndianWithBom() {
        // Java's "UTF-16" encoder writes a big-endian byte order mark itself.
        DecodedText decoded = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() {
        Charset windows1252 = Charset.forName("windows-1252");
        byte[] bytes = "Türkiye and Côte d’Ivoire – 5G".getBytes(windows1252);

        DecodedText decoded = TextDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo("Türkiye and Côte d’Ivoire – 5G");
        assertThat(decoded.charset()).isEqualTo(windows1252);
    }

    @Test
    void pureAsciiIsReadAsUtf8() {
        assertThat(TextDecoder.decode("Leaders TalkX".getBytes(StandardCharsets.US_ASCII))
                        .charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void nulBytesMeanBinaryButUtf16IsRecognisedByItsMark() {
        byte[] utf16 = "Text".getBytes(StandardCharsets.UTF_16);

        assertThat(TextDecoder.looksBinary(new byte[] {'%', 'P', 'K', 0, 3})).isTrue();
        assertThat(TextDecoder.looksBinary("plain".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(TextDecoder.hasUtf16Bom(utf16)).isTrue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
