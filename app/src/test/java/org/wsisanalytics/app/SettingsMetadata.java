package org.wsisanalytics.app;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The settings' metadata as the build writes it (spring-boot-configuration-processor), for tests. */
public final class SettingsMetadata {

    private SettingsMetadata() {}

    public static JsonNode read() throws IOException {
        try (InputStream in =
                SettingsMetadata.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            if (in == null) {
                throw new IllegalStateException("No META-INF/spring-configuration-metadata.json on the class path: is"
                        + " spring-boot-configuration-processor still in app's annotationProcessorPaths?");
            }
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
