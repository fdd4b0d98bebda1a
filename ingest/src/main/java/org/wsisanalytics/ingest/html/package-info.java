/**
 * Reading HTML pages (saved web pages, word-processor exports) into the line form the structure
 * recognizer reads, with jsoup's HTML5 parser.
 */
package org.wsisanalytics.ingest.html;
