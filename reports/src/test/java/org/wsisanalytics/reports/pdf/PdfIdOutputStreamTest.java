package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PdfIdOutputStreamTest {

    /** A stand-in for OpenPDF's output: a long body, then the trailer with a clock-made identifier. */
    private static final String BODY =
            "%PDF-1.4\n" + "1 0 obj\n<</Length 3000>>stream\n" + "x".repeat(3000) + "\nendstream\nendobj\n";

    private static final String TRAILER =
            "trailer\n<</Info 28 0 R/ID [<%s><%s>]/Root 27 0 R/Size 29>>\n" + "startxref\n46064\n%%%%EOF\n";

    @Test
    void theIdentifierDependsOnTheContentNotOnWhatOpenPdfMadeOrHowTheBytesCame() throws IOException {
        String first = written(
                BODY + TRAILER.formatted("2dc937e3f6b2680448c4196b14a4ffbb", "2dc937e3f6b2680448c4196b14a4ffbb"), 4096);
        String second = written(
                BODY + TRAILER.formatted("0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"), 1);

        assertThat(second).isEqualTo(first).startsWith(BODY).hasSize((BODY + TRAILER.formatted("", "")).length() + 64);
        String id = first.substring(first.indexOf("/ID [<") + 6, first.indexOf("/ID [<") + 38);
        assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo("2dc937e3f6b2680448c4196b14a4ffbb");
        assertThat(first).contains("/ID [<" + id + "><" + id + ">]");
        assertThat(written(
                        BODY.replace('x', 'y')
                                + TRAILER.formatted(
                                        "2dc937e3f6b2680448c4196b14a4ffbb", "2dc937e3f6b2680448c4196b14a4ffbb"),
                        4096))
                .doesNotContain(id);
    }

    @Test
    void anUnfinishedFileIsPassedOnAsItIs() throws IOException {
        String unfinished = BODY + "trailer\n<</Info 28 0 R/ID [<2dc9";
        assertThat(written(unfinished, 100)).isEqualTo(unfinished);
    }

    @Test
    void aFinishedFileWithoutTheIdentifierIsAnError() {
        assertThatThrownBy(() -> written(BODY + "trailer\n<</Root 27 0 R/Size 29>>\nstartxref\n46064\n%%EOF\n", 10))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/ID");
    }

    private static String written(String pdf, int chunk) throws IOException {
        byte[] bytes = pdf.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PdfIdOutputStream out = new PdfIdOutputStream(sink)) {
            for (int i = 0; i < bytes.length; i += chunk) {
                out.write(bytes, i, Math.min(chunk, bytes.length - i));
            }
        }
        return sink.toString(StandardCharsets.ISO_8859_1);
    }
}
