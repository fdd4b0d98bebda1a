package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/** A two-colour scale (white at the minimum, blue at the maximum) over a matrix of counts. */
final class ColourScale {

    private ColourScale() {}

    static void apply(Sheet sheet, CellRangeAddress matrix) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.MAX);
        ((ExtendedColor) scale.getColors()[0]).setARGBHex("FFFFFFFF");
        ((ExtendedColor) scale.getColors()[1]).setARGBHex("FF5B9BD5");
        formatting.addConditionalFormatting(new CellRangeAddress[] {matrix}, rule);
    }
}
