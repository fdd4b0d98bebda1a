/**
 * Removing what conversion to text adds to a document (running page headers, watermarks, HTML and
 * Markdown remnants, paragraphs cut by page breaks) while keeping every word of its content.
 */
package org.wsisanalytics.ingest.clean;
