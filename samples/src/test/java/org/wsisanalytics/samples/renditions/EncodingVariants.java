package org.wsisanalytics.samples.renditions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text sample as other programs save it, every word kept, written next to each other by a test (they are made
 * from the committed sample on each run rather than committed):
 * <ul>
 * <li>{@code utf-16le.txt}, {@code utf-16be.txt}: UTF-16 with a byte order mark, as Windows Notepad's "Unicode"
 * saves;</li>
 * <li>{@code utf-8-bom.txt}: UTF-8 with a byte order mark;</li>
 * <li>{@code windows-1252-crlf.txt}: Windows-1252 ("ANSI") with CRLF line ends; curly quotes, dashes and
 * "é" kept, letters the code page lacks ("ę", "ń", "ğ") become "?" as an encoder replaces them;</li>
 * <li>{@code cr.txt}: lone CR line ends (old Mac);</li>
 * <li>{@code nbsp-soft-hyphens.txt}: a no-break space (U+00A0) between a number and the word after it, a narrow
 * one (U+202F) before "%", and a soft hyphen (U+00AD) inside every word of ten letters or more, as a word
 * processor's hyphenation leaves them.</li>
 * </ul>
 */
public final class EncodingVariants {

    private static final String NAME = "wsis20-hltf-summaries-2025.";
    private static final Pattern NUMBER_WORD = Pattern.compile("(\\d) (\\p{L})");
    private static final Pattern NUMBER_PERCENT = Pattern.compile("(\\d)%");
    private static final Pattern LONG_WORD = Pattern.compile("\\b(\\p{L}{5})(\\p{Ll}{5,})\\b");

    private EncodingVariants() {}

    /** The variants' file names, in the order {@link #write} writes them. */
    public static List<String> names() {
        return new ArrayList<>(variants().keySet());
    }

    /** Writes every variant of {@code sample} (UTF-8 text) into {@code folder}; returns the files. */
    public static List<Path> write(Path sample, Path folder) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Function<String, byte[]>> variant : variants().entrySet()) {
            Path file = folder.resolve(variant.getKey());
            Files.write(file, variant.getValue().apply(text));
            files.add(file);
        }
        return files;
    }

    private static Map<String, Function<String, byte[]>> variants() {
        Map<String, Function<String, byte[]>> variants = new LinkedHashMap<>();
        variants.put(NAME + "utf-16le.txt", text -> encode("\uFEFF" + text, StandardCharsets.UTF_16LE));
        variants.put(NAME + "utf-16be.txt", text -> encode("\uFEFF" + text, StandardCharsets.UTF_16BE));
        variants.put(NAME + "utf-8-bom.txt", text -> encode("\uFEFF" + text, StandardCharsets.UTF_8));
        variants.put(
                NAME + "windows-1252-crlf.txt",
                text -> encode(text.replace("\n", "\r\n"), Charset.forName("windows-1252")));
        variants.put(NAME + "cr.txt", text -> encode(text.replace('\n', '\r'), StandardCharsets.UTF_8));
        variants.put(NAME + "nbsp-soft-hyphens.txt", text -> encode(nbspAndSoftHyphens(text), StandardCharsets.UTF_8));
        return variants;
    }

    static String nbspAndSoftHyphens(String text) {
        String spaced = NUMBER_WORD.matcher(text).replaceAll("$1\u00A0$2");
        spaced = NUMBER_PERCENT.matcher(spaced).replaceAll("$1\u202F%");
        Matcher words = LONG_WORD.matcher(spaced);
        return words.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u00AD" + m.group(2)));
    }

    private static byte[] encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot encode the sample as " + charset, e);
        }
    }
}
