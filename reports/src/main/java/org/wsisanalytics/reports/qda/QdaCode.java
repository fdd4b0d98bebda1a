package org.wsisanalytics.reports.qda;

import java.util.List;
import java.util.Objects;

/**
 * A code of the project's codebook.
 *
 * @param guid its identifier
 * @param name the name shown in the tools
 * @param codable whether text can be coded with it (the grouping codes cannot)
 * @param colour {@code #RRGGBB}
 * @param description what it stands for, or {@code null}
 * @param children its child codes, in the order shown
 */
record QdaCode(String guid, String name, boolean codable, String colour, String description, List<QdaCode> children) {

    QdaCode {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        children = List.copyOf(children);
    }
}
