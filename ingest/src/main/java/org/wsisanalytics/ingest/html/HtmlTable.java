package org.wsisanalytics.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * One table's rows and cells (not those of tables nested in it), and whether it is a data table or only
 * lays the page out. Old pages put their whole content in layout tables: read row by row, a page would
 * become a few huge lines, so a layout table's cells are read as blocks instead.
 */
final class HtmlTable {

    private static final Set<String> ROW_GROUPS = Set.of("thead", "tbody", "tfoot");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final List<List<Element>> rows = new ArrayList<>();
    private Element caption;
    private final boolean layout;

    HtmlTable(Element table, HtmlNoise noise) {
        for (Element child : table.children()) {
            if (noise.skips(child)) {
                continue;
            }
            switch (child.normalName()) {
                case "caption" -> caption = child;
                case "tr" -> addRow(child, noise);
                default -> {
                    if (ROW_GROUPS.contains(child.normalName())) {
                        child.children().stream()
                                .filter(row -> row.normalName().equals("tr"))
                                .forEach(row -> addRow(row, noise));
                    }
                }
            }
        }
        String role = table.attr("role");
        layout = role.equalsIgnoreCase("presentation")
                || role.equalsIgnoreCase("none")
                || table.select("table").size() > 1
                || !table.select("h1, h2, h3, h4, h5, h6").isEmpty()
                || rows.stream().allMatch(row -> row.size() <= 1);
    }

    private void addRow(Element row, HtmlNoise noise) {
        if (!noise.skips(row)) {
            rows.add(row.children().stream()
                    .filter(cell -> CELLS.contains(cell.normalName()) && !noise.skips(cell))
                    .toList());
        }
    }

    /**
     * True for a table that arranges the page rather than holding data: marked so (role presentation), or
     * holding another table or a heading, or with a single column.
     */
    boolean isLayout() {
        return layout;
    }

    List<List<Element>> rows() {
        return rows;
    }

    /** Every cell, row by row. */
    List<Element> cells() {
        return rows.stream().flatMap(List::stream).toList();
    }

    Element caption() {
        return caption;
    }
}
