package org.wsisanalytics.reports.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.wsisanalytics.model.CoverageState;
import org.wsisanalytics.reports.coverage.CoverageMarks;

/**
 * The coverage cells' styles, one per state and conflict, made once per workbook: the mark is part of the number
 * format ("● 2", "○ 1", "named", "● 2†"), so the cell keeps its number (0 for a line named only) for the totals'
 * formulas, sorting and filtering.
 */
final class CoverageStyles {

    private final CellStyle none;
    private final Map<CoverageState, CellStyle> plain = new EnumMap<>(CoverageState.class);
    private final Map<CoverageState, CellStyle> conflict = new EnumMap<>(CoverageState.class);

    CoverageStyles(Workbook workbook, CellStyle count) {
        this.none = count;
        for (CoverageState state : CoverageState.values()) {
            if (state != CoverageState.NONE) {
                plain.put(state, style(workbook, count, format(state, "")));
                conflict.put(state, style(workbook, count, format(state, CoverageMarks.LABEL_CONFLICT)));
            }
        }
    }

    CellStyle of(CoverageState state, boolean labelConflict) {
        if (state == CoverageState.NONE) {
            return none;
        }
        return labelConflict ? conflict.get(state) : plain.get(state);
    }

    /** The number format: the mark, then the count for a counted cell; a named-only cell shows its mark alone. */
    static String format(CoverageState state, String suffix) {
        String mark = CoverageMarks.of(state);
        if (!state.counted()) {
            String shown = "\"" + mark + suffix + "\"";
            return shown + ";" + shown + ";" + shown;
        }
        return "\"" + mark + " \"0" + (suffix.isEmpty() ? "" : "\"" + suffix + "\"");
    }

    private static CellStyle style(Workbook workbook, CellStyle base, String format) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
