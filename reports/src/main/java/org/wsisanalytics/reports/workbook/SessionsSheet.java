package org.wsisanalytics.reports.workbook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.Labels;

/**
 * The "Sessions" sheet: one row per session with its facilitator and the facilitator's organisation, size, the
 * layer that read its document and its web page. The link stays last, where its long addresses can run on.
 */
final class SessionsSheet {

    static final String NAME = "Sessions";
    private static final String[] HEADER = {
        "Document",
        "#",
        "Session id",
        "Title",
        "Facilitator",
        "Facilitator (as listed)",
        "Organisation",
        "Sections",
        "Sections present",
        "Words",
        "Structure",
        "Link"
    };
    private static final int[] WIDTHS = {30, 5, 10, 45, 24, 24, 30, 9, 40, 9, 11, 50};

    /** The longest text a formula's string argument may have in Excel. */
    static final int MAX_LINK_LENGTH = 255;

    private final Sheet sheet;
    private final CellStyles styles;
    private int next = 1;

    private SessionsSheet(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Creates the sheet with its header, ready for {@code sessions} rows added one at a time. */
    static SessionsSheet create(Workbook workbook, CellStyles styles, int sessions) {
        Sheet sheet = workbook.createSheet(NAME);
        Cells.header(sheet.createRow(0), styles.header, HEADER);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sessions), 0, HEADER.length - 1));
        return new SessionsSheet(sheet, styles);
    }

    /** Adds the session's row. */
    void add(SessionOutline session) {
        Row row = sheet.createRow(next++);
        Cells.text(row, 0, session.document(), styles.text);
        Cells.number(row, 1, session.index(), styles.integer);
        Cells.sessionId(row, 2, session.sessionId(), styles);
        Cells.text(row, 3, session.title(), styles.wrapped);
        Cells.text(row, 4, session.facilitator(), styles.text);
        Cells.text(row, 5, session.facilitatorListed(), styles.text);
        Cells.text(row, 6, session.facilitatorOrganization(), styles.wrapped);
        Cells.number(row, 7, session.sections().size(), styles.integer);
        Cells.text(row, 8, sectionsPresent(session), styles.wrapped);
        Cells.number(row, 9, session.words(), styles.integer);
        Cells.text(row, 10, session.structure().word(), styles.text);
        link(row, 11, session.link(), styles);
    }

    /** The kinds of section the session has, in its order ("Introduction, Case examples, Links to action lines"). */
    static String sectionsPresent(SessionOutline session) {
        return session.sections().stream()
                .map(section -> Labels.section(section.type()))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /**
     * Only http(s) addresses become clickable; anything else from a document stays plain text, as does an
     * address longer than the 255 characters a HYPERLINK formula takes. The link is a HYPERLINK formula with
     * the address as its cached result rather than a cell hyperlink: POI keeps every cell hyperlink of a
     * streamed sheet in memory until the file is written (about 2 KB each), a formula is streamed with its row.
     */
    private static void link(Row row, int column, String address, CellStyles styles) {
        if (address == null) {
            return;
        }
        if (!isWebAddress(address) || address.length() > MAX_LINK_LENGTH) {
            Cells.text(row, column, address, styles.text);
            return;
        }
        String quoted = "\"" + address.replace("\"", "\"\"") + "\"";
        Cells.formula(row, column, "HYPERLINK(" + quoted + "," + quoted + ")", styles.link)
                .setCellValue(address);
    }

    static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
