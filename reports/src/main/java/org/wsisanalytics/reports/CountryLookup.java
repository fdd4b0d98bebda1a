package org.wsisanalytics.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryFrequency;

/** Finds a mentioned country by its ISO code (mentions and co-occurrences carry only the code). */
public final class CountryLookup {

    private final Map<String, Country> countries = new LinkedHashMap<>();

    public CountryLookup(List<CountryFrequency> frequencies) {
        for (CountryFrequency frequency : frequencies) {
            countries.put(frequency.country().iso2(), frequency.country());
        }
    }

    public Optional<Country> find(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    /** The report name, or the code itself if the frequencies do not list it. */
    public String name(String iso2) {
        Country country = countries.get(iso2);
        return country == null ? iso2 : country.name();
    }
}
