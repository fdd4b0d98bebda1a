/**
 * Reading input documents into {@code ParsedDocument}s. {@link org.wsisanalytics.ingest.DocumentIngestor}
 * is the entry point; it rejects what it cannot read with an
 * {@link org.wsisanalytics.ingest.UnreadableDocumentException} whose message is a one-line reason for
 * the user. Plain Java: no Spring, callable directly from a test or a batch step.
 */
package org.wsisanalytics.ingest;
