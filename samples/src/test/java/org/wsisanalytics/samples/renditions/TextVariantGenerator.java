package org.wsisanalytics.samples.renditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.clean.TextCleaner;

/**
 * Writes plain-text variants of the sample, each from the text {@link TextCleaner} leaves (running headers,
 * DRAFT marks and markup removed), each keeping every word of the sessions' text:
 * <ul>
 * <li>{@code no-template.txt}: without the template's words: no "Leaders TalkX:" before the titles (in the
 * contents too) and no "Executive Summary by ..." by-line; the facilitators table stays;</li>
 * <li>{@code hard-wrapped.txt}: every paragraph and list item wrapped at 72 columns (a list item's
 * continuation lines indented by two spaces), as mail and some editors save text;</li>
 * <li>{@code no-blank-lines.txt}: no blank line anywhere, so titles and headings touch their text;</li>
 * <li>{@code reordered.txt}: the sessions in another order (a fixed shuffle), the rest unchanged.</li>
 * </ul>
 *
 * <p>Not a test: run it by hand (see {@code samples/README.md}).
 * Usage: {@code TextVariantGenerator <sample.txt> <out-folder>}; the files are named
 * {@code wsis20-hltf-summaries-2025.<variant>.txt}.
 */
public final class TextVariantGenerator {

    private static final String NAME = "wsis20-hltf-summaries-2025.";
    private static final Pattern TITLE_MARKER = Pattern.compile("^Leaders TalkX\\s*:\\s*");
    private static final Pattern BYLINE = Pattern.compile("^Executive Summary by .*");
    private static final int WIDTH = 72;
    private static final long SHUFFLE_SEED = 20250711L;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: TextVariantGenerator <sample.txt> <out-folder>");
            System.exit(64);
        }
        String raw = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> lines = new TextCleaner().clean(raw).lines();
        Path folder = Path.of(args[1]);
        write(folder.resolve(NAME + "no-template.txt"), noTemplate(lines));
        write(folder.resolve(NAME + "hard-wrapped.txt"), hardWrapped(lines));
        write(
                folder.resolve(NAME + "no-blank-lines.txt"),
                lines.stream().filter(line -> !line.isBlank()).toList());
        write(folder.resolve(NAME + "reordered.txt"), reordered(lines));
    }

    private static void write(Path file, List<String> lines) throws Exception {
        List<String> trimmed = new ArrayList<>(lines);
        while (!trimmed.isEmpty() && trimmed.get(0).isBlank()) {
            trimmed.remove(0);
        }
        Files.writeString(file, String.join("\n", trimmed).strip() + "\n", StandardCharsets.UTF_8);
        System.out.println("Wrote " + file);
    }

    static List<String> noTemplate(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (!BYLINE.matcher(line).matches()) {
                result.add(TITLE_MARKER.matcher(line).replaceFirst(""));
            }
        }
        return result;
    }

    static List<String> hardWrapped(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (line.length() <= WIDTH || line.indexOf('\t') >= 0) {
                result.add(line);
                continue;
            }
            var item = SampleBlocks.LIST_ITEM.matcher(line);
            String indent = item.matches() ? item.group(1) + "  " : "";
            StringBuilder current = new StringBuilder();
            for (String word : line.strip().split(" +")) {
                if (current.length() > 0 && current.length() + 1 + word.length() > WIDTH) {
                    result.add(current.toString());
                    current.setLength(0);
                    current.append(indent);
                }
                current.append(current.toString().isBlank() ? "" : " ").append(word);
            }
            result.add(current.toString());
        }
        return result;
    }

    /** The part before the first session, then the sessions (each up to the next title) in a fixed shuffle. */
    static List<String> reordered(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TITLE_MARKER.matcher(lines.get(i)).find() && lines.get(i).indexOf('\t') < 0) {
                starts.add(i);
            }
        }
        List<List<String>> sessions = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            List<String> session = new ArrayList<>(
                    lines.subList(starts.get(s), s + 1 < starts.size() ? starts.get(s + 1) : lines.size()));
            while (session.get(session.size() - 1).isBlank()) {
                session.remove(session.size() - 1);
            }
            sessions.add(session);
        }
        List<List<String>> order = new ArrayList<>(sessions);
        Collections.shuffle(order, new Random(SHUFFLE_SEED));
        if (order.equals(sessions)) {
            Collections.reverse(order);
        }
        List<String> result = new ArrayList<>(lines.subList(0, starts.get(0)));
        for (List<String> session : order) {
            result.addAll(session);
            result.add("");
            result.add("");
        }
        return result;
    }
}
