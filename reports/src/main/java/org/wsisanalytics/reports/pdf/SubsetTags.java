package org.wsisanalytics.reports.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import com.lowagie.text.pdf.BaseFont;

/**
 * Where OpenPDF draws the six-letter tag of an embedded font subset ("QXKWPB+LiberationSans") from. Its own
 * source is random, so the same brief written twice differed in its font names; this one derives the letters
 * from the document and the font, so the same document gets the same tags and two fonts still get different
 * ones. OpenPDF asks for the tag once per font when the document is closed.
 */
final class SubsetTags extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final byte[] seed;
    private long block;
    private byte[] pending = new byte[0];
    private int used;

    private SubsetTags(String seed) {
        this.seed = seed.getBytes(StandardCharsets.UTF_8);
    }

    /** Makes the tags of both fonts a function of {@code document}, a text that names the document. */
    static void derive(BriefFonts fonts, String document) {
        tag(fonts.regular, document);
        tag(fonts.bold, document);
    }

    private static void tag(BaseFont font, String document) {
        font.setSecureRandom(new SubsetTags(document + "\u0000" + font.getPostscriptFontName()));
    }

    /** SHA-256 of the seed and a block counter, block after block; every other method of Random reads this. */
    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (used == pending.length) {
                pending = digest(block++);
                used = 0;
            }
            bytes[i] = pending[used++];
        }
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        byte[] bytes = new byte[numBytes];
        nextBytes(bytes);
        return bytes;
    }

    private byte[] digest(long counter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed);
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha.update((byte) (counter >>> shift));
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
