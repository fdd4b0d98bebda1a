package org.wsisanalytics.ingest.odt;

/** The package is a zip but not a readable OpenDocument text; the message says what is wrong, in a few words. */
final class OdtFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    OdtFormatException(String problem) {
        super(problem);
    }

    OdtFormatException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
