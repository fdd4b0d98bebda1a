/**
 * Reading Rich Text Format documents (.rtf, as Word, WordPad and LibreOffice write them; also RTF saved under
 * a .doc name) into the line form the structure recognizer reads, with a focused reader of our own.
 */
package org.wsisanalytics.ingest.rtf;
