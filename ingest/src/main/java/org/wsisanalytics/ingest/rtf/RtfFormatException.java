package org.wsisanalytics.ingest.rtf;

/** The file starts like RTF but cannot be read as RTF; the message says what is wrong, in a few words. */
final class RtfFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    RtfFormatException(String problem) {
        super(problem);
    }
}
