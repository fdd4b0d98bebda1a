package org.wsisanalytics.ingest.rtf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The code page of RTF text bytes ({@code \'hh} and 8-bit text): the document's {@code \ansicpgN} (Windows-1252
 * when it names none), overridden by the current font's {@code \fcharsetN} or {@code \cpgN} from the font table.
 * Unicode text comes as a "u" control word with the character's number and needs none of this. Not thread-safe: one per document.
 */
final class RtfCharsets {

    /** Code pages of the font character sets the specification lists; 0 and 1 mean the document's code page. */
    private static final Map<Integer, Integer> CHARSET_CODE_PAGES = Map.ofEntries(
            Map.entry(77, 10000),
            Map.entry(128, 932),
            Map.entry(129, 949),
            Map.entry(130, 1361),
            Map.entry(134, 936),
            Map.entry(136, 950),
            Map.entry(161, 1253),
            Map.entry(162, 1254),
            Map.entry(163, 1258),
            Map.entry(177, 1255),
            Map.entry(178, 1256),
            Map.entry(186, 1257),
            Map.entry(204, 1251),
            Map.entry(222, 874),
            Map.entry(238, 1250),
            Map.entry(254, 437),
            Map.entry(255, 850));

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Fonts a document may declare: more is not a document but an attack on the map. */
    private static final int MAX_FONTS = 10_000;

    private final Map<Integer, Charset> fonts = new HashMap<>();
    private Charset document = WINDOWS_1252;

    /** {@code \ansicpgN}: the code page of text in fonts that name none. */
    void documentCodePage(int codePage) {
        document = forCodePage(codePage, WINDOWS_1252);
    }

    /** {@code \fcharsetN} in the font table entry of font {@code font}. */
    void fontCharset(int font, int charset) {
        Integer codePage = CHARSET_CODE_PAGES.get(charset);
        if (codePage != null && fonts.size() < MAX_FONTS) {
            fonts.put(font, forCodePage(codePage, WINDOWS_1252));
        }
    }

    /** {@code \cpgN} in the font table entry of font {@code font}, which wins over its character set. */
    void fontCodePage(int font, int codePage) {
        if (fonts.size() < MAX_FONTS) {
            fonts.put(font, forCodePage(codePage, document));
        }
    }

    /** The charset of text in font {@code font} ({@code -1}: none set). */
    Charset of(int font) {
        return fonts.getOrDefault(font, document);
    }

    private static Charset forCodePage(int codePage, Charset otherwise) {
        String name = switch (codePage) {
            case 65001 -> StandardCharsets.UTF_8.name();
            case 10000 -> "x-MacRoman";
            case 437, 850, 852, 855, 857, 860, 861, 862, 863, 864, 865, 866, 869 -> "IBM" + codePage;
            case 932 -> "windows-31j";
            case 936 -> "GBK";
            case 949 -> "x-windows-949";
            case 950 -> "x-windows-950";
            case 1361 -> "x-Johab";
            case 874 -> "x-windows-874";
            default -> codePage >= 1250 && codePage <= 1258 ? "windows-" + codePage : null;
        };
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : otherwise;
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
