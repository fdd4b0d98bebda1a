package org.wsisanalytics.reports.method;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.CountryMentionKind;

/**
 * The counting rules as the analysts read them, from the one file both the brief's "How we count" page and the
 * workbook's "Method" sheet print ({@code how-we-count.txt} beside this class; its header gives the format).
 */
public final class CountingRules {

    static final String RESOURCE = "how-we-count.txt";
    private static final Pattern EXAMPLE =
            Pattern.compile("> (counts|named) (C(?:[1-9]|1[01])): (.+)" + "|> (none|figure|no figure): (.+)"
                    + "|> country ([A-Z]{2}) (name|demonym|org|language|historical): (.+)");
    private static final List<MethodLine> RULES = load();

    private CountingRules() {}

    /** The rules' lines in file order. */
    public static List<MethodLine> lines() {
        return RULES;
    }

    private static List<MethodLine> load() {
        try (InputStream in = CountingRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The counting rules " + RESOURCE + " are missing from the jar.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<MethodLine> lines = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(parse(line.strip(), number));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the counting rules " + RESOURCE, e);
        }
    }

    static MethodLine parse(String line, int number) {
        if (line.startsWith("= ")) {
            return new MethodLine(MethodLine.Kind.HEADING, line.substring(2).strip(), null);
        }
        if (line.startsWith("- ")) {
            return new MethodLine(MethodLine.Kind.BULLET, line.substring(2).strip(), null);
        }
        if (line.startsWith(">")) {
            Matcher example = EXAMPLE.matcher(line);
            if (!example.matches()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": an example is written '> counts C3:"
                        + " ...', '> named C7: ...', '> none: ...', '> figure: ...', '> no figure: ...' or '> country"
                        + " KE name: ...' (name, demonym, org, language or historical), not '"
                        + line + "'.");
            }
            if (example.group(1) != null) {
                MethodLine.Kind kind =
                        example.group(1).equals("counts") ? MethodLine.Kind.COUNTS : MethodLine.Kind.NAMED;
                return new MethodLine(kind, example.group(3).strip(), example.group(2));
            }
            if (example.group(6) != null) {
                return new MethodLine(
                        MethodLine.Kind.COUNTRY,
                        example.group(8).strip(),
                        null,
                        new MethodLine.CountryExample(
                                example.group(6),
                                CountryMentionKind.valueOf(example.group(7).toUpperCase(Locale.ROOT))));
            }
            MethodLine.Kind kind = switch (example.group(4)) {
                case "none" -> MethodLine.Kind.NONE;
                case "figure" -> MethodLine.Kind.FIGURE;
                default -> MethodLine.Kind.NO_FIGURE;
            };
            return new MethodLine(kind, example.group(5).strip(), null);
        }
        return new MethodLine(MethodLine.Kind.PARAGRAPH, line, null);
    }
}
