/**
 * Recognising a cleaned document's structure: sessions and their sections, headings and their
 * canonical types, the facilitators table, the pairing of the two by title, and consistency findings.
 * Keyword data lives in {@code section-types.txt} and {@code honorifics.txt} next to these classes.
 */
package org.wsisanalytics.ingest.structure;
