package org.wsisanalytics.model;

/**
 * An input (or part of one) that the run skipped.
 *
 * @param input the file (and where relevant the session) that was skipped
 * @param reason one line saying what was wrong and what the user can do
 */
public record Reject(String input, String reason) {

    public Reject {
        Requires.text(input, "input");
        Requires.text(reason, "reason");
        if (reason.contains("\n")) {
            throw new IllegalArgumentException("reason must be one line: " + reason);
        }
    }
}
