package org.wsisanalytics.ingest.pdf;

/**
 * A run of glyphs without a gap, as PDFBox reports it, with its place on the page (points, y growing
 * downwards from the top of the page).
 *
 * @param text the characters
 * @param x left edge
 * @param xEnd right edge
 * @param y baseline
 * @param fontSize font size in points
 * @param link the address of the hyperlink the word sits in, or {@code null}
 * @param bold whether the word is set in a bold face (by the font's name, weight or force-bold flag)
 */
record PdfWord(String text, float x, float xEnd, float y, float fontSize, String link, boolean bold) {

    /** A word in a regular face. */
    PdfWord(String text, float x, float xEnd, float y, float fontSize, String link) {
        this(text, x, xEnd, y, fontSize, link, false);
    }
}
