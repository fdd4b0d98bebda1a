package org.wsisanalytics.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One input file as the run saw it.
 *
 * @param name the file name shown in reports and CSV exports (no folders)
 * @param location where it was read from, as given on the command line or found in a folder
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param sizeBytes the file's size in bytes
 */
public record DocumentSource(String name, String location, String sha256, long sizeBytes) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DocumentSource {
        Requires.text(name, "name");
        Requires.text(location, "location");
        sha256 = Requires.text(sha256, "sha256").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits, was '" + sha256 + "'");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative, was " + sizeBytes);
        }
    }
}
