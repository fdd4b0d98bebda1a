package org.wsisanalytics.app.job;

import java.nio.file.Path;

/** A user's reference-data file that cannot be used; the message names the file and what is wrong. */
class ReferenceDataException extends RuntimeException {

    private final String setting;
    private final transient Path file;

    ReferenceDataException(String setting, Path file, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.setting = setting;
        this.file = file;
    }

    ReferenceDataException(String setting, Path file, String message) {
        super(message);
        this.setting = setting;
        this.file = file;
    }

    String setting() {
        return setting;
    }

    Path file() {
        return file;
    }
}
