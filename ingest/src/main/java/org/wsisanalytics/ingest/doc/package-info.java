/**
 * Reading Word 97-2003 documents (.doc) into the line form the structure recognizer reads, with POI's HWPF.
 */
package org.wsisanalytics.ingest.doc;
