package org.wsisanalytics.app.run;

/**
 * How a run ended, as the process reports it.
 *
 * @param exitCode 0 all inputs processed, 2 completed with rejects, 1 failed
 * @param message one or more lines for the console
 */
public record RunOutcome(int exitCode, String message) {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTS = 2;
}
