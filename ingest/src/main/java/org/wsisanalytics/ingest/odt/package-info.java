/**
 * Reading OpenDocument texts (.odt, LibreOffice's own format) into the line form the structure recognizer
 * reads, with the JDK's StAX parser and zip reader.
 */
package org.wsisanalytics.ingest.odt;
