package org.wsisanalytics.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.clean.PageMarkers;

/**
 * Finds running headers, footers and page numbers: lines among the first or last {@value #ZONE} lines of
 * a page whose text, digits ignored ("Page 3 of 40" and "Page 4 of 40" are one line), recurs on at least
 * half of the pages (min. 3; on every page of a shorter document when the line numbers its pages, "Page 1 of
 * 2"). A bare page number ("7", "Page 7", "7 / 40", "- 7 -", as {@link PageMarkers} knows them) at the top or bottom of a page
 * is furniture wherever it appears. A browser's print header and footer (date and title, the page's address
 * and "1/29") recur the same way; in the running header text the date, address and page count are left
 * out. Nothing about the sample's wording is assumed.
 *
 * @param body each page's lines without the furniture
 * @param runningHeaders the furniture text that is not a page number and has a letter, as first written, most
 *     frequent first
 */
record PageFurniture(List<List<PdfLine>> body, List<String> runningHeaders) {

    static final int ZONE = 2;
    private static final int MIN_PAGES = 3;
    private static final Pattern DATE = Pattern.compile(
            "(?i)^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?|file)://\\S*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static PageFurniture detect(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        Map<String, String> firstText = new LinkedHashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> seen = new HashSet<>();
            for (PdfLine line : zone(page)) {
                String key = key(line);
                if (seen.add(key)) {
                    pagesWith.merge(key, 1, Integer::sum);
                    firstText.putIfAbsent(key, headerText(line));
                }
            }
        }
        int needed = Math.max(MIN_PAGES, (pages.size() + 1) / 2);
        Set<String> recurring = new HashSet<>();
        Set<String> numbered = new HashSet<>();
        for (List<PdfLine> page : pages) {
            zone(page).stream().filter(PageFurniture::holdsPageNumber).forEach(line -> numbered.add(key(line)));
        }
        pagesWith.forEach((key, count) -> {
            // A short document's header that numbers its pages ("E/CN.16/2025/CRP.2   Page 1 of 2") recurs on
            // every page: that is enough, where an unnumbered line must recur on three pages.
            if (count >= needed || pages.size() >= 2 && count == pages.size() && numbered.contains(key)) {
                recurring.add(key);
            }
        });
        List<List<PdfLine>> body = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> zone = zone(page);
            List<PdfLine> kept = new ArrayList<>();
            for (PdfLine line : page) {
                boolean inZone = zone.contains(line);
                if (!(inZone && (recurring.contains(key(line)) || isPageNumber(line)))) {
                    kept.add(line);
                }
            }
            body.add(kept);
        }
        List<String> headers = new ArrayList<>(recurring.stream()
                .filter(key -> !PageMarkers.isPageNumber(firstText.get(key)) && hasLetter(firstText.get(key)))
                .toList());
        headers.sort(Comparator.comparing((String key) -> -pagesWith.get(key)).thenComparing(key -> key));
        return new PageFurniture(body, headers.stream().map(firstText::get).toList());
    }

    private static List<PdfLine> zone(List<PdfLine> page) {
        if (page.size() <= 2 * ZONE) {
            return page;
        }
        List<PdfLine> zone = new ArrayList<>(page.subList(0, ZONE));
        zone.addAll(page.subList(page.size() - ZONE, page.size()));
        return zone;
    }

    /**
     * The line's text without the parts a browser prints around a page (date and time, the page's
     * address, "3/29"), so that "12/5/26, 9:06 AM  Report title" gives the title.
     */
    static String headerText(PdfLine line) {
        List<String> kept = new ArrayList<>();
        for (String cell : line.text().split("\t")) {
            String text = cell.strip();
            if (!(PageMarkers.isPageNumber(text)
                    || DATE.matcher(text).matches()
                    || ADDRESS.matcher(text).matches())) {
                kept.add(text);
            }
        }
        return String.join(" ", kept).strip();
    }

    /** One of the line's cells is a page number that says it is one ("Page 1 of 2", "- 3 -"). */
    private static boolean holdsPageNumber(PdfLine line) {
        for (String cell : line.text().split("\t")) {
            String text = cell.strip();
            if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit) && PageMarkers.isPageNumber(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPageNumber(PdfLine line) {
        return PageMarkers.isPageNumber(line.text());
    }

    /** A recurring "2025" under every page is furniture but no running title. */
    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static String key(PdfLine line) {
        return DIGITS.matcher(line.text().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT))
                .replaceAll("#");
    }
}
