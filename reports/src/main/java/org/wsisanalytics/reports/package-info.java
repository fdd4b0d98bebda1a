/**
 * Turns a run ({@link org.wsisanalytics.model.RunData}) into the files analysts receive: CSV
 * exports ({@code csv}), the Excel workbook ({@code workbook}), the PDF brief ({@code pdf}) with its
 * chart ({@code charts}), and the run's manifest ({@code manifest}). {@link org.wsisanalytics.reports.ReportWriter}
 * is the entry point.
 */
package org.wsisanalytics.reports;
