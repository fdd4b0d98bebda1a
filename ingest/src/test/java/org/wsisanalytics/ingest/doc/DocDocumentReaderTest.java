package org.wsisanalytics.ingest.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * {@code small-summary.doc} is {@code small-summary.fodt} (next to it) saved as Word 97-2003 by LibreOffice 7.4:
 * {@code soffice -env:UserInstallation=file:///tmp/lo-fmt --headless --convert-to doc small-summary.fodt}.
 * It holds a title, a contents field over two paragraphs, headings, a line break, a footnote, a body link,
 * bulleted, numbered and lettered lists, a table whose linked cell hides its address, and a page header.
 */
class DocDocumentReaderTest {

    private final DocDocumentReader reader = new DocDocumentReader(IngestLimits.defaults());

    @Test
    void readsTheDocumentInTheLineFormOfTheWordReader() throws Exception {
        CleanText text = reader.read(sample(), "small-summary.doc");

        assertThat(text.lines())
                .containsExactly(
                        "# Forum 2025: Session Summaries",
                        "",
                        "Contents",
                        "",
                        "Session 101: Open data for all\t1",
                        "",
                        "Key issues\t2",
                        "",
                        "# Session 101: Open data for all",
                        "",
                        "Facilitated by Ms. Ana Silva",
                        "Director, Open Data Lab",
                        "",
                        "## Key issues",
                        "",
                        "Speakers from Kenya and Chile discussed Action Line C3, see the session page.",
                        "",
                        "- Open licences",
                        "",
                        "- Local archives",
                        "",
                        "1. First step",
                        "",
                        "2. Second step",
                        "",
                        "a. Option one",
                        "",
                        "b. Option two",
                        "",
                        "Session\tName\tOrganization",
                        "Open data for all <https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/101>\tMs. Ana Silva\tOpen Data Lab",
                        "",
                        "Closing words.",
                        "");
        assertThat(text.runningHeaders()).containsExactly("Forum 2025: Session Summaries");
    }

    @Test
    void rejectsAPasswordProtectedDocument() throws Exception {
        byte[] encrypted;
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(sample()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Biff8EncryptionKey.setCurrentUserPassword("secret"); // POI encrypts what it writes while a password is set
            try {
                document.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            encrypted = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read(encrypted, "secret.doc"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'secret.doc': the file is password-protected (encrypted); it was skipped."
                        + " Save a copy without a password in Word and run again.");
    }

    @Test
    void rejectsDamagedDocumentsInOneLine() throws Exception {
        byte[] whole = sample();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 3);
        byte[] withoutWordStream;
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            withoutWordStream = out.toByteArray();
        }
        byte[] scrambled = whole.clone();
        for (int i = 1024; i < scrambled.length; i += 7) {
            scrambled[i] ^= 0x5A;
        }

        assertThatThrownBy(() -> reader.read(withoutWordStream, "budget.doc"))
                .hasMessage(
                        "Cannot read 'budget.doc': the file is not a Word 97-2003 document but an Office 97-2003 file"
                                + " other than a Word document (a spreadsheet, a presentation, a mail or a password-protected Office"
                                + " file); it was skipped. Save the document as .docx, .doc or PDF.");
        for (byte[] damaged : new byte[][] {truncated, scrambled}) {
            assertThatThrownBy(() -> reader.read(damaged, "minutes.doc"))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("Cannot read 'minutes.doc': the Word 97-2003 document is damaged and cannot be read; it"
                            + " was skipped. Open it in Word or LibreOffice and save it again as .docx.");
        }
    }

    @Test
    void rejectsTextOverTheLimit() throws Exception {
        assertThatThrownBy(() -> new DocDocumentReader(new IngestLimits(1_000_000, 10, 100)).read(sample(), "long.doc"))
                .hasMessage(
                        "Cannot read 'long.doc': its text is longer than the limit of 100 characters; it was skipped."
                                + " Split the document or raise the text size limit.");
    }

    static byte[] sample() throws Exception {
        try (InputStream in =
                Objects.requireNonNull(DocDocumentReaderTest.class.getResourceAsStream("small-summary.doc"))) {
            return in.readAllBytes();
        }
    }
}
