package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.FacilitatorEntry;

/**
 * Reads the facilitators table ("Session | Photo | Name | Title | Organization"): tab-separated rows
 * under a header row that has a session and a name column (header words from the event templates).
 * Columns are found by their header, so
 * their order and the photo column do not matter. A session cell holds the title and, after it,
 * the session's web page; the session number is the link's last path segment
 * ({@code .../Agenda/Session/378} gives "378"). The table may run over several pages: rows go on
 * until the first block that is not a row.
 */
final class FacilitatorTableParser {

    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>]+)>?");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("/(\\d+)/?(?:[?#].*)?$");

    private final PersonNames names;
    private final EventTemplate.TableHeaders headers;

    FacilitatorTableParser(PersonNames names, EventTemplate.TableHeaders headers) {
        this.names = names;
        this.headers = headers;
    }

    List<FacilitatorEntry> parse(List<Block> blocks) {
        List<FacilitatorEntry> entries = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Columns columns = Columns.of(blocks.get(i), headers);
            if (columns == null) {
                continue;
            }
            int row = i + 1;
            for (; row < blocks.size() && blocks.get(row).kind() == Block.Kind.TABLE_ROW; row++) {
                FacilitatorEntry entry = entry(cells(blocks.get(row)), columns);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            i = row - 1;
        }
        return entries;
    }

    private FacilitatorEntry entry(String[] cells, Columns columns) {
        String sessionCell = cell(cells, columns.session);
        String nameCell = cell(cells, columns.name);
        if (sessionCell == null || nameCell == null) {
            return null;
        }
        Matcher url = URL.matcher(sessionCell);
        String link = url.find() ? url.group(1) : null;
        String title =
                URL.matcher(sessionCell).replaceAll(" ").replaceAll("\\s+", " ").strip();
        String name = names.withoutHonorifics(nameCell);
        if (title.isEmpty() || name.isEmpty()) {
            return null;
        }
        String sessionId = null;
        if (link != null) {
            Matcher number = TRAILING_NUMBER.matcher(link);
            sessionId = number.find() ? number.group(1) : null;
        }
        return new FacilitatorEntry(
                title, link, sessionId, name, cell(cells, columns.title), cell(cells, columns.organization));
    }

    private static String[] cells(Block block) {
        return block.text().split("\t", -1);
    }

    private static String cell(String[] cells, int index) {
        if (index < 0 || index >= cells.length) {
            return null;
        }
        String text = cells[index].replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** Column positions taken from a header row; -1 where the table has no such column. */
    private record Columns(int session, int name, int title, int organization) {

        static Columns of(Block block, EventTemplate.TableHeaders headers) {
            if (block.kind() != Block.Kind.TABLE_ROW) {
                return null;
            }
            int session = -1, name = -1, title = -1, organization = -1;
            String[] cells = cells(block);
            for (int i = 0; i < cells.length; i++) {
                String header = cells[i].strip().toLowerCase(Locale.ROOT);
                if (session < 0 && headers.session().contains(header)) {
                    session = i;
                } else if (name < 0 && headers.name().contains(header)) {
                    name = i;
                } else if (title < 0 && headers.title().contains(header)) {
                    title = i;
                } else if (organization < 0 && headers.organization().contains(header)) {
                    organization = i;
                }
            }
            return session >= 0 && name >= 0 ? new Columns(session, name, title, organization) : null;
        }
    }
}
