package org.wsisanalytics.ingest.text;

import java.util.List;
import java.util.Locale;

/** The file name endings read as plain text or Markdown. */
public final class TextFormat {

    /** Extensions, lower case, without the dot. */
    public static final List<String> EXTENSIONS = List.of("txt", "md", "markdown");

    private TextFormat() {}

    public static boolean supports(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    /** The part after the last dot, lower case; empty when there is none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? ""
                : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
