package org.wsisanalytics.reports.pdf;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The fonts of the brief: Liberation Sans from the openpdf-fonts-extra jar, embedded (as a subset)
 * with Identity-H encoding so every character of a name such as "Stępińska-Ustasiak" prints. The
 * same TrueType files are registered with AWT so charts measure text with the font the PDF draws.
 */
final class BriefFonts {

    static final java.awt.Color TEXT = new java.awt.Color(0x22, 0x22, 0x22);
    static final java.awt.Color MUTED = new java.awt.Color(0x66, 0x66, 0x66);
    static final java.awt.Color ACCENT = new java.awt.Color(0x1F, 0x4E, 0x79);

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static volatile String awtFamily;
    /** The TrueType files, read from the jar once; every document parses its own fonts from them. */
    private static volatile byte[][] ttfFiles;

    final BaseFont regular;
    final BaseFont bold;

    private BriefFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads fresh PDF fonts (each document keeps its own glyph subset) and registers the AWT fonts once. */
    static BriefFonts load() throws IOException {
        byte[][] files = ttfFiles();
        return new BriefFonts(
                pdfFont("LiberationSans-Regular.ttf", files[0]), pdfFont("LiberationSans-Bold.ttf", files[1]));
    }

    /** The TrueType files, read once, after registering them with AWT (once: AWT's font system starts then). */
    private static byte[][] ttfFiles() throws IOException {
        byte[][] files = ttfFiles;
        if (files == null) {
            files = new byte[][] {resource(REGULAR), resource(BOLD)};
            ttfFiles = files;
        }
        registerWithAwt(files[0], files[1]);
        return files;
    }

    Font plain(float size) {
        return new Font(regular, size, Font.NORMAL, TEXT);
    }

    Font plain(float size, java.awt.Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, TEXT);
    }

    Font bold(float size, java.awt.Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    /** The AWT family name of the registered Liberation Sans, for chart themes. */
    String awtFamily() {
        return awtFamily;
    }

    /** Maps every AWT font a chart uses to the embedded Liberation Sans (bold or regular). */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font(awtFamily, font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
            }
        };
    }

    private static BaseFont pdfFont(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font " + name, e);
        }
    }

    private static synchronized void registerWithAwt(byte[] regularTtf, byte[] boldTtf) throws IOException {
        if (awtFamily != null) {
            return;
        }
        try {
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            java.awt.Font regular =
                    java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(regularTtf));
            environment.registerFont(regular);
            environment.registerFont(
                    java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(boldTtf)));
            awtFamily = regular.getFamily();
        } catch (FontFormatException e) {
            throw new IOException("The bundled Liberation Sans font cannot be read by AWT", e);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = BriefFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("Font " + path + " not found on the class path;"
                        + " is com.github.librepdf:openpdf-fonts-extra a dependency?");
            }
            return in.readAllBytes();
        }
    }
}
