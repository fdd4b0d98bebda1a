package org.wsisanalytics.model;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country or territory of ISO 3166-1 with its UN M49 region and UN country groups.
 *
 * @param iso2 the ISO 3166-1 alpha-2 code, e.g. "TR"
 * @param name the English short name used in reports, e.g. "Türkiye"
 * @param region the M49 continental region, e.g. "Asia" (empty where M49 gives none)
 * @param subregion the M49 sub-region, e.g. "Western Asia" (empty where M49 gives none)
 * @param groups the UN groups it belongs to: any of "LDC", "LLDC", "SIDS"
 */
public record Country(String iso2, String name, String region, String subregion, Set<String> groups) {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> GROUPS = Set.of("LDC", "LLDC", "SIDS");

    public Country {
        if (iso2 == null || !ISO2.matcher(iso2).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
        }
        Requires.text(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subregion, "subregion");
        groups = Set.copyOf(groups);
        for (String group : groups) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException(
                        "unknown country group '" + group + "' for " + iso2 + "; expected one of " + GROUPS);
            }
        }
    }
}
